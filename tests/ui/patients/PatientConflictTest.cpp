// A stale edit of a patient's details in the app: the conflict dialog shows the clinician's
// change beside the other desk's, and applying keeps both desks' changes; discarding writes
// nothing.
#include "ConflictDialog.h"
#include "patients/PatientEditor.h"
#include "patients/PatientMerge.h"
#include "patients/PatientView.h"
#include "support/PatientUiFixture.h"

#include "undo/StoreUndoStack.h"
#include <QApplication>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

#include <gtest/gtest.h>

namespace gradus {
namespace {

class PatientConflictTest : public test::PatientUiTest
{
protected:
    // Presses the named button of the conflict dialog as soon as it is shown.
    void answerConflictWith(const QString& button)
    {
        QTimer::singleShot(0, [this, button] {
            auto* dialog = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr) << "no conflict dialog";
            m_rows = dialog->table()->rowCount();
            dialog->findChild<QPushButton*>(button)->click();
        });
    }

    int m_rows = -1;
};

TEST_F(PatientConflictTest, ApplyingMyChangesKeepsTheOtherDesksToo)
{
    const qint64 id = addPatient(u"Rhea"_qs, u"Example"_qs, QDate(1988, 8, 8));
    StoreUndoStack stack;
    PatientEditor editor(*m_workspace, &stack);
    PatientView view(editor);
    view.setPatientId(id);
    const Patient opened = stored(id);

    Patient otherDesk = opened;
    otherDesk.email = u"rhea@example.org"_qs;
    ASSERT_TRUE(PatientRepository(*m_workspace).update(otherDesk));

    Patient mine = opened;
    mine.phone = u"07700 900888"_qs;
    answerConflictWith(u"applyMine"_qs);
    ASSERT_TRUE(view.saveEdit(opened, mine));
    EXPECT_EQ(m_rows, 2); // phone (mine) and e-mail (theirs)
    const Patient now = stored(id);
    EXPECT_EQ(now.phone, u"07700 900888"_qs);
    EXPECT_EQ(now.email, u"rhea@example.org"_qs);
}

TEST_F(PatientConflictTest, DiscardingWritesNothing)
{
    const qint64 id = addPatient(u"Ivo"_qs, u"Example"_qs, QDate(1979, 2, 2));
    StoreUndoStack stack;
    PatientEditor editor(*m_workspace, &stack);
    PatientView view(editor);
    view.setPatientId(id);
    const Patient opened = stored(id);
    Patient otherDesk = opened;
    otherDesk.notes = u"theirs"_qs;
    ASSERT_TRUE(PatientRepository(*m_workspace).update(otherDesk));

    Patient mine = opened;
    mine.notes = u"<b>mine</b>"_qs;
    answerConflictWith(u"discardMine"_qs);
    const Status st = view.saveEdit(opened, mine);
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(stored(id).notes, u"theirs"_qs);
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(PatientConflictTest, DialogShowsBothSidesAsPlainText)
{
    Patient base;
    base.givenName = u"Una"_qs;
    base.familyName = u"Example"_qs;
    Patient mine = base;
    mine.notes = u"<b>bold?</b>"_qs;
    Patient theirs = base;
    theirs.notes = u"theirs"_qs;
    ConflictDialog dialog(u"Patient 1 was changed by someone."_qs,
                          PatientMerge::rows(base, mine, theirs));
    ASSERT_EQ(dialog.table()->rowCount(), 1);
    EXPECT_EQ(dialog.table()->item(0, 2)->text(), u"<b>bold?</b>"_qs);
    EXPECT_EQ(dialog.table()->item(0, 3)->text(), u"theirs"_qs);
    EXPECT_TRUE(dialog.table()->item(0, 0)->font().bold());
}

} // namespace
} // namespace gradus
