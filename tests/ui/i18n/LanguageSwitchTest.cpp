// The UI language: View → Language rebuilds the main window in the chosen language and
// remembers the choice; the patient editor records the patient's handout language; the
// handout dialog starts in it; the exercise library shows built-in texts translated.
#include "MainWindow.h"
#include "Workspace.h"
#include "demo/DemoHandout.h"
#include "exercises/ExerciseLibrary.h"
#include "exercises/ExerciseListModel.h"
#include "handout/HandoutContent.h"
#include "handout/HandoutDialog.h"
#include "i18n/LanguageMenu.h"
#include "i18n/MainWindowHost.h"
#include "i18n/UiLanguageSetting.h"
#include "patients/PatientDialog.h"
#include "patients/PatientsPage.h"
#include "safety/RedFlagScreenDialog.h"
#include "services/HandoutAssembly.h"
#include "services/HandoutCheck.h"
#include "storage/PatientRepository.h"
#include "support/I18nFixture.h"
#include "support/TestStore.h"
#include "support/VisitFixtures.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QToolBar>

using namespace gradus;

namespace {

QStringList menuTitles(const MainWindow* window)
{
    QStringList titles;
    for (QAction* action : window->menuBar()->actions())
        titles << action->text();
    return titles;
}

class LanguageSwitchTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        auto db = m_store.open();
        ASSERT_TRUE(db);
        m_workspace = std::make_unique<Workspace>(std::move(db), m_clock);
    }
    void TearDown() override { QSettings().clear(); }

    test::ScopedI18nFixture m_fixture; // German menu texts whatever the shipped .ts holds
    test::TestStore m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace

TEST_F(LanguageSwitchTest, TheViewMenuOffersTheSystemLanguageAndEveryLanguageInItsOwnName)
{
    MainWindow window(*m_workspace);
    auto* menu = window.findChild<LanguageMenu*>(u"menuLanguage"_qs);
    ASSERT_NE(menu, nullptr);
    QStringList entries;
    for (QAction* action : menu->actions())
        if (!action->isSeparator())
            entries << action->text();
    ASSERT_EQ(entries.size(), 5);
    EXPECT_TRUE(entries[0].startsWith(u"System Language"_qs));
    EXPECT_EQ(entries.mid(1), (QStringList{u"English"_qs, u"Deutsch (German)"_qs,
                                           u"Français (French)"_qs, u"Español (Spanish)"_qs}));
    EXPECT_TRUE(window.findChild<QAction*>(u"actionLanguageSystem"_qs)->isChecked());
}

TEST_F(LanguageSwitchTest, ChoosingGermanRebuildsTheWindowInGermanAndIsRemembered)
{
    MainWindowHost host(*m_workspace);
    host.show();
    MainWindow* english = host.window();
    EXPECT_EQ(menuTitles(english).first(), u"&File"_qs);
    QSignalSpy replaced(&host, &MainWindowHost::windowReplaced);

    // As the user does it: View → Language → Deutsch.
    english->findChild<QAction*>(u"actionLanguage_de"_qs)->trigger();
    ASSERT_EQ(replaced.count(), 1);
    MainWindow* german = host.window();
    ASSERT_NE(german, english);
    EXPECT_TRUE(german->isVisible());
    EXPECT_EQ(menuTitles(german).first(), u"&Datei"_qs);
    EXPECT_TRUE(menuTitles(german).contains(u"&Ansicht"_qs));
    EXPECT_EQ(german->findChild<QMenu*>(u"menuLanguage"_qs)->title(), u"&Sprache"_qs);
    QStringList pages;
    for (QAction* action : german->findChild<QToolBar*>(u"navigationBar"_qs)->actions())
        pages << action->text().remove(u'&'); // the page titles carry menu accelerators
    EXPECT_TRUE(pages.contains(u"Patienten"_qs)) << pages.join(u", ").toStdString();
    EXPECT_EQ(Translations::current(), u"de"_qs);
    EXPECT_EQ(UiLanguageSetting::stored(), u"de"_qs);
    EXPECT_TRUE(german->findChild<QAction*>(u"actionLanguage_de"_qs)->isChecked());
    // Qt's own texts follow (qtbase_de.qm).
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_qs);

    // Back to the system's language (English here): the stored choice is forgotten.
    ASSERT_TRUE(host.switchLanguage(QString(), false));
    EXPECT_EQ(menuTitles(host.window()).first(), u"&File"_qs);
    EXPECT_TRUE(UiLanguageSetting::stored().isEmpty());
    EXPECT_EQ(Translations::current(), u"en"_qs);
}

TEST_F(LanguageSwitchTest, TheExerciseLibraryShowsBuiltInTextsInTheUiLanguage)
{
    ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
    test::ScopedLanguage german(u"de"_qs);
    ExerciseListModel model(*m_workspace);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.exerciseAt(row)->name;
    EXPECT_TRUE(names.contains(u"Gehen"_qs));
    EXPECT_FALSE(names.contains(u"Walking"_qs));
    EXPECT_TRUE(names.contains(u"Bird-dog"_qs)) << "untranslated ones stay English";
}

TEST_F(LanguageSwitchTest, ThePatientEditorRecordsTheHandoutLanguage)
{
    Patient patient;
    patient.givenName = u"Ines"_qs;
    patient.familyName = u"Example"_qs;
    patient.dateOfBirth = QDate(1980, 5, 1);
    patient.language = u"fr"_qs;
    PatientDialog dialog(*m_workspace, patient, [](const Patient&) { return Status(); });
    auto* combo = dialog.findChild<QComboBox*>(u"language"_qs);
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentData().toString(), u"fr"_qs);
    EXPECT_EQ(combo->count(), 5); // not recorded + four languages
    combo->setCurrentIndex(combo->findData(u"es"_qs));
    EXPECT_EQ(dialog.record().language, u"es"_qs);
    combo->setCurrentIndex(0);
    EXPECT_TRUE(dialog.record().language.isEmpty());
}

TEST_F(LanguageSwitchTest, TheHandoutDialogStartsInThePatientsLanguage)
{
    ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
    const qint64 id = test::insertPatient(m_workspace->db(), u"Cal"_qs, u"Printwell"_qs);
    auto patient = PatientRepository(*m_workspace).get(id);
    patient->language = u"es"_qs;
    ASSERT_TRUE(PatientRepository(*m_workspace).update(*patient));
    auto programme = demoHandoutProgramme(*m_workspace, id);
    ASSERT_TRUE(programme);
    auto content = HandoutAssembly::assemble(*m_workspace, *programme, {});
    ASSERT_TRUE(content);
    HandoutDialog dialog(*m_workspace, *content, applicationHandoutCheck(*programme));
    auto* combo = dialog.findChild<QComboBox*>(u"handoutLanguage"_qs);
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentData().toString(), u"es"_qs);
    EXPECT_EQ(dialog.language(), u"es"_qs);
    dialog.setLanguage(u"de"_qs);
    EXPECT_EQ(dialog.language(), u"de"_qs);
}

// The English plural forms (gradus_en.ts) are filed under the context tr() looks up at run
// time, the class's qualified name: lupdate run without the layers' include folders files
// them under "PatientsPage", where they are never found.
TEST(EnglishPluralFormsTest, ReachTheWidgets)
{
    EXPECT_EQ(QCoreApplication::translate(PatientsPage::staticMetaObject.className(),
                                          "Created %1 demo patients.", nullptr, 1),
              u"Created %1 demo patient."_qs);
    EXPECT_EQ(QCoreApplication::translate(PatientsPage::staticMetaObject.className(),
                                          "Created %1 demo patients.", nullptr, 80),
              u"Created %1 demo patients."_qs);
    EXPECT_EQ(QCoreApplication::translate(
                  RedFlagScreenDialog::staticMetaObject.className(),
                  "<b>%n red flag(s) ticked.</b> Record your decision and a note.", nullptr, 1),
              u"<b>1 red flag ticked.</b> Record your decision and a note."_qs);
}
