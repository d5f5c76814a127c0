#include "programmes/SafetyFindingsModel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace gradus {

SafetyFindingsModel::SafetyFindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SafetyFindingsModel::setFindings(const PanelFindings& findings)
{
    beginResetModel();
    m_findings = findings;
    // Most severe first, then in programme order, so "avoid" is what the eye meets.
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const PanelFinding& a, const PanelFinding& b) {
                         if (a.severity != b.severity)
                             return int(a.severity) < int(b.severity);
                         return a.prescriptionIndex < b.prescriptionIndex;
                     });
    endResetModel();
}

void SafetyFindingsModel::setExerciseNames(const QHash<qint64, QString>& names)
{
    m_names = names;
    if (!m_findings.isEmpty())
        emit dataChanged(index(0, ExerciseColumn), index(rowCount() - 1, ExerciseColumn));
}

QString SafetyFindingsModel::severityLabel(PanelFinding::Severity severity)
{
    switch (severity) {
    case PanelFinding::Severity::Avoid:
        return tr("Avoid");
    case PanelFinding::Severity::Caution:
        return tr("Caution");
    case PanelFinding::Severity::Prefer:
        return tr("Prefer");
    }
    return {};
}

int SafetyFindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int SafetyFindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SafetyFindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PanelFinding& f = m_findings.at(index.row());
    const QString exercise = f.exerciseId > 0
                                 ? m_names.value(f.exerciseId, tr("Exercise %1").arg(f.exerciseId))
                                 : tr("Whole programme");
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SeverityColumn:
            return severityLabel(f.severity);
        case ExerciseColumn:
            return exercise;
        case ReasonColumn:
            return f.reason;
        case SourceColumn:
            return f.source;
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case SeverityColumn:
            return int(f.severity);
        case ExerciseColumn:
            return exercise;
        case ReasonColumn:
            return f.reason;
        case SourceColumn:
            return f.source;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn) {
        switch (f.severity) {
        case PanelFinding::Severity::Avoid:
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        case PanelFinding::Severity::Caution:
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        case PanelFinding::Severity::Prefer:
            return QBrush(QColor(0x1e, 0x6e, 0x32));
        }
    }
    return {};
}

QVariant SafetyFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case ExerciseColumn:
        return tr("Exercise");
    case ReasonColumn:
        return tr("Reason");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace gradus
