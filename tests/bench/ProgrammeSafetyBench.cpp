// What the builder's safety panel runs on every edit: checkProgramme() on a stored 20-exercise
// programme (library, patient profile and overrides read from SQLite, then the engine), against
// a patient with four conditions and one recorded override. Budget (issue 6): <= 1 ms for the
// engine; this figure shows what the store adds around it.
#include "Workspace.h"
#include "exercises/ExerciseLibrary.h"
#include "programmes/DoseValidator.h"
#include "services/ProgrammeSafety.h"
#include "services/SafetyOverrides.h"
#include "storage/ConditionRepository.h"
#include "storage/Database.h"
#include "storage/EpisodeRepository.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"

#include <benchmark/benchmark.h>

#include <QTemporaryDir>

using namespace gradus;

namespace {

void BM_CheckStoredProgramme20(benchmark::State& state)
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
    auto opened =
        Database::open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("b.sqlite"))));
    if (!opened) {
        state.SkipWithError("no store");
        return;
    }
    Workspace ws(std::move(*opened), clock);
    auto all = ExerciseLibrary::ensureLoaded(ws) ? ExerciseRepository(ws).list()
                                                 : Result<QList<Exercise>>(Error{});
    Patient patient;
    patient.givenName = QStringLiteral("Bench");
    patient.familyName = QStringLiteral("Patient");
    patient.dateOfBirth = QDate(1956, 1, 1);
    auto pid = PatientRepository(ws).add(patient);
    auto episode = pid ? EpisodeRepository(ws).ensureOpenEpisode(*pid) : Result<Episode>(Error{});
    if (!all || all->size() < 20 || !episode) {
        state.SkipWithError("no library or patient");
        return;
    }
    for (const char* code :
         {"osteoporosis", "disc_herniation", "lumbar_spinal_stenosis", "spondylolisthesis"}) {
        Condition c;
        c.episodeId = episode->id;
        c.code = QString::fromLatin1(code);
        (void)ConditionRepository(ws).add(c);
    }
    Programme programme;
    programme.patientId = *pid;
    programme.name = QStringLiteral("Bench");
    programme.startDate = clock.today();
    ProgrammeSection section{QStringLiteral("Exercises"), {}};
    // The end of the library first: the loaded, end-range and impact exercises are there.
    for (int i = 0; i < 20; ++i) {
        const Exercise& e = all->at(all->size() - 1 - i);
        Prescription p;
        p.exerciseId = e.id;
        p.dose = DoseValidator::convert(e.dose, e.dose.type);
        p.dose.sets = std::max(1, p.dose.sets);
        section.prescriptions.append(p);
    }
    programme.sections.append(section);
    auto id = ProgrammeRepository(ws).create(programme);
    auto stored = id ? ProgrammeRepository(ws).get(*id) : Result<Programme>(Error{});
    auto first = stored ? checkProgramme(ws, *stored) : Result<QList<SafetyFinding>>(Error{});
    if (!first) {
        state.SkipWithError("no programme");
        return;
    }
    for (const SafetyFinding& f : *first)
        if (f.severity == Severity::Avoid) {
            SafetyOverride o;
            o.programmeId = *id;
            o.position = f.index;
            o.exerciseId = f.exerciseId;
            o.ruleId = f.ruleId;
            o.reason = QStringLiteral("Supervised");
            o.recordedBy = QStringLiteral("Bench");
            (void)SafetyOverrides(ws).record(o);
            break;
        }
    qsizetype findings = 0;
    for (auto _ : state) {
        auto result = checkProgramme(ws, *stored);
        findings = result ? result->size() : 0;
        benchmark::DoNotOptimize(result);
    }
    state.counters["findings"] = double(findings);
}
BENCHMARK(BM_CheckStoredProgramme20)->Unit(benchmark::kMillisecond);

} // namespace
