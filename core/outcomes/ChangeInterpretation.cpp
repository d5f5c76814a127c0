#include "outcomes/ChangeInterpretation.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace gradus {
namespace {

// Scores are stored with one decimal at most; this absorbs binary rounding in differences
// like 35.6 - 25.6 so that exactly-on-the-threshold counts as reaching it.
constexpr double kEpsilon = 1e-6;

QString number(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    return QLocale().toString(rounded, 'f', rounded == std::round(rounded) ? 0 : 1);
}

} // namespace

std::optional<double> Change::improvementPercent() const
{
    if (std::abs(baseline) < kEpsilon)
        return std::nullopt;
    return improvement() / std::abs(baseline) * 100.0;
}

ChangeRule ChangeInterpretation::nprsRule()
{
    ChangeRule r;
    r.points = 2;
    r.percent = 30;
    r.lowerIsBetter = true;
    r.recoveredAtOrBelow = 0;
    r.source = tr("Ostelo 2008 (Spine 33:90): 2 points or 30%; recovered = 0 (Kamper 2010)");
    return r;
}

ChangeRule ChangeInterpretation::ruleFor(Instrument instrument)
{
    ChangeRule r;
    r.lowerIsBetter = Instruments::lowerIsBetter(instrument);
    switch (instrument) {
    case Instrument::Odi:
        r.points = 10;
        r.percent = 30;
        r.source = tr("Ostelo 2008: 10 points or 30%; 12 points in physiotherapy clinics "
                      "(Abbott & Schmitt 2014, JOSPT 44:560)");
        break;
    case Instrument::Rmdq:
        r.points = 5;
        r.percent = 30;
        r.recoveredAtOrBelow = 2;
        r.source = tr("Ostelo 2008: 5 points or 30% (2-3 points minimum, Bombardier 2001); "
                      "recovered = 2 or less");
        break;
    case Instrument::StartBack:
        r.hasThreshold = false;
        r.source = tr("Hill 2008: no change threshold is published; the risk group is shown");
        break;
    case Instrument::Psfs:
        r.points = 2;
        r.source = tr("Abbott & Schmitt 2014: 2 points for the mean, 3 for one activity "
                      "(MID 1.3 / 2.3 / 2.7 small / medium / large)");
        break;
    case Instrument::Tsk:
        r.points = 4;
        r.source = tr("TSK-17: a change of 4 points or more");
        break;
    }
    return r;
}

ChangeRule ChangeInterpretation::psfsActivityRule()
{
    ChangeRule r = ruleFor(Instrument::Psfs);
    r.points = 3;
    return r;
}

ChangeRule ChangeInterpretation::activityRule()
{
    ChangeRule r;
    r.hasThreshold = false;
    r.lowerIsBetter = false;
    r.source = tr("No published threshold; shown for information");
    return r;
}

Change ChangeInterpretation::interpret(const ChangeRule& rule, double baseline, double latest,
                                       int count)
{
    Change c;
    c.rule = rule;
    c.baseline = baseline;
    c.latest = latest;
    c.count = count;
    if (rule.recoveredAtOrBelow && count >= 2)
        c.recovered = latest <= *rule.recoveredAtOrBelow + kEpsilon;
    if (count < 2) {
        c.verdict = Change::Verdict::NoFollowUp;
        return c;
    }
    if (!rule.hasThreshold) {
        c.verdict = Change::Verdict::NotJudged;
        return c;
    }
    const double better = c.improvement();
    const double size = std::abs(better);
    bool important = size + kEpsilon >= rule.points;
    if (!important && rule.percent) {
        if (const auto pct = c.improvementPercent())
            important = std::abs(*pct) + kEpsilon >= *rule.percent;
    }
    if (!important || size < kEpsilon)
        c.verdict = Change::Verdict::BelowThreshold;
    else
        c.verdict = better > 0 ? Change::Verdict::ImportantImprovement
                               : Change::Verdict::ImportantWorsening;
    return c;
}

std::optional<double> ChangeInterpretation::importantLevel(const ChangeRule& rule, double baseline,
                                                           double low, double high)
{
    if (!rule.hasThreshold)
        return std::nullopt;
    // The improvement needed is the smaller of the points and the percentage of baseline.
    double needed = rule.points;
    if (rule.percent && std::abs(baseline) > kEpsilon)
        needed = std::min(needed, std::abs(baseline) * *rule.percent / 100.0);
    const double level = rule.lowerIsBetter ? baseline - needed : baseline + needed;
    return std::clamp(level, low, high);
}

QString ChangeInterpretation::verdictLabel(const Change& change)
{
    switch (change.verdict) {
    case Change::Verdict::NoFollowUp:
        return tr("No follow-up yet");
    case Change::Verdict::NotJudged:
        return tr("No threshold");
    case Change::Verdict::ImportantImprovement:
        return tr("Important improvement");
    case Change::Verdict::ImportantWorsening:
        return tr("Important worsening");
    case Change::Verdict::BelowThreshold:
        return tr("Below threshold");
    }
    Q_UNREACHABLE();
}

QString ChangeInterpretation::thresholdText(const ChangeRule& rule)
{
    if (!rule.hasThreshold)
        return tr("none published");
    // No %n plural: without an English translation loaded Qt would print "point(s)".
    const QString points =
        rule.points == 1 ? tr("1 point") : tr("%1 points").arg(number(rule.points));
    if (rule.percent)
        return tr("%1 or %2%").arg(points, number(*rule.percent));
    return points;
}

QString ChangeInterpretation::summary(const Change& change)
{
    if (change.verdict == Change::Verdict::NoFollowUp)
        return tr("Baseline only; no follow-up value yet.");
    const double better = change.improvement();
    QString text;
    if (std::abs(better) < kEpsilon) {
        text = tr("No change.");
    } else {
        const QString amount = number(std::abs(better));
        const auto pct = change.improvementPercent();
        const QString pctText = pct ? tr(" (%1%)").arg(number(std::abs(*pct))) : QString();
        text = better > 0 ? tr("Better by %1%2.").arg(amount, pctText)
                          : tr("Worse by %1%2.").arg(amount, pctText);
    }
    switch (change.verdict) {
    case Change::Verdict::ImportantImprovement:
        text += u' ' + tr("Clinically important improvement.");
        break;
    case Change::Verdict::ImportantWorsening:
        text += u' ' + tr("Clinically important worsening.");
        break;
    case Change::Verdict::BelowThreshold:
        text +=
            u' ' +
            tr("Less than the clinically important change (%1).").arg(thresholdText(change.rule));
        break;
    case Change::Verdict::NotJudged:
    case Change::Verdict::NoFollowUp:
        break;
    }
    if (change.recovered && *change.recovered)
        text += u' ' + tr("Recovered.");
    return text;
}

} // namespace gradus
