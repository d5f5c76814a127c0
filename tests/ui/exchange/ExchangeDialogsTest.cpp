// The export, import and restore dialogs in real windows on a real store: what they show
// before writing, what they write, and what they refuse.
#include "exchange/CalendarExportDialog.h"
#include "exchange/ExchangeActions.h"
#include "exchange/FhirExportDialog.h"
#include "exchange/ImportProgrammeDialog.h"
#include "exchange/OutcomesExportDialog.h"
#include "exchange/ProgrammeExportDialog.h"
#include "exchange/RestoreBackupDialog.h"

#include "MainWindow.h"
#include "demo/DemoVisits.h"
#include "exchange/ProgrammeExchange.h"
#include "exercises/ExerciseLibrary.h"
#include "patients/PatientsPage.h"
#include "programmes/ProgrammeBuilderView.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/ProgrammeTemplateRepository.h"
#include "support/PatientUiFixture.h"
#include "support/QtPrinters.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>

using namespace gradus;

namespace {

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class ExchangeDialogsTest : public test::PatientUiTest
{
protected:
    void SetUp() override
    {
        PatientUiTest::SetUp();
        ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
        m_patient = addPatient(QStringLiteral("Noor"), QStringLiteral("Fictional"),
                               QDate(1979, 6, 1), QStringLiteral("K-7"));
        ASSERT_TRUE(addDemoVisits(*m_workspace, m_patient, 5));
        ProgrammeTemplateRepository templates(*m_workspace);
        ASSERT_TRUE(templates.ensureBuiltIns());
        const auto all = templates.list();
        ASSERT_TRUE(all);
        for (const ProgrammeTemplate& t : *all)
            if (t.stableId == QLatin1String("sciatica_friendly_start"))
                m_programme = *templates.apply(t.id, m_patient);
        ASSERT_GT(m_programme, 0);
        ASSERT_TRUE(ProgrammeRepository(*m_workspace).activate(m_programme));
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    qint64 m_patient = 0;
    qint64 m_programme = 0;
};

} // namespace

TEST_F(ExchangeDialogsTest, FhirExportShowsWhatGoesInAndWritesTheBundle)
{
    FhirExportDialog dialog(*m_workspace, m_patient);
    dialog.show();
    const QString patient = dialog.findChild<QLabel*>(QStringLiteral("fhirPatient"))->text();
    EXPECT_TRUE(patient.contains(QStringLiteral("Noor Fictional"))) << patient.toStdString();
    EXPECT_TRUE(patient.contains(QStringLiteral("K-7")));
    const QString contents = dialog.findChild<QLabel*>(QStringLiteral("fhirContents"))->text();
    EXPECT_TRUE(contents.contains(QStringLiteral("Active programmes: 1")))
        << contents.toStdString();
    EXPECT_TRUE(dialog.pathField()->text().endsWith(QStringLiteral(".json")));

    dialog.pathField()->setText(path(QStringLiteral("noor.json")));
    dialog.authorField()->setText(QStringLiteral("Sam Okafor"));
    ASSERT_TRUE(dialog.exportNow()) << dialog.statusLabel()->text().toStdString();
    const QJsonObject bundle =
        QJsonDocument::fromJson(read(path(QStringLiteral("noor.json")))).object();
    EXPECT_EQ(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
    EXPECT_TRUE(read(path(QStringLiteral("noor.json"))).contains("Sam Okafor"));
    EXPECT_EQ(QFile::permissions(path(QStringLiteral("noor.json"))) & 0x0077, 0);

    // A file that already exists is not replaced because a name was typed.
    FhirExportDialog again(*m_workspace, m_patient);
    again.pathField()->setText(path(QStringLiteral("noor.json")));
    EXPECT_FALSE(again.exportNow());
    EXPECT_TRUE(again.statusLabel()->text().contains(QStringLiteral("already exists")));
}

TEST_F(ExchangeDialogsTest, ProgrammeExportListsProgrammesAndTemplates)
{
    ProgrammeExportDialog dialog(*m_workspace, m_patient, m_programme);
    dialog.show();
    QComboBox* source = dialog.sourceCombo();
    EXPECT_EQ(source->currentData().toLongLong(), m_programme);
    EXPECT_TRUE(source->currentText().contains(QStringLiteral("(active)")));
    bool templates = false;
    for (int i = 0; i < source->count(); ++i)
        templates = templates || source->itemText(i).startsWith(QStringLiteral("Template: "));
    EXPECT_TRUE(templates);
    EXPECT_TRUE(dialog.preview()->toPlainText().contains(QStringLiteral("Walking")));
    dialog.pathField()->setText(path(QStringLiteral("programme.json")));
    ASSERT_TRUE(dialog.exportNow()) << dialog.statusLabel()->text().toStdString();
    auto document = ProgrammeExchange::parse(read(path(QStringLiteral("programme.json"))),
                                             QStringLiteral("programme.json"));
    ASSERT_TRUE(document) << document.error().message.toStdString();
    EXPECT_EQ(document->name, QStringLiteral("Sciatica-friendly start"));
}

TEST_F(ExchangeDialogsTest, CalendarDialogListsTheRemindersItWillWrite)
{
    CalendarExportDialog dialog(*m_workspace, m_programme);
    dialog.show();
    const QString summary = dialog.summary()->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("Walking: every day at"))) << summary.toStdString();
    dialog.firstHour()->setValue(7);
    EXPECT_TRUE(dialog.summary()->text().contains(QStringLiteral("at 07:00")));
    dialog.pathField()->setText(path(QStringLiteral("reminders.ics")));
    ASSERT_TRUE(dialog.exportNow()) << dialog.statusLabel()->text().toStdString();
    EXPECT_TRUE(read(path(QStringLiteral("reminders.ics"))).startsWith("BEGIN:VCALENDAR\r\n"));
}

// The reminders are for the patient: the dialog says which language they are written in and
// why, and lists them in it.
TEST_F(ExchangeDialogsTest, CalendarDialogNamesThePatientsLanguage)
{
    {
        CalendarExportDialog english(*m_workspace, m_programme);
        const auto* language = english.findChild<QLabel*>(QStringLiteral("calendarLanguage"));
        ASSERT_TRUE(language);
        EXPECT_TRUE(language->text().contains(QStringLiteral("no preferred language")))
            << language->text().toStdString();
    }
    auto patient = PatientRepository(*m_workspace).get(m_patient);
    ASSERT_TRUE(patient);
    patient->language = QStringLiteral("es");
    ASSERT_TRUE(PatientRepository(*m_workspace).update(*patient));

    CalendarExportDialog dialog(*m_workspace, m_programme);
    dialog.show();
    const auto* language = dialog.findChild<QLabel*>(QStringLiteral("calendarLanguage"));
    ASSERT_TRUE(language);
    EXPECT_TRUE(language->text().contains(QStringLiteral("Español")))
        << language->text().toStdString();
    EXPECT_TRUE(language->text().contains(QStringLiteral("preferred language")));
    EXPECT_TRUE(dialog.summary()->text().contains(QStringLiteral("Caminar")))
        << dialog.summary()->text().toStdString();
    dialog.pathField()->setText(path(QStringLiteral("recordatorios.ics")));
    ASSERT_TRUE(dialog.exportNow()) << dialog.statusLabel()->text().toStdString();
    EXPECT_TRUE(QString::fromUtf8(read(path(QStringLiteral("recordatorios.ics"))))
                    .contains(QStringLiteral("Caminar")));

    FhirExportDialog fhir(*m_workspace, m_patient);
    const auto* texts = fhir.findChild<QLabel*>(QStringLiteral("fhirLanguage"));
    ASSERT_TRUE(texts);
    EXPECT_TRUE(texts->text().contains(QStringLiteral("Español")));

    // For looking at: GRADUS_SCREENSHOT_DIR=/tmp/shots writes the dialog.
    const QString shots = qEnvironmentVariable("GRADUS_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QCoreApplication::processEvents();
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("calendar-dialog-language.png")));
        fhir.show();
        QCoreApplication::processEvents();
        fhir.grab().save(QDir(shots).filePath(QStringLiteral("fhir-dialog-language.png")));
    }
}

TEST_F(ExchangeDialogsTest, OutcomesDialogDeidentifies)
{
    OutcomesExportDialog dialog(*m_workspace);
    dialog.show();
    dialog.deidentifyBox()->setChecked(true);
    EXPECT_TRUE(dialog.pathField()->text().contains(QStringLiteral("research")));
    dialog.pathField()->setText(path(QStringLiteral("research.csv")));
    ASSERT_TRUE(dialog.exportNow());
    const QByteArray csv = read(path(QStringLiteral("research.csv")));
    EXPECT_TRUE(csv.startsWith("\"study_id\""));
    EXPECT_FALSE(csv.contains("K-7"));
}

TEST_F(ExchangeDialogsTest, ImportShowsTheProblemOrThePreviewAndTheFindings)
{
    auto episode = EpisodeRepository(*m_workspace).openEpisode(m_patient);
    ASSERT_TRUE(episode && episode->has_value());
    Condition sciatica;
    sciatica.episodeId = (*episode)->id;
    sciatica.code = QStringLiteral("sciatica");
    ASSERT_TRUE(ConditionRepository(*m_workspace).add(sciatica));

    ImportProgrammeDialog dialog(*m_workspace, m_patient);
    dialog.show();
    dialog.setFile(
        QStringLiteral(GRADUS_UI_TEST_DATA_DIR "/exchange/broken/dose-above-limit.json"));
    EXPECT_TRUE(dialog.problemLabel()->isVisible());
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("field 'dose'")));
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    EXPECT_FALSE(dialog.importNow());

    dialog.setFile(QStringLiteral(GRADUS_UI_TEST_DATA_DIR "/exchange/programme-v1.json"));
    EXPECT_FALSE(dialog.problemLabel()->isVisible());
    EXPECT_TRUE(dialog.preview()->toPlainText().contains(QStringLiteral("Bird-dog")));
    EXPECT_TRUE(dialog.preview()->toPlainText().contains(QStringLiteral("Wall plank")));
    ASSERT_TRUE(dialog.importButton()->isEnabled());
    qint64 shown = 0;
    QObject::connect(&dialog, &ImportProgrammeDialog::programmeImported,
                     [&shown](qint64, qint64 id) { shown = id; });
    ASSERT_TRUE(dialog.importNow());
    ASSERT_TRUE(dialog.report());
    EXPECT_EQ(shown, dialog.report()->programmeId);
    auto draft = ProgrammeRepository(*m_workspace).get(shown);
    ASSERT_TRUE(draft);
    EXPECT_EQ(draft->status, ProgrammeStatus::Draft);
    EXPECT_EQ(draft->patientId, m_patient);

    // Into a template instead.
    ImportProgrammeDialog asTemplate(*m_workspace, 0);
    asTemplate.setFile(QStringLiteral(GRADUS_UI_TEST_DATA_DIR "/exchange/programme-v1.json"));
    ASSERT_TRUE(asTemplate.importNow());
    EXPECT_GT(asTemplate.report()->templateId, 0);
}

TEST_F(ExchangeDialogsTest, RestoreChecksOpensTheCopyAndNeverTouchesTheDatabaseInUse)
{
    const QString backup = path(QStringLiteral("backup.sqlite"));
    ASSERT_TRUE(m_workspace->db().backupTo(backup));
    QStringList opened;
    RestoreBackupDialog dialog(*m_workspace, [&opened](const QString& p) {
        opened << p;
        return true;
    });
    dialog.show();
    EXPECT_TRUE(dialog.targetField()->text().contains(QStringLiteral("gradus-restored-")));
    dialog.setBackup(backup);
    EXPECT_TRUE(dialog.summary()->text().contains(QStringLiteral("1 patients")))
        << dialog.summary()->text().toStdString();
    ASSERT_TRUE(dialog.restoreButton()->isEnabled());

    dialog.targetField()->setText(m_store.location().filePath);
    EXPECT_FALSE(dialog.restoreNow());
    EXPECT_TRUE(dialog.statusLabel()->text().contains(QStringLiteral("in use")));

    const QString target = path(QStringLiteral("restored.sqlite"));
    dialog.targetField()->setText(target);
    ASSERT_TRUE(dialog.restoreNow()) << dialog.statusLabel()->text().toStdString();
    EXPECT_TRUE(QFile::exists(target));
    EXPECT_EQ(opened, QStringList{QFileInfo(target).absoluteFilePath()});

    const QString junk = path(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("no backup here");
    f.close();
    dialog.setBackup(junk);
    EXPECT_FALSE(dialog.restoreButton()->isEnabled());
    EXPECT_TRUE(dialog.statusLabel()->text().contains(QStringLiteral("not a Gradus backup")));
}

TEST_F(ExchangeDialogsTest, TheFileMenuHasExportImportAndRestore)
{
    MainWindow window(*m_workspace);
    QMenu* file = window.menuBar()->findChild<QMenu*>(QStringLiteral("menuFile"));
    ASSERT_TRUE(file);
    QStringList names;
    for (QAction* a : file->actions())
        names << (a->menu() ? a->menu()->objectName() : a->objectName());
    const qsizetype exportAt = names.indexOf(QStringLiteral("menuExport"));
    ASSERT_GE(exportAt, 0) << names.join(u' ').toStdString();
    EXPECT_LT(exportAt, names.indexOf(QStringLiteral("actionQuit")));
    EXPECT_GE(names.indexOf(QStringLiteral("actionImportProgramme")), 0);
    EXPECT_GE(names.indexOf(QStringLiteral("actionRestoreBackup")), 0);
    auto* fhir = window.findChild<QAction*>(QStringLiteral("actionExportFhir"));
    ASSERT_TRUE(fhir);
    EXPECT_FALSE(fhir->isEnabled()) << "no patient is shown yet";
}

TEST_F(ExchangeDialogsTest, FileImportProgrammeShowsTheNewDraftInTheBuilder)
{
    MainWindow window(*m_workspace);
    window.show();
    auto* page = window.findChild<PatientsPage*>();
    ASSERT_TRUE(page);
    page->showPatient(m_patient);
    auto* import = window.findChild<QAction*>(QStringLiteral("actionImportProgramme"));
    ASSERT_TRUE(import);

    // The menu action opens the modal dialog; the clinician picks a file and imports.
    qint64 imported = 0;
    QTimer::singleShot(0, [&imported] {
        auto* dialog = qobject_cast<ImportProgrammeDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        dialog->setFile(QStringLiteral(GRADUS_UI_TEST_DATA_DIR "/exchange/programme-v1.json"));
        if (dialog->importNow())
            imported = dialog->report()->programmeId;
        dialog->reject();
    });
    import->trigger();
    ASSERT_GT(imported, 0);
    // The Programme tab is built after the window's first paint, or by the import if it
    // comes first; either way it shows the new draft.
    auto* builder = window.findChild<ProgrammeBuilderView*>();
    ASSERT_TRUE(builder);
    EXPECT_EQ(builder->versionCombo()->currentData().toLongLong(), imported)
        << builder->versionCombo()->currentText().toStdString();
    EXPECT_TRUE(builder->versionCombo()->currentText().contains(QStringLiteral("draft"),
                                                                Qt::CaseInsensitive))
        << builder->versionCombo()->currentText().toStdString();
}
