#include "pacing/GradedActivityPlan.h"

#include "support/QtPrinters.h"
#include "support/ScopedLocale.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace gradus;

namespace {

QList<int> quotas(const GradedActivityPlan& plan)
{
    QList<int> out;
    for (const PlanWeek& w : plan.weeks())
        out << w.quota;
    return out;
}

std::string str(const QList<int>& list)
{
    QStringList parts;
    for (int v : list)
        parts << QString::number(v);
    return parts.join(u',').toStdString();
}

PlanParameters params(QList<double> tolerance, PacingUnit unit, double goal, int baselinePct = 80,
                      int weeklyPct = 10, int bouts = 1)
{
    PlanParameters p;
    p.toleranceAttempts = std::move(tolerance);
    p.unit = unit;
    p.goal = goal;
    p.baselinePercent = baselinePct;
    p.weeklyPercent = weeklyPct;
    p.boutsPerDay = bouts;
    return p;
}

// Expected schedules worked out by hand from CLINICAL.md 3: baseline = baseline% of the mean
// tolerance rounded down to a step; week n = baseline x (1 + (n-1) x weekly%), rounded to the
// nearest step (halves up), capped at the goal.
struct PlanCase
{
    const char* name;
    PlanParameters parameters;
    int baseline;
    QList<int> expected;
};

// Failure messages name the case instead of dumping its bytes.
void PrintTo(const PlanCase& c, std::ostream* os)
{
    *os << c.name;
}

class PlanScheduleTest : public testing::TestWithParam<PlanCase>
{
};

} // namespace

TEST_P(PlanScheduleTest, BuildsTheExpectedWeeklyQuotas)
{
    const PlanCase& c = GetParam();
    auto plan = GradedActivityPlan::create(c.parameters);
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    EXPECT_EQ(plan->baseline(), c.baseline);
    EXPECT_EQ(str(quotas(*plan)), str(c.expected));

    // Invariants every plan keeps: whole steps, never down, never past the goal, the last
    // week exactly at the goal and marked so, bouts adding up to the day.
    const int step = pacingUnit::step(c.parameters.unit);
    int previous = 0;
    for (const PlanWeek& w : plan->weeks()) {
        EXPECT_EQ(w.quota % step, 0) << "week " << w.week;
        EXPECT_GE(w.quota, previous) << "week " << w.week;
        EXPECT_LE(w.quota, plan->goal()) << "week " << w.week;
        EXPECT_EQ(w.increase, w.week == 1 ? 0 : w.quota - previous);
        EXPECT_EQ(w.atGoal, w.week == plan->weekCount());
        int sum = 0;
        for (int b : w.bouts) {
            EXPECT_EQ(b % step, 0);
            EXPECT_GE(b, step);
            sum += b;
        }
        EXPECT_EQ(sum, w.quota);
        EXPECT_EQ(w.bouts.size(), c.parameters.boutsPerDay);
        previous = w.quota;
    }
    EXPECT_EQ(plan->weeks().constLast().quota, static_cast<int>(c.parameters.goal));
}

INSTANTIATE_TEST_SUITE_P(
    Plans, PlanScheduleTest,
    testing::Values(
        // The example: mean 11, 80% = 8.8 -> 8; +0.8 a week; whole minutes.
        PlanCase{"IssueExampleMinutes",
                 params({10, 12, 11}, PacingUnit::Minutes, 30),
                 8,
                 {8,  9,  10, 10, 11, 12, 13, 14, 14, 15, 16, 17, 18, 18,
                  19, 20, 21, 22, 22, 23, 24, 25, 26, 26, 27, 28, 29, 30}},
        // 5%: +0.8 repetitions a week from 16.
        PlanCase{"FivePercentRepetitions",
                 params({20, 20, 20}, PacingUnit::Repetitions, 20, 80, 5),
                 16,
                 {16, 17, 18, 18, 19, 20}},
        // 20%, one attempt: +1.6 minutes a week from 8; the last step is cut to the goal.
        PlanCase{"TwentyPercentSingleAttempt",
                 params({10}, PacingUnit::Minutes, 20, 80, 20),
                 8,
                 {8, 10, 11, 13, 14, 16, 18, 19, 20}},
        // Odd increment 15% of 7 = 1.05: week 11 is exactly 17.5 and rounds up to 18.
        PlanCase{"OddIncrementHalfRoundsUp",
                 params({9}, PacingUnit::Repetitions, 18, 80, 15),
                 7,
                 {7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18}},
        // 0.5 a week: halves round up, so the quota moves every other week.
        PlanCase{"HalfStepIncrease",
                 params({12.5}, PacingUnit::Repetitions, 13, 80, 5),
                 10,
                 {10, 11, 11, 12, 12, 13}},
        // Holds in 5-second steps: mean 22.3 -> 17.9 -> 15; +1.5 s a week.
        PlanCase{"FiveSecondHolds",
                 params({20, 25, 22}, PacingUnit::Seconds, 30),
                 15,
                 {15, 15, 20, 20, 20, 25, 25, 25, 25, 30}},
        // Metres in 10 m steps: 392 -> 390; +39 a week; 624 is capped at the goal of 600.
        PlanCase{"MetresCappedAtGoal",
                 params({500, 450, 520}, PacingUnit::Metres, 600),
                 390,
                 {390, 430, 470, 510, 550, 590, 600}},
        // A large goal at 20%: 80 + 16 a week reaches 480 in week 26.
        PlanCase{"LargeGoal",
                 params({100, 100, 100}, PacingUnit::Minutes, 480, 80, 20),
                 80,
                 {80,  96,  112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 272,
                  288, 304, 320, 336, 352, 368, 384, 400, 416, 432, 448, 464, 480}},
        // Goal below the baseline: the patient already tolerates it; one week at the goal.
        PlanCase{"GoalBelowBaseline", params({30, 30, 30}, PacingUnit::Minutes, 20), 24, {20}},
        PlanCase{"GoalAtBaseline", params({30, 30, 30}, PacingUnit::Minutes, 24), 24, {24}},
        // Split into bouts: 8 minutes as 3 + 3 + 2 in week 1.
        PlanCase{"ThreeBouts",
                 params({10, 12, 11}, PacingUnit::Minutes, 12, 80, 10, 3),
                 8,
                 {8, 9, 10, 10, 11, 12}},
        // Baseline 100% of tolerance (the top of the setting's range).
        PlanCase{"FullToleranceBaseline",
                 params({6}, PacingUnit::Minutes, 8, 100, 10),
                 6,
                 {6, 7, 7, 8}}),
    [](const testing::TestParamInfo<PlanCase>& info) { return std::string(info.param.name); });

TEST(GradedActivityPlanTest, ReportsItsFiguresAndNotes)
{
    const test::ScopedLocale locale;
    auto plan = GradedActivityPlan::create(params({10, 12, 11}, PacingUnit::Minutes, 30));
    ASSERT_TRUE(plan);
    EXPECT_DOUBLE_EQ(plan->meanTolerance(), 11.0);
    EXPECT_DOUBLE_EQ(plan->weeklyIncrease(), 0.8);
    EXPECT_EQ(plan->goal(), 30);
    EXPECT_EQ(plan->weekCount(), 28);
    EXPECT_TRUE(plan->notes().isEmpty());
    const QString summary = plan->summary();
    EXPECT_TRUE(summary.contains(QStringLiteral("Mean tolerance 11 minutes over 3 attempts")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("baseline 8 minutes (80% of tolerance)")));
    EXPECT_TRUE(summary.contains(QStringLiteral("increase 0.8 minutes a week")));
    EXPECT_TRUE(summary.contains(QStringLiteral("goal 30 minutes in week 28")));

    auto single = GradedActivityPlan::create(params({10}, PacingUnit::Minutes, 12));
    ASSERT_TRUE(single);
    ASSERT_EQ(single->notes().size(), 1);
    EXPECT_TRUE(single->notes().constFirst().contains(QStringLiteral("single attempt")));

    auto below = GradedActivityPlan::create(params({30, 30, 30}, PacingUnit::Minutes, 20));
    ASSERT_TRUE(below);
    ASSERT_EQ(below->notes().size(), 1);
    EXPECT_TRUE(below->notes().constFirst().contains(QStringLiteral("below the baseline")));
}

TEST(GradedActivityPlanTest, BoutsAreAsEvenAsPossibleLargestFirst)
{
    EXPECT_EQ(splitIntoBouts(8, 3, 1), (QList<int>{3, 3, 2}));
    EXPECT_EQ(splitIntoBouts(30, 4, 1), (QList<int>{8, 8, 7, 7}));
    EXPECT_EQ(splitIntoBouts(25, 2, 5), (QList<int>{15, 10}));
    EXPECT_EQ(splitIntoBouts(400, 3, 10), (QList<int>{140, 130, 130}));
    EXPECT_EQ(splitIntoBouts(12, 1, 1), (QList<int>{12}));

    auto plan =
        GradedActivityPlan::create(params({10, 12, 11}, PacingUnit::Minutes, 30, 80, 10, 3));
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->week(1).bouts, (QList<int>{3, 3, 2}));
    EXPECT_EQ(plan->weeks().constLast().bouts, (QList<int>{10, 10, 10}));
}

TEST(GradedActivityPlanTest, ATinyToleranceStartsAtOneStepWhenThatIsStillTolerated)
{
    // 80% of a 5-second hold is 4 s, under one 5-second step: start at 5 s (still tolerated).
    auto plan = GradedActivityPlan::create(params({5, 5, 5}, PacingUnit::Seconds, 15));
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    EXPECT_EQ(plan->baseline(), 5);
    EXPECT_EQ(plan->week(1).quota, 5);
    ASSERT_FALSE(plan->notes().isEmpty());
    EXPECT_TRUE(plan->notes().constFirst().contains(QStringLiteral("one step")));

    // 3 seconds is less than one step: nothing to grade in this unit.
    auto tooSmall = GradedActivityPlan::create(params({3, 3, 3}, PacingUnit::Seconds, 15));
    ASSERT_FALSE(tooSmall);
    EXPECT_TRUE(tooSmall.error().message.contains(QStringLiteral("finer unit")))
        << tooSmall.error().message.toStdString();
}

namespace {

struct BadInput
{
    const char* name;
    PlanParameters parameters;
    const char* messagePart;
};

// Failure messages name the case instead of dumping its bytes.
void PrintTo(const BadInput& c, std::ostream* os)
{
    *os << c.name;
}

class PlanInputTest : public testing::TestWithParam<BadInput>
{
};

PlanParameters withStart(PlanParameters p)
{
    p.start = QDate(2026, 11, 23);
    return p;
}

} // namespace

TEST_P(PlanInputTest, RefusesWithAMessageThatNamesTheProblem)
{
    const test::ScopedLocale locale;
    const BadInput& c = GetParam();
    auto plan = GradedActivityPlan::create(c.parameters);
    ASSERT_FALSE(plan) << c.name;
    EXPECT_EQ(plan.error().code, QStringLiteral("pacing.plan_input"));
    EXPECT_TRUE(plan.error().message.contains(QString::fromUtf8(c.messagePart)))
        << plan.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Invalid, PlanInputTest,
    testing::Values(
        BadInput{"NoAttempts", params({}, PacingUnit::Minutes, 30), "at least one tolerance"},
        BadInput{"ZeroAttempt", params({10, 0, 11}, PacingUnit::Minutes, 30),
                 "Tolerance measurement 2 must be more than 0"},
        BadInput{"NegativeAttempt", params({-4}, PacingUnit::Minutes, 30), "more than 0"},
        BadInput{"NotANumber",
                 params({std::numeric_limits<double>::quiet_NaN()}, PacingUnit::Minutes, 30),
                 "more than 0"},
        BadInput{"AbsurdAttempt", params({10, 1200}, PacingUnit::Minutes, 30), "check the unit"},
        BadInput{"ZeroGoal", params({10}, PacingUnit::Minutes, 0), "goal must be more than 0"},
        BadInput{"NegativeGoal", params({10}, PacingUnit::Minutes, -5), "goal must be more than 0"},
        BadInput{"FractionalGoal", params({10}, PacingUnit::Minutes, 32.5),
                 "whole number of minutes, not 32.5"},
        BadInput{"GoalOffTheHoldStep", params({20}, PacingUnit::Seconds, 27), "use 25 or 30"},
        BadInput{"AbsurdGoal", params({500}, PacingUnit::Metres, 100000), "check the unit"},
        BadInput{"WeeklyBelowRange", params({10}, PacingUnit::Minutes, 30, 80, 4),
                 "weekly increase must be 5 to 20%"},
        BadInput{"WeeklyAboveRange", params({10}, PacingUnit::Minutes, 30, 80, 21), "not 21%"},
        BadInput{"BaselineBelowRange", params({10}, PacingUnit::Minutes, 30, 49), "50 to 100%"},
        BadInput{"BaselineAboveRange", params({10}, PacingUnit::Minutes, 30, 101), "not 101%"},
        BadInput{"NoBouts", params({10}, PacingUnit::Minutes, 30, 80, 10, 0), "Bouts per day"},
        BadInput{"TooManyBouts", params({10}, PacingUnit::Minutes, 30, 80, 10, 13), "1 to 12"},
        // Week 1 is 8 minutes: 9 bouts of at least a minute do not fit.
        BadInput{"BoutsLargerThanQuota", params({10, 12, 11}, PacingUnit::Minutes, 30, 80, 10, 9),
                 "use at most 8 bouts"},
        // 4 minutes + 0.4 a week to 300 minutes is about 741 weeks.
        BadInput{"GoalTooFarAway", withStart(params({5}, PacingUnit::Minutes, 300)),
                 "more than the 104-week limit"}),
    [](const testing::TestParamInfo<BadInput>& info) { return std::string(info.param.name); });

TEST(GradedActivityPlanTest, WeeksHaveDatesFromTheStart)
{
    PlanParameters p = params({10, 12, 11}, PacingUnit::Minutes, 12);
    p.start = QDate(2026, 11, 23);
    auto plan = GradedActivityPlan::create(p);
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->week(1).start, QDate(2026, 11, 23));
    EXPECT_EQ(plan->week(1).end, QDate(2026, 11, 29));
    EXPECT_EQ(plan->week(2).start, QDate(2026, 11, 30));
    EXPECT_EQ(plan->weekOn(QDate(2026, 11, 22)), std::nullopt);
    EXPECT_EQ(plan->weekOn(QDate(2026, 11, 23)), 1);
    EXPECT_EQ(plan->weekOn(QDate(2026, 11, 29)), 1);
    EXPECT_EQ(plan->weekOn(QDate(2026, 11, 30)), 2);
    // After the last week the goal is kept: the last week.
    EXPECT_EQ(plan->weekOn(QDate(2027, 6, 1)), plan->weekCount());

    auto undated = GradedActivityPlan::create(params({10, 12, 11}, PacingUnit::Minutes, 12));
    ASSERT_TRUE(undated);
    EXPECT_FALSE(undated->week(1).start.isValid());
    EXPECT_EQ(undated->weekOn(QDate(2026, 11, 23)), std::nullopt);
}

TEST(GradedActivityPlanTest, ReviewStepKnowsTheNextAndTheLastToleratedStep)
{
    // 8, 9, 10, 10, 11, 12, ...
    auto plan = GradedActivityPlan::create(params({10, 12, 11}, PacingUnit::Minutes, 30));
    ASSERT_TRUE(plan);

    const ReviewStep first = plan->reviewStep(1);
    EXPECT_EQ(first.current, 8);
    EXPECT_EQ(first.next, 9);
    EXPECT_EQ(first.nextWeek, 2);
    EXPECT_FALSE(first.lastTolerated.has_value());

    // Week 4 repeats week 3's 10 minutes: the last tolerated lower step is week 2's 9.
    const ReviewStep fourth = plan->reviewStep(4);
    EXPECT_EQ(fourth.current, 10);
    EXPECT_EQ(fourth.next, 11);
    EXPECT_EQ(fourth.lastTolerated, 9);
    EXPECT_EQ(fourth.lastToleratedWeek, 2);
    EXPECT_EQ(fourth.week, 4);

    const ReviewStep last = plan->reviewStep(plan->weekCount());
    EXPECT_EQ(last.current, 30);
    EXPECT_FALSE(last.next.has_value());
    EXPECT_EQ(last.lastTolerated, 29);
}
