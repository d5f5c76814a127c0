#include "programmes/SafetyFindingsModel.h"

#include "ColumnTitles.h"
#include "safety/FindingPresentation.h"
#include "style/Tones.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>

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
    const Severity severity = f.severity;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case SeverityColumn:
            if (role == SortRole)
                return int(f.severity);
            // A kept "avoid" stays in the list, marked, so the decision shows on the programme.
            return f.override ? tr("%1 (kept)").arg(FindingPresentation::label(f.severity))
                              : FindingPresentation::label(f.severity);
        case ExerciseColumn:
            return exercise;
        case ReasonColumn:
            return f.reason;
        case SourceColumn:
            return f.source;
        }
    }
    if (role == Qt::ToolTipRole)
        return f.tooltip.isEmpty() ? f.reason : f.tooltip;
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return FindingPresentation::icon(severity);
    // Tinted rows read at a glance; a kept finding recedes. Tints and text come from the
    // palette, so they read in a dark desktop theme as well.
    if (role == Qt::BackgroundRole)
        return QBrush(
            f.override ? tones::surface(tones::Tone::Muted, QApplication::palette(), QPalette::Base)
                       : FindingPresentation::background(severity));
    if (role == Qt::ForegroundRole) {
        const QPalette palette = QApplication::palette();
        if (f.override)
            return QBrush(tones::textOnSurface(tones::Tone::Muted, palette, QPalette::Base));
        return QBrush(index.column() == SeverityColumn
                          ? FindingPresentation::rowForeground(severity)
                          : palette.color(QPalette::Text));
    }
    if (role == Qt::FontRole && index.column() == SeverityColumn) {
        QFont font;
        font.setBold(!f.override);
        font.setItalic(bool(f.override));
        return font;
    }
    return {};
}

QVariant SafetyFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle({tr("Severity"), tr("Exercise"), tr("Reason"), tr("Source")}, section,
                       orientation, role);
}

} // namespace gradus
