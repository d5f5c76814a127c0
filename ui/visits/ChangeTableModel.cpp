#include "visits/ChangeTableModel.h"

#include "ColumnTitles.h"
#include "outcomes/ProgressData.h"
#include "style/Tones.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace gradus {

QVariant ChangeTableModel::data(const QModelIndex& index, int role) const
{
    const gradus::Change* record = recordAt(index);
    if (!record)
        return {};
    const gradus::Change& c = *record;
    const bool followedUp = c.verdict != gradus::Change::Verdict::NoFollowUp;
    if (role == VerdictRole)
        return int(c.verdict);
    if (role == SortRole) {
        switch (index.column()) {
        case Measure:
            return c.label;
        case Baseline:
            return c.baseline;
        case Latest:
            return c.latest;
        case Difference:
            return c.improvement();
        case Threshold:
            return c.rule.points;
        case Interpretation:
            return int(c.verdict);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        const auto valueText = [&](double value, bool latest) {
            QString text = ProgressData::formatChangeValue(c, value);
            const auto instrument = Instruments::fromCode(c.key);
            const QString band =
                instrument ? OutcomeScoring::bandShortLabel(*instrument,
                                                            latest ? c.latestBand : c.baselineBand)
                           : QString();
            if (!band.isEmpty())
                text += QStringLiteral(" (%1)").arg(band);
            return text;
        };
        switch (index.column()) {
        case Measure:
            return c.label;
        case Baseline:
            return valueText(c.baseline, false);
        case Latest:
            return followedUp ? valueText(c.latest, true) : QStringLiteral("\u2013");
        case Difference: {
            if (!followedUp)
                return QStringLiteral("\u2013");
            const double delta = c.change();
            QString text =
                (delta > 0 ? QStringLiteral("+") : QString()) +
                QLocale().toString(delta, 'f', std::abs(delta - std::round(delta)) < 1e-9 ? 0 : 1);
            if (const auto pct = c.improvementPercent(); pct && c.rule.percent)
                text += QStringLiteral(" (%1%)").arg(QLocale().toString(std::abs(*pct), 'f', 0));
            return text;
        }
        case Threshold:
            return ChangeInterpretation::thresholdText(c.rule);
        case Interpretation: {
            QString text = ChangeInterpretation::verdictLabel(c);
            if (c.recovered && *c.recovered)
                text += tr(", recovered");
            return text;
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Threshold || index.column() == Interpretation)
            return ChangeInterpretation::summary(c) + u'\n' + c.rule.source;
        if (index.column() == Baseline)
            return QStringLiteral("%1\n%2").arg(
                QLocale().toString(c.baselineDate, QLocale::LongFormat),
                ProgressData::bandText(c, false));
        if (index.column() == Latest)
            return QStringLiteral("%1\n%2").arg(
                QLocale().toString(c.latestDate, QLocale::LongFormat),
                ProgressData::bandText(c, true));
        if (index.column() == Measure)
            return c.label;
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Interpretation) {
        if (c.verdict == gradus::Change::Verdict::ImportantImprovement)
            return QBrush(tones::text(tones::Tone::Success));
        if (c.verdict == gradus::Change::Verdict::ImportantWorsening)
            return QBrush(tones::text(tones::Tone::Error));
    }
    if (role == Qt::FontRole && index.column() == Interpretation &&
        (c.verdict == gradus::Change::Verdict::ImportantImprovement ||
         c.verdict == gradus::Change::Verdict::ImportantWorsening)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Difference)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ChangeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle({tr("Measure"), tr("First"), tr("Latest"), tr("Change"), tr("What it means"),
                        tr("Important change")},
                       section, orientation, role);
}

} // namespace gradus
