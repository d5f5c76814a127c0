// Editing a prescription in place in the programme builder's table, on a real SQLite store
// with the shipped exercise library and the real view: the dose editor opened on the Dose
// cell (edit(), F2, typing a digit), Tab between its fields, Enter storing one undoable edit,
// Escape storing nothing, a dose the validator refuses kept out of the store with its message,
// Side through a combo box, Note through a line edit, an active version getting a new draft,
// and no editor on a superseded version. The table model runs under QAbstractItemModelTester.
#include "programmes/DoseCellEditor.h"
#include "programmes/ProgrammeBuilderView.h"
#include "programmes/ProgrammeTableModel.h"

#include "exercises/ExerciseLibrary.h"
#include "storage/ExerciseRepository.h"
#include "storage/ProgrammeRepository.h"
#include "support/PatientUiFixture.h"

#include "undo/StoreUndoStack.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace gradus;

namespace {

class PrescriptionDelegateTest : public test::PatientUiTest
{
protected:
    void SetUp() override
    {
        PatientUiTest::SetUp();
        ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
        m_patient =
            addPatient(QStringLiteral("Robin"), QStringLiteral("Fictional"), QDate(1975, 2, 3));
        m_view = std::make_unique<ProgrammeBuilderView>(*m_workspace, &m_undo);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_view->tableModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_view->setPatient(m_patient);
        // Keyboard focus behaves as on a desktop only in the active window.
        m_view->resize(1200, 700);
        m_view->show();
        m_view->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
        // Glute bridge: 2 sets of 10 repetitions, once a day, 5 days a week.
        ASSERT_TRUE(m_view->addExercises({exerciseId(QStringLiteral("glute_bridge"))}));
        m_programmeId = m_view->programmeId();
        ASSERT_NE(m_programmeId, 0);
        m_original = stored(m_programmeId);
        ASSERT_EQ(m_original.dose.type, DoseType::Repetitions);
    }

    qint64 exerciseId(const QString& stableId)
    {
        return ExerciseRepository(*m_workspace).byStableId(stableId)->id;
    }

    Prescription stored(qint64 programmeId)
    {
        auto p = ProgrammeRepository(*m_workspace).get(programmeId);
        EXPECT_TRUE(p);
        if (!p || p->sections.isEmpty() || p->sections[0].prescriptions.isEmpty())
            return {};
        return p->sections[0].prescriptions[0];
    }

    QModelIndex cell(int column) const { return m_view->tableModel()->index(0, column); }

    // The open editor of type T in the table, or nullptr (closed editors are hidden at once
    // and deleted later).
    template <typename T> T* openEditor() const
    {
        for (T* w : m_view->table()->viewport()->findChildren<T*>())
            if (w->isVisible() && w->parentWidget() == m_view->table()->viewport())
                return w;
        return nullptr;
    }

    DoseCellEditor* openDoseEditor()
    {
        m_view->table()->setCurrentIndex(cell(ProgrammeTableModel::DoseColumn));
        m_view->table()->edit(cell(ProgrammeTableModel::DoseColumn));
        return openEditor<DoseCellEditor>();
    }

    static void type(QWidget* field, const QString& text) { QTest::keyClicks(field, text); }

    qint64 m_patient = 0;
    qint64 m_programmeId = 0;
    Prescription m_original;
    StoreUndoStack m_undo;
    std::unique_ptr<ProgrammeBuilderView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(PrescriptionDelegateTest, DoseEditedInPlaceIsStoredAsOneUndoableEdit)
{
    const int steps = m_undo.count();
    DoseCellEditor* editor = openDoseEditor();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->setsField()->value(), 2);
    EXPECT_EQ(editor->repsField()->value(), 10);
    EXPECT_TRUE(editor->holdField()->isHidden()) << "a repetitions dose has no hold";
    EXPECT_EQ(QApplication::focusWidget(), editor->setsField()) << "sets are typed first";

    // Tab moves from sets to repetitions, its value selected to be typed over.
    QTest::keyClick(editor->setsField(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), editor->repsField());
    type(editor->repsField(), QStringLiteral("15"));
    QTest::keyClick(editor->repsField(), Qt::Key_Return);
    QCoreApplication::processEvents(); // the builder stores the edit queued

    EXPECT_EQ(openEditor<DoseCellEditor>(), nullptr) << "Enter closes the editor";
    EXPECT_EQ(stored(m_programmeId).dose.reps, 15);
    EXPECT_EQ(stored(m_programmeId).dose.sets, 2);
    EXPECT_EQ(m_undo.count(), steps + 1) << "one undo step";
    EXPECT_TRUE(cell(ProgrammeTableModel::DoseColumn).data().toString().contains(u"15"));

    m_undo.undo();
    EXPECT_EQ(stored(m_programmeId).dose, m_original.dose);
    EXPECT_TRUE(cell(ProgrammeTableModel::DoseColumn).data().toString().contains(u"10"));
    m_undo.redo();
    EXPECT_EQ(stored(m_programmeId).dose.reps, 15);
}

TEST_F(PrescriptionDelegateTest, F2AndTypingOnASelectedRowOpenTheDoseEditor)
{
    QTableView* table = m_view->table();
    table->setFocus();
    table->selectRow(0);
    ASSERT_NE(table->currentIndex().column(), ProgrammeTableModel::DoseColumn);
    QTest::keyClick(table, Qt::Key_F2);
    DoseCellEditor* editor = openEditor<DoseCellEditor>();
    ASSERT_NE(editor, nullptr) << "F2 on the exercise edits the row's dose";
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_EQ(openEditor<DoseCellEditor>(), nullptr);

    // A digit starts the editor with the digit typed over the sets.
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_3);
    editor = openEditor<DoseCellEditor>();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->setsField()->text(),
              editor->setsField()->locale().toString(3) + editor->setsField()->suffix());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
    QCoreApplication::processEvents(); // the builder stores the edit queued
    EXPECT_EQ(stored(m_programmeId).dose.sets, 3);
}

TEST_F(PrescriptionDelegateTest, EscapeStoresNothing)
{
    const int steps = m_undo.count();
    DoseCellEditor* editor = openDoseEditor();
    ASSERT_NE(editor, nullptr);
    QTest::keyClick(editor->setsField(), Qt::Key_Tab);
    type(editor->repsField(), QStringLiteral("20"));
    QTest::keyClick(editor->repsField(), Qt::Key_Escape);
    EXPECT_EQ(openEditor<DoseCellEditor>(), nullptr);
    QCoreApplication::processEvents();
    EXPECT_EQ(stored(m_programmeId).dose, m_original.dose);
    EXPECT_EQ(m_undo.count(), steps);
}

TEST_F(PrescriptionDelegateTest, AnInvalidDoseIsRefusedWithTheValidatorsMessage)
{
    const int steps = m_undo.count();
    DoseCellEditor* editor = openDoseEditor();
    ASSERT_NE(editor, nullptr);
    type(editor->setsField(), QStringLiteral("0"));
    ASSERT_EQ(editor->setsField()->value(), 0);
    QTest::keyClick(editor->setsField(), Qt::Key_Return);
    QCoreApplication::processEvents(); // the builder stores the edit queued

    EXPECT_EQ(stored(m_programmeId).dose, m_original.dose) << "nothing stored";
    EXPECT_EQ(m_undo.count(), steps);
    EXPECT_TRUE(m_view->statusText().contains(QStringLiteral("Sets must be from 1 to 10")))
        << m_view->statusText().toStdString();
    EXPECT_EQ(openEditor<DoseCellEditor>(), editor) << "left open to be corrected";

    // Corrected, it is stored.
    editor->setsField()->selectAll();
    type(editor->setsField(), QStringLiteral("4"));
    QTest::keyClick(editor->setsField(), Qt::Key_Return);
    QCoreApplication::processEvents(); // the builder stores the edit queued
    EXPECT_EQ(stored(m_programmeId).dose.sets, 4);
    EXPECT_EQ(m_undo.count(), steps + 1);
}

TEST_F(PrescriptionDelegateTest, ChangingTheTypeShowsItsMeasure)
{
    DoseCellEditor* editor = openDoseEditor();
    ASSERT_NE(editor, nullptr);
    // Shift+Tab from the sets reaches the type; Down: holds. A glute bridge is done in
    // repetitions or holds, so time and distance are greyed out and Down stops at holds.
    QTest::keyClick(editor->setsField(), Qt::Key_Backtab, Qt::ShiftModifier);
    ASSERT_EQ(QApplication::focusWidget(), editor->typeField());
    QTest::keyClick(editor->typeField(), Qt::Key_Down);
    ASSERT_EQ(DoseType(editor->typeField()->currentData().toInt()), DoseType::Hold);
    EXPECT_FALSE(editor->holdField()->isHidden()) << "a hold has its seconds";
    EXPECT_GT(editor->holdField()->value(), 0) << "filled in, not left at zero";
    QTest::keyClick(editor->typeField(), Qt::Key_Down);
    EXPECT_EQ(DoseType(editor->typeField()->currentData().toInt()), DoseType::Hold)
        << "minutes of glute bridges do not fit";
    EXPECT_NE(openEditor<DoseCellEditor>(), nullptr) << "still editing";
    EXPECT_TRUE(editor->minutesField()->isHidden());
    // Tab leaves the type for the next field; Enter stores the hold.
    QTest::keyClick(editor->typeField(), Qt::Key_Tab);
    ASSERT_NE(QApplication::focusWidget(), editor->typeField());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents(); // the builder stores the edit queued
    const Dose dose = stored(m_programmeId).dose;
    EXPECT_EQ(dose.type, DoseType::Hold);
    EXPECT_GT(dose.holdSeconds, 0);
    EXPECT_EQ(dose.minutes, 0);
}

TEST_F(PrescriptionDelegateTest, SideIsChosenInPlace)
{
    m_view->table()->setCurrentIndex(cell(ProgrammeTableModel::SideColumn));
    m_view->table()->edit(cell(ProgrammeTableModel::SideColumn));
    auto* combo = openEditor<QComboBox>();
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->count(), 5);
    EXPECT_EQ(PrescribedSide(combo->currentData().toInt()), PrescribedSide::NotApplicable);
    // Down chooses the next side, Left, and choosing is the whole edit.
    QTest::keyClick(combo, Qt::Key_Down);
    QCoreApplication::processEvents(); // the builder stores the edit queued
    EXPECT_EQ(stored(m_programmeId).side, PrescribedSide::Left);
    EXPECT_EQ(openEditor<QComboBox>(), nullptr);
    EXPECT_FALSE(cell(ProgrammeTableModel::SideColumn).data().toString().isEmpty());
    m_undo.undo();
    EXPECT_EQ(stored(m_programmeId).side, PrescribedSide::NotApplicable);
}

TEST_F(PrescriptionDelegateTest, NoteIsTypedInPlace)
{
    m_view->table()->setCurrentIndex(cell(ProgrammeTableModel::NoteColumn));
    m_view->table()->edit(cell(ProgrammeTableModel::NoteColumn));
    auto* line = openEditor<QLineEdit>();
    ASSERT_NE(line, nullptr);
    type(line, QStringLiteral("Squeeze the buttocks first"));
    QTest::keyClick(line, Qt::Key_Return);
    // The delegate commits a line edit after the key, and the builder stores it queued.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(stored(m_programmeId).patientNote, QStringLiteral("Squeeze the buttocks first"));
    EXPECT_EQ(stored(m_programmeId).dose, m_original.dose);
    m_undo.undo();
    EXPECT_TRUE(stored(m_programmeId).patientNote.isEmpty());
    m_undo.redo();
    EXPECT_EQ(cell(ProgrammeTableModel::NoteColumn).data().toString(),
              QStringLiteral("Squeeze the buttocks first"));
}

TEST_F(PrescriptionDelegateTest, EditingAnActiveVersionInPlaceMakesANewDraft)
{
    ASSERT_TRUE(m_view->activate());
    DoseCellEditor* editor = openDoseEditor();
    ASSERT_NE(editor, nullptr);
    QTest::keyClick(editor->setsField(), Qt::Key_Tab);
    type(editor->repsField(), QStringLiteral("12"));
    QTest::keyClick(editor->repsField(), Qt::Key_Return);
    QCoreApplication::processEvents(); // the builder stores the edit queued

    const qint64 draft = m_view->programmeId();
    EXPECT_NE(draft, m_programmeId);
    EXPECT_EQ(m_view->programme().status, ProgrammeStatus::Draft);
    EXPECT_EQ(m_view->programme().version, 2);
    EXPECT_EQ(stored(draft).dose.reps, 12);
    EXPECT_EQ(stored(m_programmeId).dose, m_original.dose) << "the active version is kept";
    m_undo.undo();
    EXPECT_FALSE(ProgrammeRepository(*m_workspace).get(draft)) << "the draft is gone";
    EXPECT_EQ(m_view->programmeId(), m_programmeId);
}

TEST_F(PrescriptionDelegateTest, ASupersededVersionHasNoEditors)
{
    ASSERT_TRUE(m_view->activate());
    ASSERT_TRUE(m_view->addExercises({exerciseId(QStringLiteral("walking"))}));
    ASSERT_TRUE(m_view->activate());
    m_view->showVersion(m_programmeId);
    ASSERT_EQ(m_view->programme().status, ProgrammeStatus::Superseded);

    ProgrammeTableModel* model = m_view->tableModel();
    QSignalSpy edited(model, &ProgrammeTableModel::prescriptionEdited);
    for (int column : {ProgrammeTableModel::DoseColumn, ProgrammeTableModel::SideColumn,
                       ProgrammeTableModel::NoteColumn}) {
        EXPECT_FALSE(model->flags(cell(column)) & Qt::ItemIsEditable) << column;
        m_view->table()->edit(cell(column));
    }
    EXPECT_EQ(openEditor<DoseCellEditor>(), nullptr);
    EXPECT_EQ(openEditor<QComboBox>(), nullptr);
    EXPECT_EQ(openEditor<QLineEdit>(), nullptr);
    Prescription changed = *model->prescriptionAt(0);
    changed.dose.reps = 12;
    EXPECT_FALSE(
        model->setData(cell(ProgrammeTableModel::DoseColumn), QVariant::fromValue(changed)));
    EXPECT_EQ(edited.count(), 0);
    EXPECT_EQ(stored(m_programmeId).dose, m_original.dose);
}

TEST_F(PrescriptionDelegateTest, LeavingTheEditorStoresTheDose)
{
    DoseCellEditor* editor = openDoseEditor();
    ASSERT_NE(editor, nullptr);
    type(editor->setsField(), QStringLiteral("3"));
    // Focus moves to the library search: the edit is finished, as with a line edit.
    m_view->searchField()->setFocus();
    QCoreApplication::processEvents();
    EXPECT_EQ(openEditor<DoseCellEditor>(), nullptr);
    EXPECT_EQ(stored(m_programmeId).dose.sets, 3);
}

TEST_F(PrescriptionDelegateTest, AClickOnTheSelectedRowsDoseEditsItInPlace)
{
    QTableView* table = m_view->table();
    table->selectRow(0);
    const QRect rect = table->visualRect(cell(ProgrammeTableModel::DoseColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    // Qt waits for a possible double-click (which opens the full dose dialog) first.
    QTest::qWait(QApplication::doubleClickInterval() + 100);
    EXPECT_NE(openEditor<DoseCellEditor>(), nullptr);
}
