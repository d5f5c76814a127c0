// Saves screenshots of the main views into a folder so that anyone can look at the app
// without a display: `cmake --build build --target screenshots`. Each feature adds its shots
// to the table below: a file name and a function that brings the window to that state.
#include "ConflictDialog.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "demo/DemoClinic.h"
#include "exercises/ExerciseDetailPane.h"
#include "exercises/ExerciseEditorDialog.h"
#include "exercises/ExerciseLibrary.h"
#include "exercises/ExerciseLibraryView.h"
#include "exercises/ExerciseMerge.h"
#include "i18n/Translations.h"
#include "illustration/ExercisePicture.h"
#include "log/Logging.h"
#include "patients/ConditionDialog.h"
#include "patients/EpisodesTab.h"
#include "patients/ErasePatientDialog.h"
#include "patients/PatientDialog.h"
#include "patients/PatientMerge.h"
#include "patients/PatientView.h"
#include "patients/PatientsPage.h"
#include "programmes/DoseCellEditor.h"
#include "programmes/ProgrammeBuilderView.h"
#include "programmes/ProgrammeTableModel.h"
#include "screenshots/DesktopShots.h"
#include "screenshots/ExchangeShots.h"
#include "screenshots/PacingShots.h"
#include "screenshots/SafetyShots.h"
#include "screenshots/VisitScreenshots.h"
#include "storage/ConditionRepository.h"
#include "storage/Database.h"
#include "storage/EpisodeRepository.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/ProgrammeTemplateRepository.h"

#include <QSpinBox>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>

#include <functional>

using namespace gradus;

namespace {

struct Shot
{
    QString file;
    // Prepares the window (and data) for the picture; returns the widget to grab.
    std::function<QWidget*(MainWindow&, Workspace&)> prepare;
};

// The demo clinic, created once for all patient shots (as a user would from the app).
void ensureDemoPatients(Workspace& ws)
{
    // Other shots may have added a patient or two of their own; the demo clinic is larger.
    if (*PatientRepository(ws).count(true) < 20)
        (void)DemoClinic::create(ws, 80);
}

// A demo patient whose open episode has sciatica and at least one more active condition:
// the profile a clinician most needs to see at a glance.
qint64 interestingPatient(Workspace& ws)
{
    const auto patients = PatientRepository(ws).list(false);
    for (const Patient& p : *patients) {
        auto open = EpisodeRepository(ws).openEpisode(p.id);
        if (!open || !open->has_value())
            continue;
        const auto active = ConditionRepository(ws).active((*open)->id);
        bool sciatica = false;
        for (const Condition& c : *active)
            sciatica = sciatica || c.code == QLatin1String("sciatica");
        if (sciatica && active->size() >= 3)
            return p.id;
    }
    return patients->isEmpty() ? 0 : patients->first().id;
}

QWidget* showPatients(MainWindow& w, Workspace& ws, int tab, const QString& search = {})
{
    ensureDemoPatients(ws);
    auto* page = w.findChild<PatientsPage*>();
    w.showPage(page);
    page->showPatient(interestingPatient(ws));
    if (!search.isEmpty())
        page->searchField()->setText(search);
    page->patientView()->tabs()->setCurrentIndex(tab);
    return &w;
}

// The exercise library page with one exercise chosen.
ExerciseLibraryView* exercisePage(MainWindow& w, const QString& stableId)
{
    auto* page = w.findChild<ExerciseLibraryView*>();
    if (!page)
        return nullptr;
    w.showPage(page);
    page->selectExercise(stableId);
    return page;
}

// Every exercise's thumbnail with its name, to judge the drawings side by side.
QWidget* contactSheet(MainWindow& w, Workspace& ws)
{
    auto all = ExerciseRepository(ws).list();
    if (!all)
        return nullptr;
    const int columns = 8, cellW = 240, picH = 180, cellH = picH + 26;
    const int rows = int((all->size() + columns - 1) / columns);
    QImage sheet(columns * cellW, rows * cellH, QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    for (int i = 0; i < all->size(); ++i) {
        const QRectF cell((i % columns) * cellW, (i / columns) * cellH, cellW, cellH);
        ExercisePicture::paint(painter, all->at(i), cell.adjusted(4, 4, -4, -(cellH - picH) - 2));
        painter.setPen(QColor(0x2c, 0x3e, 0x50));
        painter.drawText(cell.adjusted(2, picH, -2, 0), Qt::AlignHCenter | Qt::AlignTop,
                         all->at(i).name);
        painter.setPen(QColor(0xdd, 0xdd, 0xdd));
        painter.drawRect(cell.adjusted(0, 0, -1, -1));
    }
    painter.end();
    auto* label = new QLabel(&w, Qt::Window);
    label->setPixmap(QPixmap::fromImage(sheet));
    label->resize(sheet.size());
    label->show();
    return label;
}

// The programme builder on a wide screen (1600 px), to compare with the 1280 px shot: the
// columns fitted to the width should then give one line per exercise.
QWidget* shotProgrammeBuilderWide(MainWindow& w, Workspace& ws)
{
    ensureDemoPatients(ws);
    const qint64 patient = interestingPatient(ws);
    ProgrammeTemplateRepository templates(ws);
    (void)templates.ensureBuiltIns();
    auto existing = ProgrammeRepository(ws).forPatient(patient);
    const auto all = templates.list();
    if (existing && existing->isEmpty() && all)
        for (const ProgrammeTemplate& t : *all)
            if (t.stableId == QLatin1String("sciatica_friendly_start"))
                (void)templates.apply(t.id, patient);
    w.resize(1600, 900);
    auto* builder = w.findChild<ProgrammeBuilderView*>();
    showPatients(w, ws, 0);
    builder->setPatient(patient);
    w.findChild<PatientsPage*>()->patientView()->showTab(builder);
    builder->table()->selectRow(1);
    return &w;
}

// The builder at 1280 px with the dose of the second exercise being edited in place (the
// compact dose editor over its row), the repetitions field focused as after one Tab.
QWidget* shotProgrammeBuilderInlineDose(MainWindow& w, Workspace& ws)
{
    QWidget* shown = shotProgrammeBuilderWide(w, ws);
    w.resize(1280, 800);
    auto* builder = w.findChild<ProgrammeBuilderView*>();
    QApplication::processEvents();
    QTableView* table = builder->table();
    const QModelIndex dose = table->model()->index(1, ProgrammeTableModel::DoseColumn);
    table->setCurrentIndex(dose);
    table->edit(dose);
    if (auto* editor = table->viewport()->findChild<DoseCellEditor*>())
        editor->repsField()->setFocus(Qt::TabFocusReason);
    return shown;
}

QList<Shot> shots()
{
    return {
        {QStringLiteral("main-window.png"), [](MainWindow& w, Workspace&) { return &w; }},
        {QStringLiteral("pacing-schedule.png"),
         [](MainWindow& w, Workspace&) { return pacingShots::pacingSchedule(&w); }},
        {QStringLiteral("pacing-review-proposal.png"),
         [](MainWindow& w, Workspace&) { return pacingShots::reviewProposal(&w); }},
        {QStringLiteral("pacing-review-override.png"),
         [](MainWindow& w, Workspace&) { return pacingShots::reviewOverride(&w); }},
        {QStringLiteral("pacing-tab.png"), pacingShots::pacingTab},
        {QStringLiteral("pacing-review-after-visit.png"), pacingShots::reviewAfterVisit},
        {QStringLiteral("patient-progress.png"), shotPatientProgress},
        {QStringLiteral("patient-progress-measures.png"), shotPatientProgressMeasures},
        {QStringLiteral("patient-progress-charts.png"), shotPatientProgressCharts},
        {QStringLiteral("visit-record-dialog.png"), shotRecordVisitDialog},
        {QStringLiteral("visit-amend-dialog.png"), shotAmendVisitDialog},
        {QStringLiteral("measure-dialog-odi.png"), shotMeasureDialogOdi},
        {QStringLiteral("measure-dialog-rmdq.png"), shotMeasureDialogRmdq},
        {QStringLiteral("measure-dialog-psfs.png"), shotMeasureDialogPsfs},
        {QStringLiteral("red-flag-screen-dialog.png"), shotRedFlagDialog},
        {QStringLiteral("red-flag-banner.png"), shotRedFlagBanner},
        {QStringLiteral("red-flag-decision-dialog.png"), shotRedFlagDecisionDialog},
        {QStringLiteral("red-flag-history.png"), shotRedFlagHistory},
        {QStringLiteral("programme-builder-safety.png"), shotBuilderSafety},
        {QStringLiteral("programme-builder-unknown-onset.png"), shotBuilderUnknownOnset},
        {QStringLiteral("safety-keep-dialog.png"), shotKeepDialog},
        {QStringLiteral("patients-details.png"),
         [](MainWindow& w, Workspace& ws) { return showPatients(w, ws, 0); }},
        {QStringLiteral("patients-episodes.png"),
         [](MainWindow& w, Workspace& ws) { return showPatients(w, ws, 1); }},
        {QStringLiteral("patients-visits-tab.png"),
         [](MainWindow& w, Workspace& ws) { return showPatients(w, ws, 2); }},
        {QStringLiteral("patients-history.png"),
         [](MainWindow& w, Workspace& ws) { return showPatients(w, ws, 6); }},
        {QStringLiteral("patient-conflict-dialog.png"),
         [](MainWindow& w, Workspace&) -> QWidget* {
             Patient base;
             base.givenName = QStringLiteral("Nikos");
             base.familyName = QStringLiteral("Georgiou");
             base.phone = QStringLiteral("07700 900123");
             base.notes = QStringLiteral("Prefers morning appointments.");
             Patient mine = base;
             mine.phone = QStringLiteral("07700 900456");
             mine.notes = QStringLiteral("Prefers morning appointments; drives, parks at rear.");
             Patient theirs = base;
             theirs.email = QStringLiteral("n.georgiou@example.org");
             theirs.notes = QStringLiteral("Prefers afternoon appointments from May.");
             auto* dialog = new ConflictDialog(
                 QStringLiteral("Patient 68 was changed by reception at 04/12/2026 09:12 (email, "
                                "notes) after you read it (you edited version 3; it is now "
                                "version 4). Nothing was written: read it again and make your "
                                "change on the new version."),
                 PatientMerge::rows(base, mine, theirs), &w);
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->show();
             return dialog;
         }},
        {QStringLiteral("exercise-conflict-dialog.png"),
         [](MainWindow& w, Workspace& ws) -> QWidget* {
             auto plank = ExerciseRepository(ws).byStableId(QStringLiteral("plank"));
             if (!plank)
                 return nullptr;
             Exercise mine = *plank;
             mine.dose.holdSeconds = 20;
             mine.summary = QStringLiteral("Trunk endurance; start on the knees if needed.");
             Exercise theirs = *plank;
             theirs.summary = QStringLiteral("Trunk endurance held in a straight line.");
             theirs.stopIf << QStringLiteral("Your back pain spreads into your leg.");
             auto* dialog = new ConflictDialog(
                 QStringLiteral("Exercise 12 was changed by a.osei at 04/12/2026 10:40 (summary, "
                                "stop_if) after you read it (you edited version 1; it is now "
                                "version 2). Nothing was written: read it again and make your "
                                "change on the new version."),
                 ExerciseMerge::rows(*plank, mine, theirs), &w);
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->show();
             return dialog;
         }},
        {QStringLiteral("programme-builder.png"),
         [](MainWindow& w, Workspace& ws) -> QWidget* {
             ensureDemoPatients(ws);
             ProgrammeTemplateRepository templates(ws);
             (void)templates.ensureBuiltIns();
             const qint64 patient = interestingPatient(ws);
             const auto all = templates.list();
             if (!all)
                 return nullptr;
             for (const ProgrammeTemplate& t : *all)
                 if (t.stableId == QLatin1String("sciatica_friendly_start"))
                     (void)templates.apply(t.id, patient);
             auto* builder = w.findChild<ProgrammeBuilderView*>();
             showPatients(w, ws, 0);
             builder->setPatient(patient);
             w.findChild<PatientsPage*>()->patientView()->showTab(builder);
             builder->table()->selectRow(1);
             return &w;
         }},
        {QStringLiteral("programme-builder-1600.png"), shotProgrammeBuilderWide},
        {QStringLiteral("programme-builder-inline-dose.png"), shotProgrammeBuilderInlineDose},
        {QStringLiteral("patients-search.png"),
         [](MainWindow& w, Workspace& ws) {
             return showPatients(w, ws, 0, QStringLiteral("mul"));
         }},
        {QStringLiteral("patient-dialog-invalid.png"),
         [](MainWindow& w, Workspace& ws) -> QWidget* {
             ensureDemoPatients(ws);
             Patient p;
             p.givenName = QStringLiteral("Zoë");
             p.clinicNumber = QStringLiteral("DEMO-000001");
             p.email = QStringLiteral("zoe at example");
             auto* dialog = new PatientDialog(ws, p, {}, &w);
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             auto* dob = dialog->findChild<QLineEdit*>(QStringLiteral("dob"));
             dob->setText(QStringLiteral("2031-02-30"));
             dialog->show();
             dialog->accept(); // refused: shows the problems at the fields
             dialog->adjustSize();
             return dialog;
         }},
        {QStringLiteral("condition-dialog.png"),
         [](MainWindow& w, Workspace& ws) -> QWidget* {
             ensureDemoPatients(ws);
             Condition c;
             c.code = QStringLiteral("pregnancy");
             c.amount = 24;
             auto* dialog = new ConditionDialog(ws, c, {}, &w);
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->show();
             dialog->adjustSize();
             return dialog;
         }},
        {QStringLiteral("erase-dialog.png"),
         [](MainWindow& w, Workspace& ws) -> QWidget* {
             ensureDemoPatients(ws);
             auto patient = PatientRepository(ws).get(interestingPatient(ws));
             auto* dialog = new ErasePatientDialog(*patient, 2, 5, &w);
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->show();
             dialog->adjustSize();
             return dialog;
         }},
        {QStringLiteral("exercise-library.png"),
         [](MainWindow& w, Workspace&) -> QWidget* {
             return exercisePage(w, QStringLiteral("bird_dog")) ? &w : nullptr;
         }},
        {QStringLiteral("exercise-library-table.png"),
         [](MainWindow& w, Workspace&) -> QWidget* {
             auto* page = exercisePage(w, QStringLiteral("dead_bug"));
             if (!page)
                 return nullptr;
             page->setTableMode(true);
             return &w;
         }},
        {QStringLiteral("exercise-detail.png"),
         [](MainWindow& w, Workspace&) -> QWidget* {
             auto* page = exercisePage(w, QStringLiteral("glute_bridge"));
             if (!page)
                 return nullptr;
             // The whole pane, not only the part the scroll area shows.
             QWidget* pane = page->detailPane();
             pane->resize(560, pane->heightForWidth(560) > 0 ? pane->heightForWidth(560)
                                                             : pane->sizeHint().height());
             return pane;
         }},
        {QStringLiteral("exercise-editor.png"),
         [](MainWindow& w, Workspace& ws) -> QWidget* {
             auto plank = ExerciseRepository(ws).byStableId(QStringLiteral("plank"));
             if (!plank)
                 return nullptr;
             auto* dialog = new ExerciseEditorDialog(
                 *plank, [](const Exercise&) { return Status(); }, &w);
             dialog->show();
             return dialog;
         }},
        {QStringLiteral("exercise-contact-sheet.png"), contactSheet},
        {QStringLiteral("preferences-clinic.png"),
         [](MainWindow& w, Workspace& ws) { return desktopShots::preferences(w, ws, 0); }},
        {QStringLiteral("preferences-handouts.png"),
         [](MainWindow& w, Workspace& ws) { return desktopShots::preferences(w, ws, 1); }},
        {QStringLiteral("preferences-pacing.png"),
         [](MainWindow& w, Workspace& ws) { return desktopShots::preferences(w, ws, 2); }},
        {QStringLiteral("preferences-desk.png"),
         [](MainWindow& w, Workspace& ws) { return desktopShots::preferences(w, ws, 3); }},
        {QStringLiteral("menu-file.png"),
         [](MainWindow& w, Workspace& ws) { return desktopShots::openMenu(w, ws, "menuFile"); }},
        {QStringLiteral("menu-edit.png"),
         [](MainWindow& w, Workspace& ws) { return desktopShots::openMenu(w, ws, "menuEdit"); }},
        {QStringLiteral("menu-view.png"),
         [](MainWindow& w, Workspace& ws) { return desktopShots::openMenu(w, ws, "menuView"); }},
        {QStringLiteral("menu-help.png"),
         [](MainWindow& w, Workspace& ws) { return desktopShots::openMenu(w, ws, "menuHelp"); }},
        {QStringLiteral("open-database.png"), desktopShots::openDatabase},
        {QStringLiteral("user-guide.png"), desktopShots::userGuide},
        {QStringLiteral("dark-patients.png"), desktopShots::darkPalette},
        {QStringLiteral("dark-programme.png"),
         [](MainWindow& w, Workspace& ws) {
             desktopShots::darkPalette(w, ws);
             return shotBuilderSafety(w, ws);
         }},
        {QStringLiteral("dark-visits.png"),
         [](MainWindow& w, Workspace& ws) {
             desktopShots::darkPalette(w, ws);
             return shotPatientProgressCharts(w, ws);
         }},
        {QStringLiteral("exchange-fhir-export.png"), exchangeShots::fhirExport},
        {QStringLiteral("exchange-programme-export.png"), exchangeShots::programmeExport},
        {QStringLiteral("exchange-calendar-export.png"), exchangeShots::calendarExport},
        {QStringLiteral("exchange-outcomes-export.png"), exchangeShots::outcomesExport},
        {QStringLiteral("exchange-import-preview.png"), exchangeShots::importPreview},
        {QStringLiteral("exchange-import-problem.png"), exchangeShots::importProblem},
        {QStringLiteral("exchange-import-done.png"), exchangeShots::importDone},
        {QStringLiteral("exchange-restore-backup.png"), exchangeShots::restoreBackup},
    };
}

// The pictures of the user guide (docs/guide/LANGUAGE/images) and of the AppStream metadata,
// in the language given: the main views at 1400 x 900, the dialogs and menus they explain.
QList<Shot> guideShots()
{
    const QStringList wanted = {QStringLiteral("patients-details.png"),
                                QStringLiteral("programme-builder-safety.png"),
                                QStringLiteral("patient-progress-charts.png"),
                                QStringLiteral("pacing-tab.png"),
                                QStringLiteral("visit-record-dialog.png"),
                                QStringLiteral("red-flag-screen-dialog.png"),
                                QStringLiteral("exercise-library.png"),
                                QStringLiteral("preferences-clinic.png"),
                                QStringLiteral("preferences-pacing.png"),
                                QStringLiteral("menu-file.png"),
                                QStringLiteral("open-database.png"),
                                QStringLiteral("dark-patients.png")};
    // The metainfo's names for the four it shows (packaging/*.metainfo.xml.in).
    const QHash<QString, QString> renamed = {
        {QStringLiteral("patients-details.png"), QStringLiteral("patients.png")},
        {QStringLiteral("programme-builder-safety.png"), QStringLiteral("programme.png")},
        {QStringLiteral("patient-progress-charts.png"), QStringLiteral("visits.png")},
        {QStringLiteral("pacing-tab.png"), QStringLiteral("pacing.png")}};
    QList<Shot> list;
    for (const Shot& shot : shots())
        if (wanted.contains(shot.file))
            list.append({renamed.value(shot.file, shot.file), shot.prepare});
    return list;
}

} // namespace

// gradus-screenshots OUTDIR                  every shot, for developers to look at
// gradus-screenshots --guide LANGUAGE OUTDIR  the user guide's and the metainfo's pictures in
//                                            LANGUAGE (en, de, fr, es), and handout.pdf
int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GradusScreenshots"));
    logging::initializeSilent();

    QStringList args = QApplication::arguments().mid(1);
    QString language;
    const bool guide = args.value(0) == QLatin1String("--guide");
    if (guide) {
        language = args.value(1);
        args = args.mid(2);
        if (language.isEmpty()) {
            QTextStream(stderr) << "usage: gradus-screenshots --guide LANGUAGE OUTDIR" << Qt::endl;
            return 2;
        }
    } else {
        // A second argument names the language of the pictures (de, fr, es; English
        // otherwise), so that readers of each language can judge its views.
        language = args.value(1, QStringLiteral("en"));
    }
    // The language's words and its dates; English with British dates.
    Translations::apply(language);
    if (Translations::current() == QLatin1String("en"))
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    const QString outDir = args.value(0, QStringLiteral("screenshots"));
    QDir().mkpath(outDir);
    QTemporaryDir tmp;
    auto db = Database::open(
        DatabaseLocation::sqliteFile(tmp.filePath(QStringLiteral("screens.sqlite"))));
    if (!db) {
        QTextStream(stderr) << db.error().message << Qt::endl;
        return 1;
    }
    // A fixed date keeps pictures comparable from run to run.
    ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
    Workspace workspace(std::move(*db), clock);
    if (auto library = ExerciseLibrary::ensureLoaded(workspace); !library) {
        QTextStream(stderr) << library.error().message << Qt::endl;
        return 1;
    }

    const QPalette palette = QApplication::palette();
    int failures = 0;
    for (const Shot& shot : guide ? guideShots() : shots()) {
        QApplication::setPalette(palette); // a dark shot leaves nothing behind
        MainWindow window(workspace);
        window.buildDeferred();
        window.resize(guide ? QSize(1400, 900) : QSize(1280, 800));
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
    QApplication::setPalette(palette);
    const QString handout = QDir(outDir).filePath(QStringLiteral("handout.pdf"));
    if (desktopShots::handoutWithLogo(workspace, handout))
        QTextStream(stdout) << handout << Qt::endl;
    else
        ++failures;
    return failures == 0 ? 0 : 1;
}
