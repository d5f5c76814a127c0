// Saves screenshots of the main views into a folder so that anyone can look at the app
// without a display: `cmake --build build --target screenshots`. Each feature adds its shots
// to the table below: a file name and a function that brings the window to that state.
#include "MainWindow.h"
#include "PacingShots.h"
#include "VisitScreenshots.h"
#include "Workspace.h"
#include "log/Logging.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace gradus;

namespace {

struct Shot
{
    QString file;
    // Prepares the window (and data) for the picture; returns the widget to grab.
    std::function<QWidget*(MainWindow&, Workspace&)> prepare;
};

QList<Shot> shots()
{
    return {
        {QStringLiteral("main-window.png"), [](MainWindow& w, Workspace&) { return &w; }},
        {QStringLiteral("pacing-schedule.png"), [](MainWindow& w, Workspace&) { return pacingShots::pacingSchedule(&w); }},
        {QStringLiteral("pacing-review-proposal.png"), [](MainWindow& w, Workspace&) { return pacingShots::reviewProposal(&w); }},
        {QStringLiteral("pacing-review-override.png"), [](MainWindow& w, Workspace&) { return pacingShots::reviewOverride(&w); }},
        {QStringLiteral("patient-progress.png"), shotPatientProgress},
        {QStringLiteral("patient-progress-measures.png"), shotPatientProgressMeasures},
        {QStringLiteral("patient-progress-charts.png"), shotPatientProgressCharts},
        {QStringLiteral("visit-record-dialog.png"), shotRecordVisitDialog},
        {QStringLiteral("visit-amend-dialog.png"), shotAmendVisitDialog},
        {QStringLiteral("measure-dialog-odi.png"), shotMeasureDialogOdi},
        {QStringLiteral("measure-dialog-rmdq.png"), shotMeasureDialogRmdq},
        {QStringLiteral("measure-dialog-psfs.png"), shotMeasureDialogPsfs},
    };
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GradusScreenshots"));
    logging::initializeSilent();

    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(outDir);
    QTemporaryDir tmp;
    auto db = Database::open(DatabaseLocation::sqliteFile(tmp.filePath(QStringLiteral("screens.sqlite"))));
    if (!db) {
        QTextStream(stderr) << db.error().message << Qt::endl;
        return 1;
    }
    // A fixed date keeps pictures comparable from run to run.
    ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
    Workspace workspace(std::move(*db), clock);

    int failures = 0;
    for (const Shot& shot : shots()) {
        MainWindow window(workspace);
        window.resize(1280, 800);
        window.show();
        QWidget* target = shot.prepare(window, workspace);
        QApplication::processEvents();
        const QString file = QDir(outDir).filePath(shot.file);
        if (!target || !target->grab().save(file)) {
            QTextStream(stderr) << "could not write " << file << Qt::endl;
            ++failures;
            continue;
        }
        QTextStream(stdout) << file << Qt::endl;
    }
    return failures == 0 ? 0 : 1;
}
