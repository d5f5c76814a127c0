// A stale edit of an exercise in the app: the editor sends the version it was opened on, a
// change saved meanwhile by another desk (another process on the same file) is never
// overwritten, and the conflict dialog lets the clinician reapply their change on top of it.
#include "ConflictDialog.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "exercises/ExerciseCommands.h"
#include "exercises/ExerciseEditorDialog.h"
#include "exercises/ExerciseLibrary.h"
#include "exercises/ExerciseLibraryView.h"
#include "storage/Database.h"
#include "storage/ExerciseRepository.h"
#include "support/ExerciseLibraryPageFixture.h"

#include "undo/StoreUndoStack.h"
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>

#include <gtest/gtest.h>

namespace gradus {
namespace {

class ExerciseConflictTest : public test::ExerciseLibraryPageTest
{
protected:
    // Another desk: its own connection to the same file, saving a new summary.
    void otherDeskChangesSummary(const QString& stableId, const QString& summary)
    {
        auto db = m_store.open();
        ASSERT_TRUE(db);
        Workspace other(std::move(db), m_clock);
        ExerciseRepository repository(other);
        auto e = repository.byStableId(stableId);
        ASSERT_TRUE(e);
        e->summary = summary;
        ASSERT_TRUE(repository.update(*e));
    }
};

} // namespace

TEST_F(ExerciseConflictTest, AStaleSaveIsRefusedAndNamesTheChange)
{
    const Exercise opened = stored(u"plank"_qs);
    ASSERT_GT(opened.version, 0);
    otherDeskChangesSummary(u"plank"_qs, u"Theirs."_qs);

    Exercise mine = opened;
    mine.name = u"Front plank"_qs;
    const Status st = ExerciseRepository(*m_workspace).update(mine);
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().kind(), ErrorKind::Conflict);
    EXPECT_TRUE(st.error().message.contains(u"summary"_qs)) << st.error().message.toStdString();
    const Exercise now = stored(u"plank"_qs);
    EXPECT_EQ(now.name, opened.name);
    EXPECT_EQ(now.summary, u"Theirs."_qs);
    EXPECT_EQ(now.version, opened.version + 1);
}

TEST_F(ExerciseConflictTest, TheEditorReappliesMyChangeOnTheOtherDesks)
{
    const Exercise plank = stored(u"plank"_qs);
    ASSERT_TRUE(m_view->selectExercise(plank.id));
    int conflictRows = -1;
    QString boldField;
    // The editor is open; another desk saves; then the clinician presses OK, sees the
    // conflict and applies their own change.
    QTimer::singleShot(0, [&] {
        auto* editor = qobject_cast<ExerciseEditorDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(editor, nullptr) << "no exercise editor";
        editor->findChild<QLineEdit*>(u"nameEdit"_qs)->setText(u"Front plank"_qs);
        otherDeskChangesSummary(u"plank"_qs, u"Theirs."_qs);
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr) << "no conflict dialog";
            conflictRows = dialog->table()->rowCount();
            for (int r = 0; r < conflictRows; ++r)
                if (dialog->table()->item(r, 0)->font().bold())
                    boldField = dialog->table()->item(r, 0)->text();
            dialog->findChild<QPushButton*>(u"applyMine"_qs)->click();
        });
        editor->accept();
    });
    m_view->editExercise();

    EXPECT_EQ(conflictRows, 2); // the name (mine) and the summary (theirs)
    EXPECT_TRUE(boldField.isEmpty()) << "no field was changed on both desks";
    const Exercise now = stored(u"plank"_qs);
    EXPECT_EQ(now.name, u"Front plank"_qs);
    EXPECT_EQ(now.summary, u"Theirs."_qs);
    EXPECT_EQ(now.version, plank.version + 2);
    // Undo takes back my change only; the other desk's summary stays.
    m_window->undoStack()->undo();
    EXPECT_EQ(stored(u"plank"_qs).name, plank.name);
    EXPECT_EQ(stored(u"plank"_qs).summary, u"Theirs."_qs);
}

TEST_F(ExerciseConflictTest, DiscardingKeepsTheOtherDesksVersion)
{
    const Exercise plank = stored(u"plank"_qs);
    Exercise mine = plank;
    mine.summary = u"Mine."_qs;
    otherDeskChangesSummary(u"plank"_qs, u"Theirs."_qs);
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr) << "no conflict dialog";
        EXPECT_TRUE(dialog->table()->item(0, 0)->font().bold()); // both changed the summary
        dialog->findChild<QPushButton*>(u"discardMine"_qs)->click();
    });
    const Status st = m_view->saveEdit(plank, mine);
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(stored(u"plank"_qs).summary, u"Theirs."_qs);
    EXPECT_EQ(m_window->undoStack()->count(), 0);
}

TEST_F(ExerciseConflictTest, UndoingAnEditNeverRevertsAnEditAnotherDeskMadeSince)
{
    const Exercise plank = stored(u"plank"_qs);
    Exercise mine = plank;
    mine.name = u"Front plank"_qs;
    ASSERT_TRUE(m_view->saveEdit(plank, mine));
    otherDeskChangesSummary(u"plank"_qs, u"Theirs."_qs);

    QSignalSpy failed(m_window->undoStack(), &StoreUndoStack::failed);
    // The main window says why the undo was refused.
    QString told;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr) << "no message about the refused undo";
        told = box->text();
        box->accept();
    });
    m_window->undoStack()->undo();
    EXPECT_TRUE(told.contains(u"could not be undone"_qs)) << told.toStdString();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed[0][1].value<Error>().kind(), ErrorKind::Conflict);
    // Nothing was put back: the other desk's summary and my name both stand.
    EXPECT_EQ(stored(u"plank"_qs).summary, u"Theirs."_qs);
    EXPECT_EQ(stored(u"plank"_qs).name, u"Front plank"_qs);
}

TEST_F(ExerciseConflictTest, UndoingANewExerciseKeepsItWhenAnotherDeskHasEditedIt)
{
    Exercise fresh = stored(u"plank"_qs);
    fresh.id = 0;
    fresh.stableId.clear();
    fresh.origin = ExerciseOrigin::Clinic;
    fresh.name = u"Wall plank"_qs;
    auto created = m_view->editing()->create(fresh, u"New Exercise"_qs);
    ASSERT_TRUE(created) << created.error().message.toStdString();
    const QString stableId = ExerciseRepository(*m_workspace).byId(*created)->stableId;
    otherDeskChangesSummary(stableId, u"Against the wall, for a weak core."_qs);

    QTimer::singleShot(0, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->accept();
    });
    QSignalSpy failed(m_window->undoStack(), &StoreUndoStack::failed);
    m_window->undoStack()->undo();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed[0][1].value<Error>().kind(), ErrorKind::Conflict);
    EXPECT_EQ(stored(stableId).summary, u"Against the wall, for a weak core."_qs);
}

} // namespace gradus
