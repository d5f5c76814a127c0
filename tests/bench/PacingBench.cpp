#include "pacing/GradedActivityPlan.h"
#include "pacing/ReviewEngine.h"

#include <benchmark/benchmark.h>

using namespace gradus;

// The longest plan allowed (close to 104 weeks, in two bouts): what the schedule view and
// `gradus-cli pacing plan` pay each time an input changes.
static void BM_PacingPlanLongest(benchmark::State& state)
{
    PlanParameters p;
    p.toleranceAttempts = {50, 50, 50};
    p.unit = PacingUnit::Minutes;
    p.goal = 400;
    p.weeklyPercent = 10; // baseline 40, +4 a week: 91 weeks
    p.boutsPerDay = 2;
    p.start = QDate(2026, 1, 5);
    for (auto _ : state) {
        auto plan = GradedActivityPlan::create(p);
        if (!plan || plan->weekCount() != 91)
            state.SkipWithError("unexpected plan");
        benchmark::DoNotOptimize(plan);
    }
}
BENCHMARK(BM_PacingPlanLongest)->Unit(benchmark::kMicrosecond);

// One review of two weeks of diary entries with every rule checked.
static void BM_ReviewDecision(benchmark::State& state)
{
    ReviewData d;
    for (int i = 0; i < 14; ++i)
        d.days << ReviewDay{QDate(2026, 11, 2).addDays(i), i != 5, i == 8 || i == 9 ? 6 : 3, 2};
    d.baselinePain = 2;
    d.previousWeekPain = 3;
    d.thisWeekPain = 4;
    d.legSymptoms = LegSymptoms::Stable;
    ReviewStep step;
    step.current = 20;
    step.next = 21;
    d.step = step;
    const ReviewEngine engine;
    for (auto _ : state) {
        auto decision = engine.evaluate(d);
        if (!decision || decision->outcome != ReviewOutcome::Regress)
            state.SkipWithError("unexpected decision");
        benchmark::DoNotOptimize(decision);
    }
}
BENCHMARK(BM_ReviewDecision)->Unit(benchmark::kMicrosecond);
