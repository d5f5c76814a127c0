#include "Workspace.h"
#include "exercises/ExerciseLibrary.h"
#include "storage/Database.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"

#include <benchmark/benchmark.h>

#include <QTemporaryDir>

#include <memory>

using namespace gradus;

namespace {

// A real SQLite file with the built-in library, one fictional patient and a draft programme
// of 20 prescriptions in four sections: what the builder stores on every edit.
struct ProgrammeStore
{
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<Workspace> ws;
    Programme draft;

    bool open(const char* file)
    {
        auto db =
            Database::open(DatabaseLocation::sqliteFile(dir.filePath(QString::fromLatin1(file))));
        if (!db)
            return false;
        ws = std::make_unique<Workspace>(std::move(*db), clock);
        if (!ExerciseLibrary::ensureLoaded(*ws))
            return false;
        Patient patient;
        patient.givenName = QStringLiteral("Bench");
        patient.familyName = QStringLiteral("Fictional");
        patient.dateOfBirth = QDate(1970, 1, 1);
        auto patientId = PatientRepository(*ws).add(patient);
        auto all = ExerciseRepository(*ws).list();
        if (!patientId || !all)
            return false;
        // Gentle exercises only: a heavy or high-impact one is to be avoided for a patient
        // whose onset is not recorded, and activation refuses it without a recorded reason.
        QList<Exercise> gentle;
        for (const Exercise& e : *all)
            if (e.category != ExerciseCategory::Cautioned)
                gentle.append(e);
        const QList<Exercise>* exercises = &gentle;
        if (exercises->size() < 20)
            return false;
        draft.patientId = *patientId;
        draft.name = QStringLiteral("Twenty exercises");
        draft.goal = QStringLiteral("Bench");
        draft.startDate = QDate(2026, 11, 21);
        draft.reviewDate = draft.startDate.addDays(42);
        for (const char* name : {"Warm-up", "Mobility", "Strength", "Cool-down"})
            draft.sections.append(ProgrammeSection{QString::fromLatin1(name), {}});
        for (int i = 0; i < 20; ++i) {
            Prescription p;
            p.exerciseId = exercises->at(i).id;
            p.dose = exercises->at(i).dose;
            p.dose.sets = std::max(1, p.dose.sets);
            p.side = PrescribedSide::Both;
            p.patientNote = QStringLiteral("Slowly, within comfort.");
            draft.sections[i / 5].prescriptions.append(p);
        }
        auto id = ProgrammeRepository(*ws).create(draft);
        if (!id)
            return false;
        draft.id = *id;
        return true;
    }
};

} // namespace

// One builder edit of a draft: the whole 20-prescription version rewritten in a transaction.
static void BM_ProgrammeSaveDraft20(benchmark::State& state)
{
    ProgrammeStore store;
    if (!store.open("save.sqlite")) {
        state.SkipWithError("setup failed");
        return;
    }
    ProgrammeRepository repo(*store.ws);
    Programme p = store.draft;
    int n = 0;
    for (auto _ : state) {
        p.sections[0].prescriptions[0].dose.sets = 1 + (n++ % 5); // a real change each time
        if (!repo.saveDraft(p))
            state.SkipWithError("save failed");
    }
}
BENCHMARK(BM_ProgrammeSaveDraft20)->Unit(benchmark::kMillisecond);

// Loading a version with its sections and prescriptions (after every edit, and on opening).
static void BM_ProgrammeLoad20(benchmark::State& state)
{
    ProgrammeStore store;
    if (!store.open("load.sqlite")) {
        state.SkipWithError("setup failed");
        return;
    }
    ProgrammeRepository repo(*store.ws);
    for (auto _ : state) {
        auto p = repo.get(store.draft.id);
        if (!p || p->sections.size() != 4)
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(p);
    }
}
BENCHMARK(BM_ProgrammeLoad20)->Unit(benchmark::kMillisecond);

// The first edit of an active programme: a new draft version copied from it (draftFor); the
// draft is removed again outside the timing.
static void BM_ProgrammeDraftForActive20(benchmark::State& state)
{
    ProgrammeStore store;
    if (!store.open("draft.sqlite")) {
        state.SkipWithError("setup failed");
        return;
    }
    ProgrammeRepository repo(*store.ws);
    if (!repo.activate(store.draft.id)) {
        state.SkipWithError("activate failed");
        return;
    }
    for (auto _ : state) {
        auto draft = repo.draftFor(store.draft.id);
        if (!draft) {
            state.SkipWithError("draftFor failed");
            break;
        }
        state.PauseTiming();
        (void)repo.removeDraft(draft->id);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_ProgrammeDraftForActive20)->Unit(benchmark::kMillisecond);

// What the builder does for that first edit: the new draft and the change in one transaction
// (draftWithChanges).
static void BM_ProgrammeDraftWithChanges20(benchmark::State& state)
{
    ProgrammeStore store;
    if (!store.open("changes.sqlite")) {
        state.SkipWithError("setup failed");
        return;
    }
    ProgrammeRepository repo(*store.ws);
    if (!repo.activate(store.draft.id)) {
        state.SkipWithError("activate failed");
        return;
    }
    Programme changed = store.draft;
    changed.sections[1].prescriptions[2].dose.sets = 4;
    for (auto _ : state) {
        auto draft = repo.draftWithChanges(store.draft.id, changed);
        if (!draft) {
            state.SkipWithError("draftWithChanges failed");
            break;
        }
        state.PauseTiming();
        (void)repo.removeDraft(draft->id);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_ProgrammeDraftWithChanges20)->Unit(benchmark::kMillisecond);

// Activating a new version: it becomes active and the previous one superseded, in one
// transaction. The next version is drafted outside the timing, so the lineage grows by one
// version per iteration.
static void BM_ProgrammeActivate20(benchmark::State& state)
{
    ProgrammeStore store;
    if (!store.open("activate.sqlite")) {
        state.SkipWithError("setup failed");
        return;
    }
    ProgrammeRepository repo(*store.ws);
    qint64 current = store.draft.id;
    for (auto _ : state) {
        if (!repo.activate(current)) {
            state.SkipWithError("activate failed");
            break;
        }
        state.PauseTiming();
        auto next = repo.draftFor(current);
        if (!next) {
            state.SkipWithError("draftFor failed");
            break;
        }
        current = next->id;
        state.ResumeTiming();
    }
}
BENCHMARK(BM_ProgrammeActivate20)->Unit(benchmark::kMillisecond);
