// A dose has to fit its exercise in the builder too, on a real SQLite store with the shipped
// library: the dose dialog and the in-place editor grey out the kinds of dose the exercise does
// not take and name the kinds that fit, the builder refuses a dose of another kind and stores
// nothing, replacing an exercise keeps a dose that fits and starts again from the new
// exercise's usual dose when it does not, loaded exercises start on 2-3 days a week, and the
// exercise editor round-trips the kinds that fit (the default dose's kind always among them).
#include "exercises/ExerciseEditorDialog.h"
#include "programmes/DoseCellEditor.h"
#include "programmes/DoseDialog.h"
#include "programmes/DoseValidator.h"
#include "ui/programmes/ProgrammeBuilderFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QStandardItemModel>

using namespace gradus;
using DoseFitUiTest = test::ProgrammeBuilderFixture;

namespace {

// Whether the type combo offers `type` (its item is enabled).
bool offers(QComboBox* combo, DoseType type)
{
    auto* items = qobject_cast<QStandardItemModel*>(combo->model());
    const int i = combo->findData(int(type));
    return items && i >= 0 && items->item(i)->isEnabled();
}

Prescription storedAt(Workspace& ws, qint64 programmeId, int position)
{
    return ProgrammeRepository(ws).get(programmeId)->sections[0].prescriptions.value(position);
}

} // namespace

TEST_F(DoseFitUiTest, TheDoseEditorsOfferOnlyTheKindsThatFit)
{
    ASSERT_TRUE(m_view->addExercises({exerciseId(test::kWalking)}));
    const Prescription walking = *m_view->tableModel()->prescriptionAt(0);
    ASSERT_EQ(walking.dose.type, DoseType::Duration);

    const QList<DoseType> fits{DoseType::Duration, DoseType::Distance};
    DoseDialog dialog(QStringLiteral("Walking"), walking, nullptr, fits);
    EXPECT_FALSE(offers(dialog.typeField(), DoseType::Repetitions));
    EXPECT_FALSE(offers(dialog.typeField(), DoseType::Hold));
    EXPECT_TRUE(offers(dialog.typeField(), DoseType::Duration));
    EXPECT_TRUE(offers(dialog.typeField(), DoseType::Distance));
    EXPECT_TRUE(dialog.problem().isEmpty()) << dialog.problem().toStdString();
    // Chosen anyway (by keyboard or a script): the message says which kinds fit, OK refuses.
    dialog.typeField()->setCurrentIndex(dialog.typeField()->findData(int(DoseType::Repetitions)));
    dialog.setsField()->setValue(2);
    dialog.repsField()->setValue(8);
    EXPECT_EQ(dialog.problem(),
              QStringLiteral("A dose of repetitions does not fit Walking: it is dosed in time or "
                             "distance."));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);

    // The in-place editor learns the kinds from the table model.
    const QList<int> roleTypes = m_view->tableModel()
                                     ->index(0, ProgrammeTableModel::DoseColumn)
                                     .data(ProgrammeTableModel::DoseTypesRole)
                                     .value<QList<int>>();
    EXPECT_EQ(roleTypes, (QList<int>{int(DoseType::Duration), int(DoseType::Distance)}));
    DoseCellEditor cell;
    cell.setAllowedTypes(fits);
    cell.setDose(walking.dose);
    EXPECT_FALSE(offers(cell.typeField(), DoseType::Repetitions));
    EXPECT_TRUE(offers(cell.typeField(), DoseType::Distance));
}

TEST_F(DoseFitUiTest, TheBuilderRefusesADoseOfAnotherKindAndStoresNothing)
{
    ASSERT_TRUE(m_view->addExercises({exerciseId(test::kWalking)}));
    const qint64 id = m_view->programmeId();
    const Prescription before = storedAt(*m_workspace, id, 0);

    Prescription reps = before;
    reps.dose = Dose{};
    reps.dose.type = DoseType::Repetitions;
    reps.dose.sets = 2;
    reps.dose.reps = 8;
    ASSERT_TRUE(DoseValidator::check(reps)) << "a valid dose on its own";
    EXPECT_FALSE(m_view->setPrescription(0, reps));
    EXPECT_TRUE(m_view->statusText().contains(QStringLiteral("dosed in time or distance")))
        << m_view->statusText().toStdString();
    EXPECT_EQ(storedAt(*m_workspace, id, 0).dose, before.dose) << "nothing stored";
}

TEST_F(DoseFitUiTest, ReplacingKeepsADoseThatFitsAndRestartsOneThatDoesNot)
{
    const qint64 birdDog = exerciseId(test::kBirdDog);
    const qint64 deadBug = exerciseId(QStringLiteral("dead_bug"));
    const qint64 sidePlank = exerciseId(QStringLiteral("side_plank_knees"));
    ASSERT_TRUE(m_view->addExercises({birdDog}));
    const qint64 id = m_view->programmeId();
    Prescription dosed = *m_view->tableModel()->prescriptionAt(0);
    ASSERT_EQ(dosed.dose.type, DoseType::Hold);
    dosed.dose.reps = 4;
    dosed.patientNote = QStringLiteral("Slowly");
    ASSERT_TRUE(m_view->setPrescription(0, dosed));

    // Side plank on the knees is held too: the clinician's dose stays.
    ASSERT_TRUE(m_view->replaceExercise(0, sidePlank));
    EXPECT_EQ(storedAt(*m_workspace, id, 0).dose, dosed.dose);
    // The dead bug is done in repetitions only: its usual dose, and the note stays.
    ASSERT_TRUE(m_view->replaceExercise(0, deadBug)) << m_view->statusText().toStdString();
    const Prescription now = storedAt(*m_workspace, id, 0);
    EXPECT_EQ(now.exerciseId, deadBug);
    EXPECT_EQ(now.dose.type, DoseType::Repetitions);
    EXPECT_EQ(now.patientNote, QStringLiteral("Slowly"));
    m_undo.undo();
    EXPECT_EQ(storedAt(*m_workspace, id, 0).exerciseId, sidePlank);
    EXPECT_EQ(storedAt(*m_workspace, id, 0).dose, dosed.dose);
}

TEST_F(DoseFitUiTest, LoadedExercisesStartOnTwoToThreeDaysAWeek)
{
    ASSERT_TRUE(
        m_view->addExercises({exerciseId(QStringLiteral("deadlift")), exerciseId(test::kWalking)}));
    const qint64 id = m_view->programmeId();
    const int deadliftDays = storedAt(*m_workspace, id, 0).dose.daysPerWeek;
    EXPECT_GE(deadliftDays, 2);
    EXPECT_LE(deadliftDays, 3);
    EXPECT_EQ(storedAt(*m_workspace, id, 1).dose.daysPerWeek, 7);
}

TEST_F(DoseFitUiTest, TheExerciseEditorRoundTripsTheKindsThatFit)
{
    auto plank = ExerciseRepository(*m_workspace).byStableId(QStringLiteral("plank"));
    ASSERT_TRUE(plank);
    ASSERT_EQ(plank->doseTypes, QList<DoseType>{DoseType::Hold});
    ExerciseEditorDialog editor(*plank, [](const Exercise&) { return Status{}; });
    auto* hold = editor.findChild<QCheckBox*>(QStringLiteral("doseType_hold"));
    auto* time = editor.findChild<QCheckBox*>(QStringLiteral("doseType_time"));
    ASSERT_TRUE(hold && time);
    EXPECT_TRUE(hold->isChecked());
    EXPECT_FALSE(hold->isEnabled()) << "the default dose's kind always fits";
    EXPECT_FALSE(time->isChecked());
    time->setChecked(true);
    EXPECT_EQ(editor.exercise().doseTypes, (QList<DoseType>{DoseType::Hold, DoseType::Duration}));
}
