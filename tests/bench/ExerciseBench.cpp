#include "Workspace.h"
#include "exercises/ExerciseLibrary.h"
#include "illustration/PoseRenderer.h"
#include "storage/Database.h"
#include "storage/ExerciseRepository.h"

#include <benchmark/benchmark.h>

#include <QTemporaryDir>

using namespace gradus;

// First start: the whole built-in library parsed, checked and written in one transaction.
static void BM_ExerciseLibraryFirstImport(benchmark::State& state)
{
    QTemporaryDir dir;
    SystemClock clock;
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto db = Database::open(
            DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("f%1.sqlite").arg(n++))));
        if (!db) {
            state.SkipWithError("open failed");
            break;
        }
        Workspace ws(std::move(*db), clock);
        state.ResumeTiming();
        if (!ExerciseLibrary::ensureLoaded(ws))
            state.SkipWithError("import failed");
    }
}
BENCHMARK(BM_ExerciseLibraryFirstImport)->Unit(benchmark::kMillisecond);

// Every later start of the app or gradus-cli: the library has not changed.
static void BM_ExerciseLibraryUnchanged(benchmark::State& state)
{
    QTemporaryDir dir;
    SystemClock clock;
    auto db =
        Database::open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("u.sqlite"))));
    Workspace ws(std::move(*db), clock);
    if (!ExerciseLibrary::ensureLoaded(ws))
        state.SkipWithError("import failed");
    for (auto _ : state) {
        auto report = ExerciseLibrary::ensureLoaded(ws);
        if (!report || !report->unchanged)
            state.SkipWithError("not the fast path");
    }
}
BENCHMARK(BM_ExerciseLibraryUnchanged)->Unit(benchmark::kMicrosecond);

// Reading the list the library browser shows.
static void BM_ExerciseList(benchmark::State& state)
{
    QTemporaryDir dir;
    SystemClock clock;
    auto db =
        Database::open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("l.sqlite"))));
    Workspace ws(std::move(*db), clock);
    (void)ExerciseLibrary::ensureLoaded(ws);
    ExerciseRepository repository(ws);
    for (auto _ : state) {
        auto list = repository.list();
        benchmark::DoNotOptimize(list);
    }
}
BENCHMARK(BM_ExerciseList)->Unit(benchmark::kMillisecond);

// Every built-in drawing rendered as a grid thumbnail: the cost of filling the browser.
static void BM_RenderAllThumbnails(benchmark::State& state)
{
    auto library = ExerciseLibrary::builtIn();
    if (!library) {
        state.SkipWithError("no library");
        return;
    }
    for (auto _ : state) {
        for (const Exercise& e : library->exercises) {
            auto drawing = illustration::PoseRenderer::render(e.illustration);
            QImage image = drawing->toImage(148);
            benchmark::DoNotOptimize(image);
        }
    }
    state.counters["exercises"] = double(library->exercises.size());
}
BENCHMARK(BM_RenderAllThumbnails)->Unit(benchmark::kMillisecond);

// One drawing at print size (800 px wide), as `exercise image` writes it.
static void BM_RenderPrintSize(benchmark::State& state)
{
    auto library = ExerciseLibrary::builtIn();
    if (!library) {
        state.SkipWithError("no library");
        return;
    }
    const QJsonObject illustration = library->exercises.constFirst().illustration;
    for (auto _ : state) {
        QImage image = illustration::PoseRenderer::render(illustration)->toImage(800);
        benchmark::DoNotOptimize(image);
    }
}
BENCHMARK(BM_RenderPrintSize)->Unit(benchmark::kMillisecond);
