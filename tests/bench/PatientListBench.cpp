// One keystroke in the Patients page search field with 100,000 patients, end to end: the
// search index, the filter proxy and a table view showing the result (issue 3 budget: at
// most 10 ms).
#include "Workspace.h"
#include "demo/DemoClinic.h"
#include "patients/PatientFilterProxy.h"
#include "patients/PatientListModel.h"
#include "storage/Database.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>

using namespace gradus;

namespace {

struct Fixture
{
    Fixture() : clock(QDateTime(QDate(2026, 3, 15), QTime(9, 0)))
    {
        auto db = Database::open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("b.sqlite"))));
        workspace = std::make_unique<Workspace>(std::move(*db), clock);
        model = std::make_unique<PatientListModel>(*workspace);
        QList<Patient> patients = DemoClinic::makePatients(100000, DemoClinic::kDefaultSeed, clock.today());
        for (qsizetype i = 0; i < patients.size(); ++i)
            patients[i].id = i + 1;
        model->setPatients(patients);
        proxy.setSourceModel(model.get());
        view.setModel(&proxy);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(480, 700);
        view.show();
        QApplication::processEvents();
    }

    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<PatientListModel> model;
    PatientFilterProxy proxy;
    QTableView view;
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

// Typing "müller" and deleting it again: each iteration is one keystroke, and the typed
// text alternates so that the filter really changes every time.
void BM_PatientListKeystroke(benchmark::State& state)
{
    Fixture& f = fixture();
    const QStringList typing = {QStringLiteral("m"),     QStringLiteral("mü"),
                                QStringLiteral("mül"),   QStringLiteral("müll"),
                                QStringLiteral("mülle"), QStringLiteral("müller"),
                                QStringLiteral("mülle"), QStringLiteral("müll"),
                                QStringLiteral("mül"),   QStringLiteral("mü"),
                                QStringLiteral("m"),     QString()};
    const bool paint = state.range(0) != 0;
    qsizetype i = 0;
    for (auto _ : state) {
        f.proxy.setSearchText(typing.at(i++ % typing.size()));
        if (paint)
            QApplication::processEvents(); // the view repaints its visible rows
    }
    state.SetLabel(paint ? "proxy + table view repaint" : "proxy only");
}
BENCHMARK(BM_PatientListKeystroke)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// A date of birth typed digit by digit: the case where every patient shares the first
// characters with the query.
void BM_PatientListKeystrokeDate(benchmark::State& state)
{
    Fixture& f = fixture();
    const QStringList typing = {QStringLiteral("1"),     QStringLiteral("19"),
                                QStringLiteral("198"),   QStringLiteral("1985"),
                                QStringLiteral("1985-"), QStringLiteral("1985-0"),
                                QString()};
    qsizetype i = 0;
    for (auto _ : state) {
        f.proxy.setSearchText(typing.at(i++ % typing.size()));
        QApplication::processEvents();
    }
}
BENCHMARK(BM_PatientListKeystrokeDate)->Unit(benchmark::kMillisecond);

// The largest change one keystroke can make: from every patient listed to a handful and
// back (typing the last character of a rare name, or clearing the field).
void BM_PatientListKeystrokeAllToFew(benchmark::State& state)
{
    Fixture& f = fixture();
    qsizetype i = 0;
    for (auto _ : state) {
        f.proxy.setSearchText(i++ % 2 ? QString() : QStringLiteral("müller an"));
        QApplication::processEvents();
    }
}
BENCHMARK(BM_PatientListKeystrokeAllToFew)->Unit(benchmark::kMillisecond);

} // namespace
