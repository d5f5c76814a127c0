#include "outcomes/ProgressData.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace gradus {
namespace {

QString plain(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    return QLocale().toString(rounded, 'f', rounded == std::round(rounded) ? 0 : 1);
}

// Baseline (first) and latest values of a series, judged with `rule`.
std::optional<Change> changeOf(const QString& key, const QString& label,
                               const QList<SeriesPoint>& points, const ChangeRule& rule)
{
    if (points.isEmpty())
        return std::nullopt;
    Change c = ChangeInterpretation::interpret(rule, points.first().value, points.last().value,
                                               int(points.size()));
    c.key = key;
    c.label = label;
    c.baselineDate = points.first().date;
    c.latestDate = points.last().date;
    return c;
}

ReferenceLine importantLine(const ChangeRule& rule, const QList<SeriesPoint>& points, double low,
                            double high, bool* ok)
{
    *ok = false;
    ReferenceLine line;
    if (points.isEmpty())
        return line;
    const double baseline = points.first().value;
    const auto level = ChangeInterpretation::importantLevel(rule, baseline, low, high);
    if (!level)
        return line;
    *ok = true;
    line.kind = ReferenceLine::Kind::ImportantChange;
    line.value = *level;
    line.label = ProgressData::tr("Important change from first (%1)")
                     .arg(ChangeInterpretation::thresholdText(rule));
    return line;
}

} // namespace

ProgressData ProgressData::build(QList<Visit> visits, QList<Measure> measures,
                                 QList<PsfsActivity> psfsActivities)
{
    ProgressData d;
    d.visits = std::move(visits);
    d.measures = std::move(measures);
    d.psfsActivities = std::move(psfsActivities);

    // Pain: NPRS now, with the best-to-worst band where either was asked.
    d.pain.key = QStringLiteral("pain");
    d.pain.title = tr("Pain (NPRS 0-10)");
    d.pain.valueLabel = tr("Pain now");
    d.pain.bandLabel = tr("Best to worst in 24 h");
    d.pain.axisMin = 0;
    d.pain.axisMax = 10;
    QList<SeriesPoint> worst;
    bool anyBand = false;
    for (const Visit& v : d.visits) {
        const VisitRecord& r = v.record;
        d.pain.points.append({r.date, double(r.painNow)});
        if (r.painBest || r.painWorst)
            anyBand = true;
        d.pain.bandLow.append(
            {r.date, double(std::min(r.painBest.value_or(r.painNow), r.painNow))});
        d.pain.bandHigh.append(
            {r.date, double(std::max(r.painWorst.value_or(r.painNow), r.painNow))});
        if (r.painWorst)
            worst.append({r.date, double(*r.painWorst)});
    }
    if (!anyBand) {
        d.pain.bandLow.clear();
        d.pain.bandHigh.clear();
    }
    const ChangeRule nprs = ChangeInterpretation::nprsRule();
    bool ok = false;
    if (d.pain.points.size() >= 1) {
        const ReferenceLine line = importantLine(nprs, d.pain.points, 0, 10, &ok);
        if (ok)
            d.pain.references.append(line);
    }

    // Activity: minutes a day of the chosen activity. No published threshold.
    d.activity.key = QStringLiteral("activity");
    d.activity.title = tr("Activity (minutes a day)");
    d.activity.valueLabel = tr("Minutes a day");
    d.activity.lowerIsBetter = false;
    double maxMinutes = 0;
    for (const Visit& v : d.visits) {
        if (!v.record.activityMinutes)
            continue;
        d.activity.points.append({v.record.date, double(*v.record.activityMinutes)});
        maxMinutes = std::max(maxMinutes, double(*v.record.activityMinutes));
    }
    // A round axis maximum (30-minute steps) reads better than the raw maximum.
    d.activity.axisMax = std::max(30.0, std::ceil((maxMinutes * 1.1) / 30.0) * 30.0);

    if (auto c = changeOf(QStringLiteral("nprs"), tr("Pain now (NPRS)"), d.pain.points, nprs))
        d.changes.append(*c);
    if (auto c =
            changeOf(QStringLiteral("pain_worst"), tr("Worst pain in 24 h (NPRS)"), worst, nprs))
        d.changes.append(*c);
    if (auto c = changeOf(QStringLiteral("activity"), tr("Activity (minutes a day)"),
                          d.activity.points, ChangeInterpretation::activityRule()))
        d.changes.append(*c);

    // One chart and one change row per instrument recorded.
    for (Instrument instrument : Instruments::all()) {
        ProgressSeries s;
        s.key = Instruments::code(instrument);
        s.title = Instruments::shortName(instrument);
        s.lowerIsBetter = Instruments::lowerIsBetter(instrument);
        std::tie(s.axisMin, s.axisMax) = Instruments::scoreRange(instrument);
        QStringList bands;
        QList<QList<SeriesPoint>> perActivity;
        for (const Measure& m : d.measures) {
            if (m.instrument != instrument)
                continue;
            s.points.append({m.takenOn, m.score.score});
            bands << m.score.band;
            if (instrument == Instrument::StartBack && m.score.subscale)
                s.secondary.append({m.takenOn, double(*m.score.subscale)});
            if (instrument == Instrument::Psfs) {
                perActivity.resize(std::max(perActivity.size(), m.answers.size()));
                for (int i = 0; i < m.answers.size(); ++i)
                    if (m.answers[i])
                        perActivity[i].append({m.takenOn, double(*m.answers[i])});
            }
        }
        if (s.points.isEmpty())
            continue;
        switch (instrument) {
        case Instrument::Odi:
            s.valueLabel = tr("ODI %");
            break;
        case Instrument::Rmdq:
            s.valueLabel = tr("RMDQ (0-24)");
            break;
        case Instrument::StartBack:
            s.valueLabel = tr("Total (0-9)");
            s.secondaryLabel = tr("Psychosocial subscale (0-5)");
            // Cut-offs rather than a change threshold (Hill 2008).
            s.references.append(
                {ReferenceLine::Kind::CutOff, 3.5, tr("Low risk: total 3 or less")});
            break;
        case Instrument::Psfs:
            s.valueLabel = tr("PSFS mean (0-10)");
            break;
        case Instrument::Tsk:
            s.valueLabel = tr("TSK-17 total (17-68)");
            s.references.append(
                {ReferenceLine::Kind::CutOff, 37.5, tr("High fear of movement: above 37")});
            break;
        }
        const ChangeRule rule = ChangeInterpretation::ruleFor(instrument);
        const ReferenceLine line = importantLine(rule, s.points, s.axisMin, s.axisMax, &ok);
        if (ok)
            s.references.prepend(line);
        if (auto c = changeOf(s.key, Instruments::shortName(instrument), s.points, rule)) {
            c->baselineBand = bands.first();
            c->latestBand = bands.last();
            d.changes.append(*c);
        }
        if (instrument == Instrument::Psfs) {
            for (int i = 0; i < perActivity.size(); ++i) {
                const QString name = i < d.psfsActivities.size() ? d.psfsActivities[i].name
                                                                 : tr("activity %1").arg(i + 1);
                if (auto c =
                        changeOf(QStringLiteral("psfs:%1").arg(i + 1), tr("PSFS: %1").arg(name),
                                 perActivity[i], ChangeInterpretation::psfsActivityRule()))
                    d.changes.append(*c);
            }
        }
        d.measureSeries.append(s);
    }
    return d;
}

QString ProgressData::formatChangeValue(const Change& change, double value)
{
    if (change.key == QLatin1String("activity"))
        return tr("%1 min").arg(plain(value));
    if (const auto instrument = Instruments::fromCode(change.key))
        return OutcomeScoring::formatValue(*instrument, value);
    if (change.key.startsWith(QLatin1String("psfs:")))
        return plain(value);
    return plain(value);
}

QString ProgressData::bandText(const Change& change, bool latest)
{
    const auto instrument = Instruments::fromCode(change.key);
    if (!instrument)
        return QString();
    return OutcomeScoring::bandLabel(*instrument, latest ? change.latestBand : change.baselineBand);
}

} // namespace gradus
