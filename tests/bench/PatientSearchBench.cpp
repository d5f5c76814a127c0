// Search as you type over 100,000 patients (issue 3 budget: at most 10 ms per keystroke).
#include "demo/DemoClinic.h"
#include "patients/PatientSearchIndex.h"

#include <benchmark/benchmark.h>

using namespace gradus;

namespace {

constexpr int kPatients = 100000;

const QList<Patient>& patients()
{
    static const QList<Patient> list = [] {
        QList<Patient> made =
            DemoClinic::makePatients(kPatients, DemoClinic::kDefaultSeed, QDate(2026, 3, 15));
        for (qsizetype i = 0; i < made.size(); ++i)
            made[i].id = i + 1;
        return made;
    }();
    return list;
}

const PatientSearchIndex& index()
{
    static const PatientSearchIndex built = [] {
        PatientSearchIndex idx;
        idx.assign(patients());
        return idx;
    }();
    return built;
}

// What one keystroke costs: the query typed so far, matched against every patient. The
// queries cover a very common first letter (most patients match), a name as it is typed,
// a name typed without its accent, two words, a date of birth, a clinic number, and a
// query that matches nobody (every key is scanned to the end).
const char* const kQueries[] = {"a",        "m",          "mü",   "müll",       "müller", "zoe",
                                "anna mül", "14.03.1985", "1985", "demo-04217", "qqqqqq"};

void BM_PatientSearchKeystroke(benchmark::State& state)
{
    const PatientSearchIndex& idx = index();
    const QString query = QString::fromUtf8(kQueries[state.range(0)]);
    state.SetLabel(query.toStdString());
    std::vector<char> mask;
    qsizetype hits = 0;
    for (auto _ : state) {
        idx.match(query, false, mask);
        benchmark::DoNotOptimize(mask.data());
    }
    hits = std::count(mask.begin(), mask.end(), 1);
    state.counters["matches"] = static_cast<double>(hits);
}
BENCHMARK(BM_PatientSearchKeystroke)
    ->DenseRange(0, std::size(kQueries) - 1)
    ->Unit(benchmark::kMillisecond);

// The same as a list of ids in display order (what gradus-cli and simple callers use).
void BM_PatientSearchIds(benchmark::State& state)
{
    const PatientSearchIndex& idx = index();
    const QString query = QString::fromUtf8(kQueries[state.range(0)]);
    state.SetLabel(query.toStdString());
    for (auto _ : state) {
        auto ids = idx.search(query, false);
        benchmark::DoNotOptimize(ids.data());
    }
}
BENCHMARK(BM_PatientSearchIds)->Arg(0)->Arg(4)->Arg(10)->Unit(benchmark::kMillisecond);

// Building the index when the patient list opens (once, not per keystroke).
void BM_PatientSearchIndexBuild(benchmark::State& state)
{
    const QList<Patient>& list = patients();
    for (auto _ : state) {
        PatientSearchIndex idx;
        idx.assign(list);
        benchmark::DoNotOptimize(idx.size());
    }
}
BENCHMARK(BM_PatientSearchIndexBuild)->Unit(benchmark::kMillisecond)->Iterations(3);

// One edit: a patient renamed so that it moves in the list.
void BM_PatientSearchIndexUpsert(benchmark::State& state)
{
    PatientSearchIndex idx = index();
    Patient p = patients().at(kPatients / 2);
    int i = 0;
    for (auto _ : state) {
        p.familyName = (i++ % 2) ? QStringLiteral("Aaberg") : QStringLiteral("Zander");
        benchmark::DoNotOptimize(idx.upsert(p));
    }
}
BENCHMARK(BM_PatientSearchIndexUpsert)->Unit(benchmark::kMicrosecond);

// The first keystroke after an edit pays for rebuilding the search buffer.
void BM_PatientSearchFirstKeystrokeAfterEdit(benchmark::State& state)
{
    PatientSearchIndex idx = index();
    Patient p = patients().at(kPatients / 2);
    std::vector<char> mask;
    int i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        p.familyName = (i++ % 2) ? QStringLiteral("Aaberg") : QStringLiteral("Zander");
        idx.upsert(p);
        state.ResumeTiming();
        idx.match(QStringLiteral("müller"), false, mask);
        benchmark::DoNotOptimize(mask.data());
    }
}
BENCHMARK(BM_PatientSearchFirstKeystrokeAfterEdit)->Unit(benchmark::kMillisecond);

} // namespace
