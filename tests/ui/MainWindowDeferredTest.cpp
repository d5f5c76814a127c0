// The window paints before the pages and tabs it does not show are built (DeferredWidget):
// they are built right after the first paint, or at once when the clinician reaches one
// first, and everything that reads them (Print, import) still finds them.
#include "DeferredWidget.h"
#include "MainMenus.h"
#include "MainWindow.h"
#include "WelcomeView.h"
#include "exercises/ExerciseLibrary.h"
#include "exercises/ExerciseLibraryView.h"
#include "history/RecordHistoryModel.h"
#include "history/RecordHistoryTab.h"
#include "pacing/PacingTab.h"
#include "patients/PatientView.h"
#include "patients/PatientsPage.h"
#include "programmes/ProgrammeBuilderView.h"
#include "programmes/ProgrammeTableModel.h"
#include "storage/ProgrammeRepository.h"
#include "storage/ProgrammeTemplateRepository.h"
#include "support/PatientUiFixture.h"
#include "visits/PatientProgressView.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTabWidget>
#include <QTest>

using namespace gradus;

namespace {

class MainWindowDeferredTest : public test::PatientUiTest
{
protected:
    void SetUp() override
    {
        PatientUiTest::SetUp();
        ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
        m_patient = addPatient(QStringLiteral("Ilse"), QStringLiteral("Fictional"),
                               QDate(1971, 3, 9), QStringLiteral("D-1"));
    }

    // How many of the views built after the first paint exist in `window`.
    static int built(MainWindow& window)
    {
        return int(window.findChildren<ExerciseLibraryView*>().size() +
                   window.findChildren<WelcomeView*>().size() +
                   window.findChildren<PatientProgressView*>().size() +
                   window.findChildren<ProgrammeBuilderView*>().size() +
                   window.findChildren<PacingTab*>().size() +
                   window.findChildren<RecordHistoryTab*>().size());
    }

    qint64 m_patient = 0;
};

} // namespace

TEST_F(MainWindowDeferredTest, TheHiddenViewsAreBuiltRightAfterTheFirstPaint)
{
    MainWindow window(*m_workspace);
    // Before the first paint: the pages and tabs are in place, with their names, but empty.
    EXPECT_EQ(built(window), 0);
    EXPECT_EQ(window.pages().size(), 3);
    EXPECT_NE(window.findChild<QAction*>(QStringLiteral("actionPageExerciseLibraryView")), nullptr);
    QTabWidget* tabs = window.findChild<PatientsPage*>()->patientView()->tabs();
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    EXPECT_EQ(titles.size(), 7) << titles.join(u',').toStdString();
    EXPECT_TRUE(titles.contains(QStringLiteral("&Programme")));
    const auto places = window.findChildren<DeferredWidget*>();
    EXPECT_EQ(places.size(), 6);

    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    // One per turn of the event loop after the first paint, so that input is not held up.
    QTRY_COMPARE_WITH_TIMEOUT(built(window), 6, 5000);
    for (DeferredWidget* place : places)
        EXPECT_TRUE(place->isBuilt()) << place->objectName().toStdString();
}

TEST_F(MainWindowDeferredTest, APageReachedBeforeItsTurnIsBuiltAtOnceAndAlone)
{
    MainWindow window(*m_workspace);
    window.show(); // no turn of the event loop yet: nothing deferred is built
    ASSERT_EQ(built(window), 0);
    window.findChild<QAction*>(QStringLiteral("actionPageExerciseLibraryView"))->trigger();
    auto* library = window.findChild<ExerciseLibraryView*>();
    ASSERT_NE(library, nullptr);
    EXPECT_TRUE(window.currentPage()->isAncestorOf(library));
    EXPECT_TRUE(library->isVisible());
    EXPECT_EQ(built(window), 1);
}

TEST_F(MainWindowDeferredTest, PrintAndATabTurnedToFindTheirViewsBeforeTheyWereBuilt)
{
    ProgrammeTemplateRepository templates(*m_workspace);
    ASSERT_TRUE(templates.ensureBuiltIns());
    const auto all = templates.list();
    ASSERT_TRUE(all);
    ASSERT_FALSE(all->isEmpty());
    auto programme = templates.apply(all->first().id, m_patient);
    ASSERT_TRUE(programme);
    ASSERT_TRUE(ProgrammeRepository(*m_workspace).activate(*programme));

    MainWindow window(*m_workspace);
    auto* page = window.findChild<PatientsPage*>();
    page->showPatient(m_patient);
    ASSERT_EQ(window.findChild<ProgrammeBuilderView*>(), nullptr);
    // The File menu asks whether there is a handout to print: the Programme tab is built and
    // brought to the patient to answer, although nobody turned to it.
    emit window.menus()->fileMenu()->aboutToShow();
    auto* builder = window.findChild<ProgrammeBuilderView*>();
    ASSERT_NE(builder, nullptr);
    EXPECT_EQ(builder->programmeId(), *programme);
    EXPECT_GT(builder->tableModel()->rowCount(), 0);
    EXPECT_TRUE(window.menus()->printHandout()->isEnabled());
    emit window.menus()->fileMenu()->aboutToHide();

    // Turning to a tab builds it and shows the patient at once.
    QTabWidget* tabs = page->patientView()->tabs();
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == QLatin1String("&History"))
            tabs->setCurrentIndex(i);
    auto* history = window.findChild<RecordHistoryTab*>();
    ASSERT_NE(history, nullptr);
    EXPECT_GT(history->model()->rowCount(), 0) << "the patient's record was created";
}
