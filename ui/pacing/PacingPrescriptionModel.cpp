#include "pacing/PacingPrescriptionModel.h"

namespace gradus {

void PacingPrescriptionModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PacingPrescriptionModel::rowOfPrescription(qint64 prescriptionId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).prescription.id == prescriptionId)
            return i;
    return -1;
}

int PacingPrescriptionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PacingPrescriptionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PacingPrescriptionModel::planText(const Row& row)
{
    if (!row.plan)
        return tr("No plan");
    const PacingPlanRecord& p = *row.plan;
    if (p.status != PacingPlanStatus::Active)
        return pacingPlanStatus::name(p.status);
    const QString text = tr("Week %1 of %2: %3 a day")
                             .arg(p.currentWeek)
                             .arg(row.weekCount)
                             .arg(pacingUnit::format(p.parameters.unit, p.currentQuota));
    if (p.parameters.boutsPerDay <= 1)
        return text;
    // The programme's dose holds one amount per bout (the largest); the split says exactly.
    QStringList bouts;
    for (int b : splitIntoBouts(p.currentQuota, p.parameters.boutsPerDay,
                                pacingUnit::step(p.parameters.unit)))
        bouts << QString::number(b);
    return tr("%1 (%2 %3)")
        .arg(text, bouts.join(QStringLiteral(" + ")), pacingUnit::symbol(p.parameters.unit));
}

QVariant PacingPrescriptionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ExerciseColumn:
            return r.exerciseName;
        case DoseColumn:
            return describeDose(r.prescription.dose);
        case PlanColumn:
            return planText(r);
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case ExerciseColumn:
            return r.exerciseName;
        case DoseColumn:
            return describeDose(r.prescription.dose);
        case PlanColumn:
            return r.plan ? r.plan->id : 0;
        default:
            return {};
        }
    }
    return {};
}

QVariant PacingPrescriptionModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ExerciseColumn:
        return tr("Exercise");
    case DoseColumn:
        return tr("Dose in the programme");
    case PlanColumn:
        return tr("Graded activity plan");
    default:
        return {};
    }
}

} // namespace gradus
