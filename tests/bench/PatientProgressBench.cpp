// Budget (issue 8): opening a patient with 200 visits and drawing its charts <= 50 ms.
#include "Workspace.h"
#include "demo/DemoVisits.h"
#include "report/ProgressReport.h"
#include "storage/Database.h"
#include "visits/PatientProgressView.h"
#include "visits/ProgressChartsWidget.h"

#include <benchmark/benchmark.h>

#include "undo/StoreUndoStack.h"
#include <QApplication>
#include <QChartView>
#include <QImage>
#include <QLayout>
#include <QPainter>
#include <QTemporaryDir>

using namespace gradus;

namespace {

// A store with two fictional patients, each with `visits` demo visits (and their measures)
// from different seeds, so that switching between them changes every chart.
struct Fixture
{
    explicit Fixture(int visits)
    {
        auto opened =
            Database::open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("b.sqlite"))));
        if (!opened)
            return;
        workspace = std::make_unique<Workspace>(std::move(*opened), clock);
        const QString now = clock.now().toUTC().toString(Qt::ISODate);
        for (quint32 seed : {42u, 43u}) {
            auto id = workspace->db().insert(
                QStringLiteral("INSERT INTO patient (given_name, family_name, date_of_birth, "
                               "search_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                {QStringLiteral("Bench"), QStringLiteral("Patient"), QStringLiteral("1970-01-01"),
                 QStringLiteral("bench patient"), now, now});
            if (!id || !addDemoVisits(*workspace, *id, seed, visits))
                return;
            patients << *id;
        }
    }
    bool ok() const { return patients.size() == 2; }
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    std::unique_ptr<Workspace> workspace;
    QList<qint64> patients;
};

// Lays the view out and paints every chart into an image, as the screen would.
void drawCharts(PatientProgressView& view)
{
    QApplication::sendPostedEvents();
    view.layout()->activate();
    for (QChartView* chart : view.charts()->chartViews()) {
        QImage image(chart->size().expandedTo(QSize(400, 250)),
                     QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        chart->render(&painter);
    }
}

} // namespace

// The budgeted case: the progress view is open (a tab of the patient view) and the clinician
// opens another patient with 200 visits: the view loads visits, measures and changes, fills
// its tables, updates and draws every chart. Alternates between two patients so each
// iteration changes everything.
static void BM_OpenPatientWith200VisitsAndDrawCharts(benchmark::State& state)
{
    Fixture f(int(state.range(0)));
    if (!f.ok()) {
        state.SkipWithError("fixture failed");
        return;
    }
    StoreUndoStack undo;
    PatientProgressView view(*f.workspace, &undo);
    view.resize(1440, 920);
    view.show();
    view.setPatient(f.patients.last());
    drawCharts(view);
    int next = 0;
    for (auto _ : state) {
        view.setPatient(f.patients.at(next));
        drawCharts(view);
        next = 1 - next;
        benchmark::DoNotOptimize(view.progress().visits.size());
    }
    state.counters["visits"] = double(view.progress().visits.size());
    state.counters["charts"] = double(view.charts()->chartViews().size());
}
BENCHMARK(BM_OpenPatientWith200VisitsAndDrawCharts)->Arg(200)->Unit(benchmark::kMillisecond);

// For reference, not budgeted: the first patient in a new view, which also builds the Qt
// charts (a one-off cost per view, mostly Qt Charts' own first layout).
static void BM_FirstPatientInANewView200Visits(benchmark::State& state)
{
    Fixture f(200);
    if (!f.ok()) {
        state.SkipWithError("fixture failed");
        return;
    }
    StoreUndoStack undo;
    for (auto _ : state) {
        PatientProgressView view(*f.workspace, &undo);
        view.resize(1440, 920);
        view.show();
        view.setPatient(f.patients.first());
        drawCharts(view);
    }
}
BENCHMARK(BM_FirstPatientInANewView200Visits)->Unit(benchmark::kMillisecond);

// The printed report for the same patient (not budgeted; for reference).
static void BM_ProgressReportPdf200Visits(benchmark::State& state)
{
    Fixture f(200);
    if (!f.ok()) {
        state.SkipWithError("fixture failed");
        return;
    }
    const QString path = f.dir.filePath(QStringLiteral("r.pdf"));
    for (auto _ : state) {
        if (!ProgressReport::writePdf(*f.workspace, f.patients.first(), QStringLiteral("Bench"),
                                      path))
            state.SkipWithError("report failed");
    }
}
BENCHMARK(BM_ProgressReportPdf200Visits)->Unit(benchmark::kMillisecond);
