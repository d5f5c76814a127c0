#include "pacing/PacingPrescriptionModel.h"

#include "ColumnTitles.h"
#include "style/Tones.h"

#include <QBrush>

namespace gradus {

int PacingPrescriptionModel::rowOfPrescription(qint64 prescriptionId) const
{
    for (int i = 0; i < records().size(); ++i)
        if (records().at(i).prescription.id == prescriptionId)
            return i;
    return -1;
}

QString PacingPrescriptionModel::planText(const Row& row)
{
    if (!row.planUnreadable.isEmpty())
        return tr("Could not be read");
    if (!row.plan)
        return tr("No plan");
    const PacingPlanRecord& p = *row.plan;
    if (p.status != PacingPlanStatus::Active)
        return pacingPlanStatus::name(p.status);
    QString text = tr("Week %1 of %2: %3 a day")
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
    const Row* record = recordAt(index);
    if (!record)
        return {};
    const Row& r = *record;
    if (role == Qt::ForegroundRole && index.column() == PlanColumn && !r.planUnreadable.isEmpty())
        return QBrush(tones::text(tones::Tone::Error));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case ExerciseColumn:
        return r.exerciseName;
    case DoseColumn:
        return describeDose(r.prescription.dose);
    case PlanColumn:
        if (role == SortRole)
            return r.plan ? r.plan->id : 0;
        if (role == Qt::ToolTipRole && !r.planUnreadable.isEmpty())
            return tr("The plan could not be read: %1").arg(r.planUnreadable);
        return planText(r);
    default:
        return {};
    }
}

QVariant PacingPrescriptionModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    return columnTitle({tr("Exercise"), tr("Dose in the programme"), tr("Graded activity plan")},
                       section, orientation, role);
}

} // namespace gradus
