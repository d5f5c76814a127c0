#include "pacing/GradedActivityPlan.h"

#include "settings/ClinicSettings.h"

#include <QLocale>

#include <cmath>
#include <numeric>

namespace gradus {
namespace {

Error invalid(const QString& message)
{
    return Error{QStringLiteral("pacing.plan_input"), message};
}

// Nearest whole step, halves up, in integers: `hundredths` is 100 x the exact amount.
int roundHundredthsToStep(qint64 hundredths, int step)
{
    return static_cast<int>((hundredths + 50 * step) / (100 * step)) * step;
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

QList<int> splitIntoBouts(int quota, int bouts, int step)
{
    QList<int> parts;
    if (bouts <= 0 || step <= 0)
        return parts;
    const int steps = quota / step;
    for (int i = 0; i < bouts; ++i)
        parts << (steps / bouts + (i < steps % bouts ? 1 : 0)) * step;
    return parts;
}

Status GradedActivityPlan::validate(const PlanParameters& p)
{
    const PacingUnit unit = p.unit;
    const int step = pacingUnit::step(unit);
    const int max = pacingUnit::maximum(unit);

    if (p.toleranceAttempts.isEmpty())
        return invalid(tr("Give at least one tolerance measurement (the mean of about three "
                          "attempts is best)."));
    if (p.toleranceAttempts.size() > kMaxAttempts)
        return invalid(tr("Give at most %1 tolerance measurements, not %2.")
                           .arg(kMaxAttempts)
                           .arg(p.toleranceAttempts.size()));
    for (qsizetype i = 0; i < p.toleranceAttempts.size(); ++i) {
        const double t = p.toleranceAttempts[i];
        if (!std::isfinite(t) || t <= 0)
            return invalid(tr("Tolerance measurement %1 must be more than 0 %2, not %3.")
                               .arg(i + 1)
                               .arg(pacingUnit::name(unit), number(t)));
        if (t > max)
            return invalid(
                tr("Tolerance measurement %1 (%2) is more than %3: check the unit.")
                    .arg(i + 1)
                    .arg(pacingUnit::formatExact(unit, t), pacingUnit::format(unit, max)));
    }
    if (!std::isfinite(p.goal) || p.goal <= 0)
        return invalid(tr("The goal must be more than 0 %1.").arg(pacingUnit::name(unit)));
    if (p.goal > max)
        return invalid(
            tr("The goal (%1) is more than %2 a day: check the unit.")
                .arg(pacingUnit::formatExact(unit, p.goal), pacingUnit::format(unit, max)));
    if (p.goal != std::floor(p.goal) || static_cast<int>(p.goal) % step != 0) {
        const int below = static_cast<int>(std::floor(p.goal / step)) * step;
        return invalid(step == 1
                           ? tr("The goal must be a whole number of %1, not %2.")
                                 .arg(pacingUnit::name(unit), number(p.goal))
                           : tr("The goal must be a multiple of %1 (quotas move in steps of %1); "
                                "%2 is not: use %3 or %4.")
                                 .arg(pacingUnit::format(unit, step), number(p.goal))
                                 .arg(below > 0 ? below : step)
                                 .arg(below + step));
    }

    // The same ranges as the clinic settings, so that a plan can never use a value the
    // settings would refuse.
    const auto& basePct = ClinicSettings::definition(ClinicSettings::Key::PacingBaselinePercent);
    const auto& weekPct = ClinicSettings::definition(ClinicSettings::Key::PacingWeeklyPercent);
    if (p.baselinePercent < basePct.minimum.toInt() || p.baselinePercent > basePct.maximum.toInt())
        return invalid(tr("The baseline must be %1 to %2% of tolerance, not %3%.")
                           .arg(basePct.minimum.toInt())
                           .arg(basePct.maximum.toInt())
                           .arg(p.baselinePercent));
    if (p.weeklyPercent < weekPct.minimum.toInt() || p.weeklyPercent > weekPct.maximum.toInt())
        return invalid(tr("The weekly increase must be %1 to %2% of the baseline, not %3%.")
                           .arg(weekPct.minimum.toInt())
                           .arg(weekPct.maximum.toInt())
                           .arg(p.weeklyPercent));
    if (p.boutsPerDay < 1 || p.boutsPerDay > kMaxBouts)
        return invalid(
            tr("Bouts per day must be from 1 to %1, not %2.").arg(kMaxBouts).arg(p.boutsPerDay));
    return {};
}

Result<GradedActivityPlan> GradedActivityPlan::create(const PlanParameters& parameters)
{
    if (auto st = validate(parameters); !st)
        return st.error();

    GradedActivityPlan plan;
    plan.m_parameters = parameters;
    const PacingUnit unit = parameters.unit;
    const int step = pacingUnit::step(unit);
    const QList<double>& attempts = parameters.toleranceAttempts;
    plan.m_meanTolerance = std::accumulate(attempts.begin(), attempts.end(), 0.0) /
                           static_cast<double>(attempts.size());
    plan.m_goal = static_cast<int>(parameters.goal);

    // The baseline is rounded down: its purpose is to start below what the patient
    // tolerates, so rounding must never push it above the chosen fraction. The tiny margin
    // keeps 80% of 10 at 8 despite binary fractions.
    const double exactBaseline = plan.m_meanTolerance * parameters.baselinePercent / 100.0;
    int baseline = static_cast<int>(std::floor(exactBaseline / step + 1e-9)) * step;
    if (baseline == 0) {
        if (plan.m_meanTolerance + 1e-9 < step)
            return invalid(tr("A mean tolerance of %1 is less than one step of %2, so there is "
                              "nothing to grade: measure in a finer unit.")
                               .arg(pacingUnit::formatExact(unit, plan.m_meanTolerance),
                                    pacingUnit::format(unit, step)));
        baseline = step;
        plan.m_notes << tr("%1% of tolerance rounds to nothing; the plan starts at one step "
                           "(%2), which is still within the measured tolerance.")
                            .arg(parameters.baselinePercent)
                            .arg(pacingUnit::format(unit, step));
    }
    plan.m_baseline = baseline;
    plan.m_weeklyIncrease = baseline * parameters.weeklyPercent / 100.0;

    if (attempts.size() == 1)
        plan.m_notes << tr("Tolerance comes from a single attempt; the mean of about three "
                           "attempts is more reliable (CLINICAL.md 3).");
    if (baseline > plan.m_goal)
        plan.m_notes << tr("The goal (%1) is below the baseline (%2): the patient already "
                           "tolerates it, so the plan holds the goal from week 1.")
                            .arg(pacingUnit::format(unit, plan.m_goal),
                                 pacingUnit::format(unit, baseline));

    // Week n's exact quota is baseline x (100 + (n-1) x weekly%) / 100; rounding that running
    // total (rather than adding a rounded increase) keeps the average rate as prescribed
    // when the increase is less than one step (some weeks then repeat the quota).
    int previous = 0;
    for (int n = 1;; ++n) {
        if (n > kMaxWeeks) {
            const double weeksNeeded =
                std::ceil((plan.m_goal - baseline - step / 2.0) / plan.m_weeklyIncrease) + 1;
            return invalid(tr("Building up from %1 to %2 by %3 a week would take about %4 weeks, "
                              "more than the %5-week limit: set a nearer goal or a larger weekly "
                              "increase.")
                               .arg(pacingUnit::format(unit, baseline),
                                    pacingUnit::format(unit, plan.m_goal),
                                    pacingUnit::formatExact(unit, plan.m_weeklyIncrease))
                               .arg(static_cast<qint64>(weeksNeeded))
                               .arg(kMaxWeeks));
        }
        const qint64 hundredths = static_cast<qint64>(baseline) *
                                  (100 + static_cast<qint64>(n - 1) * parameters.weeklyPercent);
        const int quota = std::min(roundHundredthsToStep(hundredths, step), plan.m_goal);
        PlanWeek week;
        week.week = n;
        if (parameters.start.isValid()) {
            week.start = parameters.start.addDays(7LL * (n - 1));
            week.end = week.start.addDays(6);
        }
        week.quota = quota;
        week.bouts = splitIntoBouts(quota, parameters.boutsPerDay, step);
        week.increase = n == 1 ? 0 : quota - previous;
        week.atGoal = quota == plan.m_goal;
        plan.m_weeks << week;
        previous = quota;
        if (week.atGoal)
            break;
    }

    // The smallest quota is week 1's; every bout must be at least one step.
    const int firstQuota = plan.m_weeks.constFirst().quota;
    if (firstQuota / step < parameters.boutsPerDay)
        return invalid(tr("Week 1's daily quota of %1 cannot be split into %2 bouts of at least "
                          "%3: use at most %4 bouts.")
                           .arg(pacingUnit::format(unit, firstQuota))
                           .arg(parameters.boutsPerDay)
                           .arg(pacingUnit::format(unit, step))
                           .arg(firstQuota / step));
    return plan;
}

QString GradedActivityPlan::summary() const
{
    const PacingUnit u = unit();
    const int attempts = static_cast<int>(m_parameters.toleranceAttempts.size());
    const QString tolerance = pacingUnit::formatExact(u, m_meanTolerance);
    QString text = attempts == 1
                       ? tr("Tolerance %1 (one attempt)").arg(tolerance)
                       : tr("Mean tolerance %1 over %2 attempts").arg(tolerance).arg(attempts);
    text += tr("; baseline %1 (%2% of tolerance); increase %3 a week (%4% of baseline); "
               "goal %5 in week %6.")
                .arg(pacingUnit::format(u, m_baseline))
                .arg(m_parameters.baselinePercent)
                .arg(pacingUnit::formatExact(u, m_weeklyIncrease))
                .arg(m_parameters.weeklyPercent)
                .arg(pacingUnit::format(u, m_goal))
                .arg(weekCount());
    if (m_parameters.boutsPerDay > 1)
        text += u' ' + tr("Each day's quota is split into %1 bouts.").arg(m_parameters.boutsPerDay);
    return text;
}

std::optional<int> GradedActivityPlan::weekOn(const QDate& date) const
{
    const QDate start = m_parameters.start;
    if (!start.isValid() || !date.isValid() || date < start)
        return std::nullopt;
    const qint64 week = start.daysTo(date) / 7 + 1;
    return static_cast<int>(std::min<qint64>(week, weekCount()));
}

ReviewStep GradedActivityPlan::reviewStep(int weekNumber) const
{
    const int n = std::clamp(weekNumber, 1, weekCount());
    ReviewStep step;
    step.unit = unit();
    step.current = week(n).quota;
    step.week = n;
    if (n < weekCount()) {
        step.next = week(n + 1).quota;
        step.nextWeek = n + 1;
    }
    for (int w = n - 1; w >= 1; --w) {
        if (week(w).quota < step.current) {
            step.lastTolerated = week(w).quota;
            step.lastToleratedWeek = w;
            break;
        }
    }
    return step;
}

} // namespace gradus
