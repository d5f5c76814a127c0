#pragma once

#include "pacing/PacingUnit.h"
#include "pacing/ReviewData.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace gradus {

// What a clinician enters to grade one activity (CLINICAL.md 3). Plain values so that the
// programme builder can fill it from a prescription and the CLI from its options.
struct PlanParameters
{
    // Tolerance measured over several attempts (about 3): minutes walked before pain
    // rises, repetitions, seconds held, metres walked.
    QList<double> toleranceAttempts;
    PacingUnit unit = PacingUnit::Minutes;
    // The ceiling the plan builds up to. Must be a whole number of the unit's steps; a double
    // so that "32.5 minutes" is refused with a message instead of being truncated.
    double goal = 0;
    int baselinePercent = 80; // baseline = this % of mean tolerance
    int weeklyPercent = 10;   // weekly increase = this % of baseline
    int boutsPerDay = 1;      // "little and often": the daily quota split into bouts
    QDate start;              // first day of week 1; may be invalid (a plan without dates)
};

// One week of the schedule: the daily quota and how it splits into bouts.
struct PlanWeek
{
    int week = 0; // 1-based
    QDate start;  // invalid when the plan has no start date
    QDate end;
    int quota = 0;    // daily quota in the plan's unit, a whole number of steps
    QList<int> bouts; // the daily quota split into bouts, largest first; sums to quota
    int increase = 0; // over the week before (0 in week 1 and in repeated weeks)
    bool atGoal = false;
};

// An actual amount done in a week (what the visits record), for overlays and comparisons.
struct WeekActual
{
    int week = 0;
    double amount = 0;
};

// A time-contingent graded activity plan (Fordyce; CLINICAL.md 3): start at a fraction of
// measured tolerance and add a fixed fraction of that baseline every week, whatever the pain,
// until the goal. Quotas are rounded to whole steps of the unit; the last week is the goal.
class GradedActivityPlan
{
    Q_DECLARE_TR_FUNCTIONS(GradedActivityPlan)

public:
    // Beyond two years a plan is a typing error or needs a nearer goal.
    static constexpr int kMaxWeeks = 104;
    static constexpr int kMaxBouts = 12;
    static constexpr int kMaxAttempts = 20;

    // Checks every parameter and builds the schedule; errors name the problem and the fix.
    static Result<GradedActivityPlan> create(const PlanParameters& parameters);

    const PlanParameters& parameters() const { return m_parameters; }
    PacingUnit unit() const { return m_parameters.unit; }
    double meanTolerance() const { return m_meanTolerance; }
    // Week 1's quota before the goal caps it: baseline% of mean tolerance, rounded down.
    int baseline() const { return m_baseline; }
    // The exact weekly increase (weekly% of baseline); quotas round the running total.
    double weeklyIncrease() const { return m_weeklyIncrease; }
    int goal() const { return m_goal; }
    const QList<PlanWeek>& weeks() const { return m_weeks; }
    int weekCount() const { return static_cast<int>(m_weeks.size()); }
    const PlanWeek& week(int number) const { return m_weeks.at(number - 1); }
    // Things the clinician should know about how the plan was made (single attempt, goal
    // below baseline, baseline raised to one step), in plain words.
    const QStringList& notes() const { return m_notes; }
    // One line describing the plan ("Mean tolerance 11 minutes; baseline 8 minutes ...").
    QString summary() const;

    // The plan week that contains `date`; after the last week, the last week (the goal is
    // kept). std::nullopt before the start or when the plan has no dates.
    std::optional<int> weekOn(const QDate& date) const;
    // Where a patient in `week` stands, for a review: the quota, the next step and the last
    // step below the current one (which was tolerated, since the plan only moves on after
    // a review that found it tolerated).
    ReviewStep reviewStep(int week) const;

private:
    GradedActivityPlan() = default;
    static Status validate(const PlanParameters& p);

    PlanParameters m_parameters;
    double m_meanTolerance = 0;
    int m_baseline = 0;
    double m_weeklyIncrease = 0;
    int m_goal = 0;
    QList<PlanWeek> m_weeks;
    QStringList m_notes;
};

// Splits a daily quota into `bouts` parts of whole steps, as even as possible, largest first.
QList<int> splitIntoBouts(int quota, int bouts, int step);

} // namespace gradus
