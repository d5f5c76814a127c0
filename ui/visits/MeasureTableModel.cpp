#include "visits/MeasureTableModel.h"

#include "ColumnTitles.h"
#include "style/Tones.h"
#include "visits/RevisionCells.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace gradus {

QVariant MeasureTableModel::data(const QModelIndex& index, int role) const
{
    const Measure* record = recordAt(index);
    if (!record)
        return {};
    const Measure& m = *record;
    if (role == IdRole)
        return m.id;
    if (QVariant cell = revisionCells::data(m, role, index.column() == Record); cell.isValid())
        return cell;
    if (role == SortRole) {
        switch (index.column()) {
        case Date:
            return m.takenOn;
        case Instrument:
            return Instruments::code(m.instrument);
        case Score:
            return m.score.score;
        case Band:
            return m.score.band;
        case Record:
            return m.revision;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return QLocale().toString(m.takenOn, QLocale::ShortFormat);
        case Instrument:
            return Instruments::shortName(m.instrument);
        case Score:
            return OutcomeScoring::formatScore(m.score);
        case Band:
            return OutcomeScoring::bandLabel(m.instrument, m.score.band);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (!m.score.warnings.isEmpty())
            return m.score.warnings.join(u'\n');
        return tr("Answers by item: %1").arg(OutcomeScoring::formatAnswers(m.answers));
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Score && !m.score.warnings.isEmpty())
            return QBrush(tones::text(tones::Tone::Warning));
    }
    if (role == Qt::TextAlignmentRole)
        return int((index.column() == Score ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return {};
}

QVariant MeasureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle({tr("Date"), tr("Measure"), tr("Score"), tr("Band or group"), tr("Status")},
                       section, orientation, role);
}

} // namespace gradus
