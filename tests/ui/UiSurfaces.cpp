#include "UiSurfaces.h"

#include "AboutDialog.h"
#include "MainWindow.h"
#include "OpenDatabaseDialog.h"
#include "Workspace.h"
#include "demo/DemoClinic.h"
#include "demo/DemoHandout.h"
#include "exchange/CalendarExportDialog.h"
#include "exchange/FhirExportDialog.h"
#include "exchange/ImportProgrammeDialog.h"
#include "exchange/OutcomesExportDialog.h"
#include "exchange/ProgrammeExportDialog.h"
#include "exchange/RestoreBackupDialog.h"
#include "exercises/ExerciseEditorDialog.h"
#include "exercises/ExerciseLibrary.h"
#include "exercises/ExerciseLibraryView.h"
#include "handout/HandoutDialog.h"
#include "help/UserGuideWindow.h"
#include "pacing/PacingPlanDialog.h"
#include "patients/ConditionDialog.h"
#include "patients/EpisodeDialog.h"
#include "patients/ErasePatientDialog.h"
#include "patients/PatientDialog.h"
#include "patients/PatientView.h"
#include "patients/PatientsPage.h"
#include "programmes/DoseDialog.h"
#include "safety/RedFlagDecisionDialog.h"
#include "safety/RedFlagScreenDialog.h"
#include "safety/SafetyOverrideDialog.h"
#include "services/HandoutAssembly.h"
#include "services/HandoutCheck.h"
#include "services/StoreSummary.h"
#include "settings/DeskSettings.h"
#include "settings/PreferencesDialog.h"
#include "storage/EpisodeRepository.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeTemplateRepository.h"
#include "storage/RedFlagRepository.h"
#include "visits/MeasureDialog.h"
#include "visits/VisitDialog.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QTabWidget>
#include <QTemporaryDir>

#include <memory>

namespace gradus::test {
namespace {

// The first demo patient with an open episode, given a programme and an unresolved red flag,
// so that every part of the patient view has something to show.
qint64 preparePatient(Workspace& ws)
{
    EXPECT_TRUE(DemoClinic::create(ws, 12));
    const auto patients = PatientRepository(ws).list(false);
    qint64 chosen = patients->first().id;
    for (const Patient& p : *patients) {
        auto open = EpisodeRepository(ws).openEpisode(p.id);
        if (open && open->has_value()) {
            chosen = p.id;
            break;
        }
    }
    ProgrammeTemplateRepository templates(ws);
    (void)templates.ensureBuiltIns();
    const auto list = templates.list(); // kept alive for the loop
    for (const ProgrammeTemplate& t : *list)
        if (t.stableId == QLatin1String("sciatica_friendly_start"))
            (void)templates.apply(t.id, chosen);
    RedFlagScreen screen;
    screen.patientId = chosen;
    screen.date = ws.clock().today();
    screen.clinician = QStringLiteral("Sam Okafor");
    screen.flags = {QStringLiteral("night_pain")};
    EXPECT_TRUE(RedFlagRepository(ws).record(screen));
    return chosen;
}

void show(const QString& name, QWidget* widget,
          const std::function<void(const QString&, QWidget*)>& visit)
{
    widget->show();
    QApplication::processEvents();
    visit(name, widget);
}

// A dialog, visited once per tab when it has tabs, then deleted.
void showDialog(const QString& name, QWidget* dialog,
                const std::function<void(const QString&, QWidget*)>& visit)
{
    std::unique_ptr<QWidget> owner(dialog);
    dialog->show();
    QApplication::processEvents();
    if (auto* tabs = dialog->findChild<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            visit(name + QStringLiteral(" / ") + tabs->tabText(i), dialog);
        }
        return;
    }
    visit(name, dialog);
}

} // namespace

void forEachSurface(Workspace& ws,
                    const std::function<void(const QString& name, QWidget* surface)>& visit)
{
    EXPECT_TRUE(ExerciseLibrary::ensureLoaded(ws));
    const qint64 patientId = preparePatient(ws);
    const Patient patient = *PatientRepository(ws).get(patientId);

    {
        MainWindow window(ws);
        window.buildDeferred();
        window.resize(1280, 800);
        auto* patients = window.findChild<PatientsPage*>();
        window.showPage(patients);
        show(QStringLiteral("Patients page"), &window, visit);
        patients->showPatient(patientId);
        QTabWidget* tabs = patients->patientView()->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            visit(QStringLiteral("Patient tab ") + tabs->tabText(i), &window);
        }
        auto* exercises = window.findChild<ExerciseLibraryView*>();
        window.showPage(exercises);
        exercises->selectExercise(QStringLiteral("bird_dog"));
        QApplication::processEvents();
        visit(QStringLiteral("Exercises page"), &window);
        exercises->setTableMode(true);
        QApplication::processEvents();
        visit(QStringLiteral("Exercises page (table)"), &window);
        window.showPage(window.pages().last());
        QApplication::processEvents();
        visit(QStringLiteral("Welcome page"), &window);
    }

    const auto noSave = [](const auto&) { return Status(); };
    showDialog(QStringLiteral("New patient"), new PatientDialog(ws, Patient(), noSave), visit);
    showDialog(QStringLiteral("Edit patient"), new PatientDialog(ws, patient, noSave), visit);
    Episode episode;
    episode.patientId = patientId;
    showDialog(QStringLiteral("Episode"), new EpisodeDialog(ws, episode, noSave), visit);
    Condition condition;
    condition.code = QStringLiteral("pregnancy");
    showDialog(QStringLiteral("Condition"), new ConditionDialog(ws, condition, noSave), visit);
    showDialog(QStringLiteral("Erase patient"), new ErasePatientDialog(patient, 1, 2), visit);
    const auto plank = ExerciseRepository(ws).byStableId(QStringLiteral("plank"));
    showDialog(QStringLiteral("Exercise editor"), new ExerciseEditorDialog(*plank, noSave), visit);
    Prescription prescription;
    prescription.exerciseId = plank->id;
    prescription.dose = plank->dose;
    showDialog(QStringLiteral("Dose"), new DoseDialog(plank->name, prescription), visit);
    PlanParameters plan;
    plan.toleranceAttempts = {10, 12, 11};
    plan.goal = 30;
    plan.start = ws.clock().today();
    showDialog(QStringLiteral("Pacing plan"), new PacingPlanDialog(QStringLiteral("Walking"), plan),
               visit);
    showDialog(QStringLiteral("Keep despite a finding"),
               new SafetyOverrideDialog(plank->name, QStringLiteral("Avoid in acute sciatica"),
                                        QStringLiteral("Sam Okafor")),
               visit);
    showDialog(QStringLiteral("Red-flag screen"),
               new RedFlagScreenDialog(patientId, 54, ws.settings(), QStringLiteral("Sam Okafor")),
               visit);
    const auto screen = RedFlagRepository(ws).latest(patientId);
    showDialog(QStringLiteral("Red-flag decision"),
               new RedFlagDecisionDialog(ws, **screen, QStringLiteral("Sam Okafor")), visit);
    showDialog(QStringLiteral("Record visit"),
               new VisitDialog(VisitDialog::Mode::Record, ws.clock()), visit);
    for (Instrument instrument : {Instrument::Odi, Instrument::Rmdq, Instrument::Psfs}) {
        auto* dialog =
            new MeasureDialog(MeasureDialog::Mode::Record, ws.clock(), {},
                              [](std::optional<qint64>) { return QList<PsfsActivity>(); });
        dialog->setInstrument(instrument);
        showDialog(QStringLiteral("Measure ") + Instruments::shortName(instrument), dialog, visit);
    }
    auto programme = demoHandoutProgramme(ws, patientId);
    auto content = HandoutAssembly::assemble(ws, *programme, {});
    showDialog(QStringLiteral("Handout"),
               new HandoutDialog(ws, *content, [](Workspace&, qint64) { return Status(); }), visit);
    QTemporaryDir dir;
    DeskSettings desk(dir.filePath(QStringLiteral("desk.conf")));
    showDialog(QStringLiteral("Preferences"), new PreferencesDialog(ws, desk), visit);
    showDialog(QStringLiteral("Open database"), new OpenDatabaseDialog(ws.db().location()), visit);
    showDialog(QStringLiteral("About"), new AboutDialog(StoreSummary::of(ws)), visit);
    showDialog(QStringLiteral("User guide"), new UserGuideWindow, visit);
    showDialog(QStringLiteral("Export FHIR"), new FhirExportDialog(ws, patientId), visit);
    showDialog(QStringLiteral("Export programme"), new ProgrammeExportDialog(ws, patientId), visit);
    showDialog(QStringLiteral("Calendar reminders"), new CalendarExportDialog(ws, programme->id),
               visit);
    showDialog(QStringLiteral("Export outcomes"), new OutcomesExportDialog(ws), visit);
    showDialog(QStringLiteral("Import programme"), new ImportProgrammeDialog(ws, patientId), visit);
    showDialog(QStringLiteral("Restore backup"),
               new RestoreBackupDialog(ws, [](const QString&) { return true; }), visit);
}

} // namespace gradus::test
