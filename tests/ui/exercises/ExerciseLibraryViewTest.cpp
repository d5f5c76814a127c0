// The library browser page in a real main window: showing an exercise, filtering, and the
// clinic's edits going through the shared undo stack.
#include "exercises/ExerciseLibraryView.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "exercises/ExerciseCommands.h"
#include "exercises/ExerciseDetailPane.h"
#include "exercises/ExerciseEditorDialog.h"
#include "exercises/ExerciseFilterModel.h"
#include "exercises/ExerciseLibrary.h"
#include "exercises/ExerciseListModel.h"
#include "storage/ExerciseRepository.h"
#include "support/ExerciseLibraryPageFixture.h"
#include "support/TableAway.h"

#include <gtest/gtest.h>

#include "undo/StoreUndoStack.h"
#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>

using namespace gradus;

namespace {

using ExerciseLibraryViewTest = test::ExerciseLibraryPageTest;

} // namespace

TEST_F(ExerciseLibraryViewTest, IsAPageOfTheMainWindow)
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionPageExerciseLibraryView"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->iconText(), QStringLiteral("Exercises"));
    EXPECT_TRUE(m_window->currentPage()->isAncestorOf(m_view));
    auto* grid = m_view->findChild<QListView*>(QStringLiteral("exerciseGrid"));
    ASSERT_NE(grid, nullptr);
    EXPECT_GE(grid->model()->rowCount(), 40);
    EXPECT_TRUE(grid->dragEnabled());
}

TEST_F(ExerciseLibraryViewTest, ALibraryThatCannotBeReadIsNeverShownAsEmpty)
{
    auto* problem = m_view->findChild<QLabel*>(QStringLiteral("problem"));
    ASSERT_NE(problem, nullptr);
    EXPECT_FALSE(problem->isVisibleTo(m_view));
    {
        test::TableAway exercises(m_workspace->db(), QStringLiteral("exercise"));
        ASSERT_TRUE(exercises.away());
        m_view->listModel()->reload();
    }
    EXPECT_EQ(m_view->listModel()->rowCount(), 0);
    EXPECT_TRUE(problem->isVisibleTo(m_view));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("could not be read")))
        << problem->text().toStdString();
    // For looking at: GRADUS_SCREENSHOT_DIR=/tmp/shots writes the page.
    if (const QString shots = qEnvironmentVariable("GRADUS_SCREENSHOT_DIR"); !shots.isEmpty())
        m_view->grab().save(shots + QStringLiteral("/exercise-library-unreadable.png"));

    m_view->listModel()->reload();
    EXPECT_GE(m_view->listModel()->rowCount(), 40);
    EXPECT_FALSE(problem->isVisibleTo(m_view));
}

TEST_F(ExerciseLibraryViewTest, ShowsTheChosenExerciseAndFollowsLinks)
{
    ASSERT_TRUE(m_view->selectExercise(QStringLiteral("modified_plank")));
    const QString text = m_view->detailPane()->text();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Plank on knees")));
    EXPECT_TRUE(text.contains(QStringLiteral("Lie on your front and rest on your forearms")));
    EXPECT_TRUE(text.contains(QStringLiteral("Stop and tell your physiotherapist if")));
    EXPECT_TRUE(text.contains(QStringLiteral("5 × 10 s hold")));
    EXPECT_TRUE(text.contains(QStringLiteral("Harder: Plank")));
    emit m_view->detailPane()->exerciseLinkActivated(QStringLiteral("plank"));
    EXPECT_EQ(m_view->currentExerciseId(), stored(QStringLiteral("plank")).id);
}

TEST_F(ExerciseLibraryViewTest, FilterWidgetsNarrowTheGrid)
{
    auto* grid = m_view->findChild<QListView*>(QStringLiteral("exerciseGrid"));
    auto* category = m_view->findChild<QComboBox*>(QStringLiteral("categoryFilter"));
    auto* search = m_view->findChild<QLineEdit*>(QStringLiteral("exerciseSearch"));
    ASSERT_TRUE(grid && category && search);
    const int all = grid->model()->rowCount();
    category->setCurrentIndex(category->findData(int(ExerciseCategory::Stretch)));
    EXPECT_EQ(grid->model()->rowCount(), 5);
    search->setText(QStringLiteral("belt"));
    EXPECT_EQ(grid->model()->rowCount(), 1);
    search->clear();
    category->setCurrentIndex(0);
    EXPECT_EQ(grid->model()->rowCount(), all);
}

TEST_F(ExerciseLibraryViewTest, CreatingIsUndoableAndRedoKeepsTheId)
{
    Exercise e = stored(QStringLiteral("walking"));
    e.id = 0;
    e.stableId.clear();
    e.origin = ExerciseOrigin::Clinic;
    e.name = QStringLiteral("Walking with poles");
    auto id = m_view->editing()->create(e, QStringLiteral("New exercise"));
    ASSERT_TRUE(id) << id.error().message.toStdString();
    EXPECT_EQ(undo()->count(), 1);
    EXPECT_EQ(stored(QStringLiteral("clinic_walking_with_poles")).id, *id);

    undo()->undo();
    EXPECT_FALSE(ExerciseRepository(*m_workspace).byId(*id));
    EXPECT_EQ(m_view->listModel()->rowOf(*id), -1);
    undo()->redo();
    EXPECT_EQ(ExerciseRepository(*m_workspace).byId(*id)->name,
              QStringLiteral("Walking with poles"));
    EXPECT_GE(m_view->listModel()->rowOf(*id), 0);
}

TEST_F(ExerciseLibraryViewTest, ARefusedChangeIsNotOnTheStack)
{
    Exercise bad = stored(QStringLiteral("walking"));
    bad.id = 0;
    bad.stableId.clear();
    bad.name = QStringLiteral("Broken link");
    bad.progressions = {QStringLiteral("nowhere")};
    auto id = m_view->editing()->create(bad, QStringLiteral("New exercise"));
    ASSERT_FALSE(id);
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("nowhere")));
    EXPECT_EQ(undo()->count(), 0);
}

TEST_F(ExerciseLibraryViewTest, EditingABuiltInIsUndoable)
{
    Exercise plank = stored(QStringLiteral("plank"));
    ASSERT_TRUE(m_view->selectExercise(plank.id));
    Exercise changed = plank;
    changed.dose.holdSeconds = 25;
    ASSERT_TRUE(m_view->editing()->edit(changed));
    EXPECT_TRUE(stored(QStringLiteral("plank")).edited);
    EXPECT_TRUE(m_view->detailPane()->text().contains(QStringLiteral("25 s hold")));
    EXPECT_TRUE(m_view->detailPane()->text().contains(QStringLiteral("edited by the clinic")));

    undo()->undo();
    EXPECT_FALSE(stored(QStringLiteral("plank")).edited);
    EXPECT_EQ(stored(QStringLiteral("plank")).dose.holdSeconds, plank.dose.holdSeconds);
    EXPECT_TRUE(m_view->detailPane()->text().contains(QStringLiteral("10 s hold")));
    undo()->redo();
    EXPECT_EQ(stored(QStringLiteral("plank")).dose.holdSeconds, 25);
    EXPECT_TRUE(stored(QStringLiteral("plank")).edited);
}

TEST_F(ExerciseLibraryViewTest, RetireAndPictureAreUndoable)
{
    const Exercise situp = stored(QStringLiteral("sit_up"));
    ASSERT_TRUE(m_view->selectExercise(situp.id));
    auto* retire = m_view->findChild<QAction*>(QStringLiteral("actionRetireExercise"));
    ASSERT_NE(retire, nullptr);
    EXPECT_EQ(retire->text(), QStringLiteral("Retire"));
    retire->trigger();
    EXPECT_TRUE(stored(QStringLiteral("sit_up")).retired);
    EXPECT_FALSE(m_view->selectExercise(situp.id)) << "retired ones leave the default list";
    undo()->undo();
    EXPECT_FALSE(stored(QStringLiteral("sit_up")).retired);
    EXPECT_TRUE(m_view->selectExercise(situp.id));

    QImage photo(20, 10, QImage::Format_RGB32);
    photo.fill(Qt::blue);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    photo.save(&buffer, "PNG");
    ASSERT_TRUE(m_view->editing()->setPicture(situp.id, png, QStringLiteral("image/png")));
    EXPECT_EQ(stored(QStringLiteral("sit_up")).image, png);
    auto* removePicture =
        m_view->findChild<QAction*>(QStringLiteral("actionRemoveExercisePicture"));
    EXPECT_TRUE(removePicture->isEnabled());
    undo()->undo();
    EXPECT_FALSE(stored(QStringLiteral("sit_up")).hasImage());
    EXPECT_FALSE(removePicture->isEnabled());
    // The undone retire was dropped when the picture change came after it.
    EXPECT_EQ(undo()->count(), 1);
}

TEST_F(ExerciseLibraryViewTest, TheEditorKeepsBadInputAndSaysWhy)
{
    int saves = 0;
    Exercise blank;
    blank.name = QStringLiteral("Something new");
    ExerciseEditorDialog dialog(blank, [&saves](const Exercise&) {
        ++saves;
        return Status();
    });
    dialog.accept(); // no steps yet
    EXPECT_EQ(saves, 0);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("instructions")))
        << dialog.errorText().toStdString();

    dialog.instructionsEdit()->setPlainText(QStringLiteral("Stand tall.\n\n  Reach up.  \n"));
    dialog.repsSpin()->setValue(12);
    dialog.categoryCombo()->setCurrentIndex(
        dialog.categoryCombo()->findData(int(ExerciseCategory::Strength)));
    dialog.accept();
    EXPECT_EQ(saves, 1);
    const Exercise e = dialog.exercise();
    EXPECT_EQ(e.instructions,
              (QStringList{QStringLiteral("Stand tall."), QStringLiteral("Reach up.")}));
    EXPECT_EQ(e.dose.reps, 12);
    EXPECT_EQ(e.category, ExerciseCategory::Strength);
    EXPECT_EQ(e.properties.spinalMovements, QList<SpinalMovement>{SpinalMovement::Neutral});

    // When the store refuses, the dialog stays open with the store's reason.
    ExerciseEditorDialog refused(e, [](const Exercise&) {
        return Status(Error{QStringLiteral("x"), QStringLiteral("The database is read-only.")});
    });
    refused.accept();
    EXPECT_EQ(refused.errorText(), QStringLiteral("The database is read-only."));
}
