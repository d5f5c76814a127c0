#include "exercises/ExerciseLibrary.h"
#include "safety/SafetyCheck.h"

#include <benchmark/benchmark.h>

using namespace gradus;

// The check that runs on every edit in the builder: a 20-exercise programme against all rules
// for a patient with many conditions at once (so most rules apply), including suggestions.
static void BM_SafetyCheck20(benchmark::State& state)
{
    auto file = ExerciseLibrary::builtIn();
    if (!file) {
        state.SkipWithError("library failed to load");
        return;
    }
    QList<Exercise> library = file->exercises;
    qint64 id = 1;
    for (auto& e : library)
        e.id = id++;
    const SafetyCheck check(SafetyRules::builtIn(), library);
    SafetyProfile profile;
    for (const char* code :
         {"osteoporosis", "vertebral_fracture_history", "pregnancy", "disc_herniation", "sciatica",
          "lumbar_spinal_stenosis", "spondylolisthesis", "chronic_nonspecific_lbp"})
        profile.conditions.append({QString::fromLatin1(code), Condition::Side::Left, 26});
    profile.phase = CarePhase::Phase::Acute;
    profile.age = 70;
    profile.peripheralising = true;
    profile.newNeuroSigns = true;
    // 20 prescriptions, the cautioned exercises first so that most of them produce findings.
    QList<CheckItem> items;
    for (int i = 0; i < 20; ++i) {
        const Exercise& e = library[library.size() - 1 - i];
        Prescription p;
        p.exerciseId = e.id;
        items.append({p, e});
    }
    qsizetype findings = 0;
    for (auto _ : state) {
        auto result = check.check(profile, items);
        findings = result.size();
        benchmark::DoNotOptimize(result);
    }
    state.counters["findings"] = double(findings);
}
BENCHMARK(BM_SafetyCheck20)->Unit(benchmark::kMicrosecond);
