// Budget (issue 9): an 8-exercise handout with illustrations written to PDF in <= 250 ms.
#include "Workspace.h"
#include "demo/DemoHandout.h"
#include "exercises/ExerciseLibrary.h"
#include "handout/HandoutBuilder.h"
#include "services/HandoutAssembly.h"
#include "storage/Database.h"

#include <benchmark/benchmark.h>

#include <QTemporaryDir>

using namespace gradus;

namespace {

void BM_Handout8ExercisesPdf(benchmark::State& state)
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
    auto opened =
        Database::open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("b.sqlite"))));
    if (!opened) {
        state.SkipWithError("no store");
        return;
    }
    Workspace workspace(std::move(*opened), clock);
    if (!ExerciseLibrary::ensureLoaded(workspace)) {
        state.SkipWithError("no library");
        return;
    }
    const QString now = clock.now().toUTC().toString(Qt::ISODate);
    auto patient = workspace.db().insert(
        QStringLiteral("INSERT INTO patient (given_name, family_name, date_of_birth, "
                       "search_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {QStringLiteral("Bench"), QStringLiteral("Patient"), QStringLiteral("1970-01-01"),
         QStringLiteral("bench patient"), now, now});
    auto programme = demoHandoutProgramme(workspace, patient ? *patient : 0);
    if (!patient || !programme) {
        state.SkipWithError("no programme");
        return;
    }
    HandoutContent::Options options;
    options.pacing = *demoHandoutPacing(QDate(2026, 11, 23));
    auto content = HandoutAssembly::assemble(workspace, *programme, options);
    if (!content) {
        state.SkipWithError("no content");
        return;
    }
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    for (auto _ : state) {
        // The whole job as the CLI does it: build the HTML, lay out, keep blocks together,
        // paint the vector pictures, write and commit the file.
        if (!HandoutBuilder(*content).writePdf(path, QPageSize(QPageSize::A4)))
            state.SkipWithError("write failed");
    }
}
BENCHMARK(BM_Handout8ExercisesPdf)->Unit(benchmark::kMillisecond);

} // namespace
