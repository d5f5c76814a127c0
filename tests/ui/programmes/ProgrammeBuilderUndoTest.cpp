// Undo and redo of the builder's programme-level actions on a real SQLite store: new programme,
// from template, save as template and activate are undone and redone with their ids kept (checked
// against what the store holds), or refused when the store has moved on; the first addition and
// the draft it starts are one step.
#include "ui/programmes/ProgrammeBuilderFixture.h"

#include "programmes/ProgrammeActionsBar.h"
#include "storage/ProgrammeTemplateRepository.h"

#include <QComboBox>
#include <QSignalSpy>

using namespace gradus;

using ProgrammeBuilderUndoTest = test::ProgrammeBuilderFixture;
using test::kBirdDog;
using test::kWalking;
using test::sectionNames;

TEST_F(ProgrammeBuilderUndoTest, NewProgrammeIsUndoneAndRedoneWithItsId)
{
    ProgrammeRepository repo(*m_workspace);
    ASSERT_TRUE(m_view->newProgramme(QStringLiteral("First plan")));
    const qint64 first = m_view->programmeId();
    ASSERT_TRUE(m_view->newProgramme(QStringLiteral("Walking plan")));
    const qint64 id = m_view->programmeId();
    ASSERT_NE(id, first);
    ASSERT_TRUE(m_view->addExercises({exerciseId(kWalking)}));

    m_undo.undo(); // the addition
    m_undo.undo(); // the new programme
    EXPECT_FALSE(repo.get(id)) << "the draft is deleted";
    EXPECT_EQ(repo.forPatient(m_patient)->size(), 1);
    EXPECT_EQ(m_view->programmeId(), first) << "the view shows what it showed before";

    m_undo.redo();
    ASSERT_TRUE(repo.get(id)) << "the same id again";
    EXPECT_EQ(repo.get(id)->name, QStringLiteral("Walking plan"));
    EXPECT_EQ(m_view->programmeId(), id);
    m_undo.redo(); // the addition, which names that id
    EXPECT_EQ(storedExercises(id), QList<qint64>{exerciseId(kWalking)});

    m_undo.undo();
    m_undo.undo();
    m_undo.undo(); // the first programme too
    EXPECT_TRUE(repo.forPatient(m_patient)->isEmpty());
    EXPECT_EQ(m_view->programmeId(), 0);
}

TEST_F(ProgrammeBuilderUndoTest, UndoOfANewProgrammeGivenMeanwhileIsRefused)
{
    ProgrammeRepository repo(*m_workspace);
    ASSERT_TRUE(m_view->newProgramme());
    const qint64 id = m_view->programmeId();
    // Filled and given to the patient elsewhere (the command line), not on this stack.
    Programme p = *repo.get(id);
    Prescription walk;
    walk.exerciseId = exerciseId(kWalking);
    walk.dose.type = DoseType::Duration;
    walk.dose.reps = 0;
    walk.dose.minutes = 10;
    p.sections = {ProgrammeSection{QStringLiteral("Walking"), {walk}}};
    ASSERT_TRUE(repo.saveDraft(p));
    ASSERT_TRUE(repo.activate(id));

    const int steps = m_undo.count();
    m_undo.undo();
    EXPECT_TRUE(repo.get(id)) << "an active programme is kept";
    EXPECT_EQ(repo.get(id)->status, ProgrammeStatus::Active);
    EXPECT_FALSE(m_view->statusText().isEmpty());
    EXPECT_EQ(m_undo.count(), steps - 1) << "the step that cannot be undone is dropped";
}

TEST_F(ProgrammeBuilderUndoTest, NewFromTemplateIsUndoneAndRedone)
{
    auto templates = ProgrammeTemplateRepository(*m_workspace).list();
    ASSERT_TRUE(templates && !templates->isEmpty());
    ASSERT_TRUE(m_view->newFromTemplate(templates->first().id));
    const qint64 id = m_view->programmeId();
    const QList<qint64> content = storedExercises(id);
    ASSERT_FALSE(content.isEmpty());
    const QStringList sections = sectionNames(*ProgrammeRepository(*m_workspace).get(id));

    m_undo.undo();
    EXPECT_FALSE(ProgrammeRepository(*m_workspace).get(id));
    EXPECT_EQ(m_view->programmeId(), 0);
    EXPECT_EQ(m_view->tableModel()->rowCount(), 0);
    m_undo.redo();
    EXPECT_EQ(m_view->programmeId(), id);
    EXPECT_EQ(storedExercises(id), content);
    EXPECT_EQ(sectionNames(*ProgrammeRepository(*m_workspace).get(id)), sections);
}

TEST_F(ProgrammeBuilderUndoTest, SaveAsTemplateIsUndoneAndRedone)
{
    ASSERT_TRUE(m_view->addExercises({exerciseId(kBirdDog), exerciseId(kWalking)}));
    ProgrammeTemplateRepository templates(*m_workspace);
    const QString name = QStringLiteral("Ada's clinic plan");
    auto named = [&]() -> std::optional<ProgrammeTemplate> {
        const auto all = templates.list();
        EXPECT_TRUE(all);
        for (const auto& t : all ? *all : QList<ProgrammeTemplate>{})
            if (t.name == name)
                return *templates.get(t.id);
        return std::nullopt;
    };
    const qint64 id = m_view->actionsBar()->saveAsTemplate(name);
    ASSERT_NE(id, 0) << m_view->statusText().toStdString();
    ASSERT_TRUE(named());
    EXPECT_EQ(named()->sections.first().prescriptions.size(), 2);

    m_undo.undo();
    EXPECT_FALSE(named()) << "the template is deleted";
    EXPECT_TRUE(ProgrammeRepository(*m_workspace).get(m_view->programmeId()))
        << "the programme stays";
    m_undo.redo();
    ASSERT_TRUE(named());
    EXPECT_EQ(named()->sections.first().prescriptions.size(), 2);
    EXPECT_EQ(named()->sections.first().prescriptions[1].exerciseId, exerciseId(kWalking));
}

TEST_F(ProgrammeBuilderUndoTest, ActivationIsUndoneAndRedone)
{
    ProgrammeRepository repo(*m_workspace);
    ASSERT_TRUE(m_view->addExercises({exerciseId(kBirdDog)}));
    const qint64 first = m_view->programmeId();
    const int steps = m_undo.count();
    ASSERT_TRUE(m_view->activate());
    EXPECT_EQ(m_undo.count(), steps + 1) << "the undo history is kept";
    EXPECT_EQ(repo.get(first)->status, ProgrammeStatus::Active);

    m_undo.undo();
    EXPECT_EQ(repo.get(first)->status, ProgrammeStatus::Draft);
    EXPECT_EQ(m_view->programme().status, ProgrammeStatus::Draft);
    m_undo.undo(); // and the first addition, with the draft it started
    EXPECT_FALSE(repo.get(first));
    m_undo.redo();
    m_undo.redo();
    EXPECT_EQ(repo.get(first)->status, ProgrammeStatus::Active);
    EXPECT_EQ(m_view->programme().status, ProgrammeStatus::Active);

    // Version 2: undoing its activation makes it a draft and version 1 active again.
    ASSERT_TRUE(m_view->addExercises({exerciseId(kWalking)}));
    const qint64 second = m_view->programmeId();
    ASSERT_TRUE(m_view->activate());
    EXPECT_EQ(repo.get(first)->status, ProgrammeStatus::Superseded);
    m_undo.undo();
    EXPECT_EQ(repo.get(second)->status, ProgrammeStatus::Draft);
    EXPECT_EQ(repo.get(first)->status, ProgrammeStatus::Active);
    EXPECT_EQ(m_view->programmeId(), second);
    m_undo.redo();
    EXPECT_EQ(repo.get(second)->status, ProgrammeStatus::Active);
    EXPECT_EQ(repo.get(first)->status, ProgrammeStatus::Superseded);
}

TEST_F(ProgrammeBuilderUndoTest, UndoOfAnActivationOvertakenElsewhereIsRefused)
{
    ProgrammeRepository repo(*m_workspace);
    ASSERT_TRUE(m_view->addExercises({exerciseId(kBirdDog)}));
    const qint64 first = m_view->programmeId();
    ASSERT_TRUE(m_view->activate());
    // A newer version given meanwhile outside this window.
    auto newer = repo.draftFor(first);
    ASSERT_TRUE(newer);
    ASSERT_TRUE(repo.activate(newer->id));

    const int steps = m_undo.count();
    QSignalSpy refused(&m_undo, &StoreUndoStack::failed);
    m_undo.undo();
    ASSERT_EQ(refused.count(), 1) << "the one report of a refused undo";
    const QString why = refused[0][1].value<Error>().message;
    EXPECT_TRUE(why.contains(QStringLiteral("cannot be undone"))) << why.toStdString();
    EXPECT_EQ(repo.get(first)->status, ProgrammeStatus::Superseded) << "nothing changed";
    EXPECT_EQ(repo.get(newer->id)->status, ProgrammeStatus::Active);
    EXPECT_EQ(m_undo.count(), steps - 1);
}

TEST_F(ProgrammeBuilderUndoTest, FirstAdditionAndTheDraftItStartsAreOneUndoStep)
{
    ProgrammeRepository repo(*m_workspace);
    ASSERT_EQ(m_view->programmeId(), 0);
    ASSERT_TRUE(m_view->addExercises({exerciseId(kBirdDog)}));
    const qint64 id = m_view->programmeId();
    EXPECT_EQ(m_undo.count(), 1);

    m_undo.undo();
    EXPECT_TRUE(repo.forPatient(m_patient)->isEmpty()) << "no empty draft left behind";
    EXPECT_EQ(m_view->programmeId(), 0);
    m_undo.redo();
    EXPECT_EQ(m_view->programmeId(), id);
    EXPECT_EQ(storedExercises(id), QList<qint64>{exerciseId(kBirdDog)});

    // An exercise that is not in the library starts nothing and leaves no step.
    m_undo.undo();
    EXPECT_FALSE(m_view->addExercises({999999}));
    EXPECT_TRUE(repo.forPatient(m_patient)->isEmpty());
    EXPECT_EQ(m_undo.index(), 0);
    EXPECT_EQ(m_undo.count(), 1) << "the undone addition is still there to redo";
}

TEST_F(ProgrammeBuilderUndoTest, AnUndoNeverWritesOverAChangeAnotherDeskMadeToTheDraft)
{
    ProgrammeRepository repo(*m_workspace);
    ASSERT_TRUE(m_view->newProgramme(QStringLiteral("Walking plan")));
    const qint64 id = m_view->programmeId();
    ASSERT_TRUE(m_view->addExercises({exerciseId(kWalking)}));
    // Another desk adds bird dog to the same draft.
    auto elsewhere = repo.get(id);
    ASSERT_TRUE(elsewhere);
    Prescription birdDog;
    birdDog.exerciseId = exerciseId(kBirdDog);
    birdDog.dose.sets = 2;
    birdDog.dose.reps = 8;
    elsewhere->sections.first().prescriptions.append(birdDog);
    ASSERT_TRUE(repo.saveDraft(*elsewhere));
    const QList<qint64> both{exerciseId(kWalking), exerciseId(kBirdDog)};
    ASSERT_EQ(storedExercises(id), both);

    QSignalSpy refused(&m_undo, &StoreUndoStack::failed);
    m_undo.undo(); // the addition of walking: it would write the empty draft back
    ASSERT_EQ(refused.count(), 1);
    EXPECT_EQ(refused[0][1].value<Error>().code, QStringLiteral("programme.conflict"));
    EXPECT_EQ(storedExercises(id), both) << "the other desk's bird dog is kept";
}

TEST_F(ProgrammeBuilderUndoTest, UndoingANewProgrammeKeepsWhatAnotherDeskPutInIt)
{
    ProgrammeRepository repo(*m_workspace);
    ASSERT_TRUE(m_view->newProgramme(QStringLiteral("Walking plan")));
    const qint64 id = m_view->programmeId();
    // Another desk adds walking to the new draft.
    auto elsewhere = repo.get(id);
    ASSERT_TRUE(elsewhere);
    Prescription walking;
    walking.exerciseId = exerciseId(kWalking);
    walking.dose.type = DoseType::Duration;
    walking.dose.reps = 0;
    walking.dose.minutes = 10;
    if (elsewhere->sections.isEmpty())
        elsewhere->sections.append(ProgrammeSection{QStringLiteral("Aerobic"), {}});
    elsewhere->sections.first().prescriptions.append(walking);
    ASSERT_TRUE(repo.saveDraft(*elsewhere));

    QSignalSpy refused(&m_undo, &StoreUndoStack::failed);
    m_undo.undo(); // the new programme
    ASSERT_EQ(refused.count(), 1);
    EXPECT_EQ(refused[0][1].value<Error>().code, QStringLiteral("programme.conflict"));
    ASSERT_TRUE(repo.get(id)) << "the draft with the other desk's walking is kept";
    EXPECT_EQ(storedExercises(id), QList<qint64>{exerciseId(kWalking)});
}
