#include "screenshots/VisitScreenshots.h"

#include "MainWindow.h"
#include "Workspace.h"
#include "demo/DemoVisits.h"
#include "report/ProgressReport.h"
#include "storage/MeasureRepository.h"
#include "storage/VisitRepository.h"
#include "visits/MeasureDialog.h"
#include "visits/MeasureForm.h"
#include "visits/PatientProgressView.h"
#include "visits/ProgressChartsWidget.h"
#include "visits/VisitDialog.h"

#include "undo/StoreUndoStack.h"
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>

namespace gradus {
namespace {

// One fictional patient with an open episode and demo visits, shared by the shots.
qint64 demoPatient(Workspace& ws)
{
    static qint64 id = 0;
    if (id > 0)
        return id;
    const QString now = ws.clock().now().toUTC().toString(Qt::ISODate);
    auto patient = ws.db().insert(
        QStringLiteral("INSERT INTO patient (given_name, family_name, date_of_birth, search_text, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {QStringLiteral("Ruth"), QStringLiteral("Example"), QStringLiteral("1968-04-12"),
         QStringLiteral("ruth example"), now, now});
    if (!patient)
        return 0;
    (void)ws.db().insert(QStringLiteral("INSERT INTO episode (patient_id, complaint, opened_on, "
                                        "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
                         {*patient, QStringLiteral("Low back pain with right-sided sciatica"),
                          ws.clock().today().addDays(-60).toString(Qt::ISODate), now, now});
    (void)ws.settings().setValue(ClinicSettings::Key::ClinicName,
                                 QStringLiteral("Riverside Physiotherapy (demo)"));
    if (!addDemoVisits(ws, *patient, 20261121))
        return 0;
    // One corrected visit, so the history shows what an amendment looks like.
    VisitRepository visits(ws);
    const QList<Visit> list = *visits.listForPatient(*patient);
    VisitRecord corrected = list.at(2).record;
    corrected.painNow = std::max(0, corrected.painNow - 1);
    corrected.painExercise = std::max(0, corrected.painExercise.value_or(3) - 1);
    (void)visits.amend(list.at(2).id, corrected, QStringLiteral("Jo Example"),
                       QStringLiteral("Scores copied from the wrong line of the diary"));
    id = *patient;
    return id;
}

PatientProgressView* progressWindow(MainWindow& window, Workspace& ws)
{
    auto* view = new PatientProgressView(ws, window.undoStack(), &window);
    view->setWindowFlag(Qt::Window);
    view->setWindowTitle(QStringLiteral("Gradus \u2013 progress"));
    view->setClinicianName(QStringLiteral("Jo Example"));
    view->resize(1440, 920);
    view->setPatient(demoPatient(ws));
    view->show();
    return view;
}

QList<Visit> demoVisits(Workspace& ws)
{
    auto visits = VisitRepository(ws).listForPatient(demoPatient(ws));
    return visits ? *visits : QList<Visit>();
}

MeasureDialog* measureDialog(MainWindow& window, Workspace& ws, Instrument instrument)
{
    const qint64 patient = demoPatient(ws);
    auto* dialog = new MeasureDialog(
        MeasureDialog::Mode::Record, ws.clock(), demoVisits(ws),
        [&ws, patient](std::optional<qint64> episode) {
            auto named = MeasureRepository(ws).psfsActivities(patient, episode);
            return named ? *named : QList<PsfsActivity>();
        },
        &window);
    dialog->setClinician(QStringLiteral("Jo Example"));
    dialog->setInstrument(instrument);
    dialog->setVisit(demoVisits(ws).last().id);
    return dialog;
}

} // namespace

QWidget* shotPatientProgress(MainWindow& window, Workspace& ws)
{
    PatientProgressView* view = progressWindow(window, ws);
    // The amended visit selected, so its history is on screen.
    const QList<Visit> visits = demoVisits(ws);
    view->selectVisit(visits.at(2).id);
    // The report that "Save Progress Report as PDF…" writes, beside the pictures.
    const QString dir = QCoreApplication::arguments().value(1, QStringLiteral("screenshots"));
    const QString pdf = QDir(dir).filePath(QStringLiteral("progress-report.pdf"));
    QFile::remove(pdf);
    if (auto st = view->saveReport(pdf); !st)
        QTextStream(stderr) << st.error().message << Qt::endl;
    else
        QTextStream(stdout) << pdf << Qt::endl;
    return view;
}

QWidget* shotPatientProgressMeasures(MainWindow& window, Workspace& ws)
{
    PatientProgressView* view = progressWindow(window, ws);
    view->findChild<QTabWidget*>(QStringLiteral("recordTabs"))->setCurrentIndex(1);
    view->measureTable()->selectRow(0);
    return view;
}

QWidget* shotPatientProgressCharts(MainWindow& window, Workspace& ws)
{
    // Every chart at once (the view scrolls them): the charts widget itself.
    PatientProgressView* view = progressWindow(window, ws);
    QApplication::processEvents();
    return view->charts();
}

QWidget* shotRecordVisitDialog(MainWindow& window, Workspace& ws)
{
    auto* dialog = new VisitDialog(VisitDialog::Mode::Record, ws.clock(), &window);
    VisitRecord r = dialog->record();
    r.clinician = QStringLiteral("Jo Example");
    r.painNow = 3;
    r.painBest = 4; // a typing slip the form catches: best above worst
    r.painWorst = 2;
    r.painExercise = 2;
    r.painNextMorning = 3;
    r.activityMinutes = 45;
    r.activityLabel = QStringLiteral("walking");
    r.sessionsDone = 6;
    r.sessionsPlanned = 5;
    r.legSymptoms = LegSymptoms::Centralising;
    dialog->setRecord(r);
    dialog->show();
    return dialog;
}

QWidget* shotAmendVisitDialog(MainWindow& window, Workspace& ws)
{
    auto* dialog = new VisitDialog(VisitDialog::Mode::Amend, ws.clock(), &window);
    const Visit visit = demoVisits(ws).last();
    dialog->setRecord(visit.record);
    dialog->setAmendedBy(QStringLiteral("Jo Example"));
    dialog->findChild<QSpinBox*>(QStringLiteral("painNowSpin"))->setValue(visit.record.painNow + 1);
    dialog->findChild<QLineEdit*>(QStringLiteral("reasonEdit"))
        ->setText(QStringLiteral("Patient corrected her score after the session"));
    dialog->show();
    return dialog;
}

QWidget* shotMeasureDialogOdi(MainWindow& window, Workspace& ws)
{
    MeasureDialog* dialog = measureDialog(window, ws, Instrument::Odi);
    MeasureAnswers a{2, 1, 3, 1, 2, 2, 1, std::nullopt, 1, 2};
    dialog->form()->setAnswers(a);
    dialog->show();
    return dialog;
}

QWidget* shotMeasureDialogRmdq(MainWindow& window, Workspace& ws)
{
    MeasureDialog* dialog = measureDialog(window, ws, Instrument::Rmdq);
    MeasureAnswers a(24, 0);
    for (int i : {1, 2, 5, 10, 17, 20})
        a[i] = 1;
    dialog->form()->setAnswers(a);
    dialog->show();
    return dialog;
}

QWidget* shotMeasureDialogPsfs(MainWindow& window, Workspace& ws)
{
    MeasureDialog* dialog = measureDialog(window, ws, Instrument::Psfs);
    dialog->form()->setAnswers({8, 7, 9});
    dialog->show();
    return dialog;
}

} // namespace gradus
