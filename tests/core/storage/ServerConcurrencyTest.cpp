// Units of work against another desk on the same PostgreSQL server, a real second connection in
// its own thread (support/OtherDesk.h): a unit that loses a deadlock is run again from what its
// caller gave, and a unit that checks what it read holds it until it writes.
#include "core/storage/PacingStoreFixture.h"
#include "exercises/ExerciseLibrary.h"
#include "services/PatientEdits.h"
#include "services/SafetyOverrides.h"
#include "storage/ConditionRepository.h"
#include "storage/Database.h"
#include "storage/EpisodeRepository.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/VisitRepository.h"
#include "support/OtherDesk.h"
#include "support/PatientFixtures.h"

#include <gtest/gtest.h>

using namespace gradus;
using gradus::test::OtherDesk;

namespace {

class ServerConcurrencyTest : public testing::Test
{
protected:
    void SetUp() override
    {
        GRADUS_REQUIRE_STORE(m_fixture.store);
        ASSERT_TRUE(m_fixture.open());
        ASSERT_TRUE(ExerciseLibrary::ensureLoaded(ws()));
        auto patient = PatientRepository(ws()).add(test::samplePatient(
            QStringLiteral("Ada"), QStringLiteral("Fictional"), QDate(1980, 5, 1)));
        ASSERT_TRUE(patient);
        m_patientId = *patient;
        auto walking = ExerciseRepository(ws()).byStableId(QStringLiteral("walking"));
        ASSERT_TRUE(walking);
        m_walkingId = walking->id;
    }

    Workspace& ws() { return m_fixture.ws(); }

    // Activates `programmeId` while another desk holds a transaction that ran `statements`; it
    // commits once the activation waits for it. `waited`: whether the activation waited.
    Status activateWhileAnotherDeskWrites(qint64 programmeId, const QStringList& statements,
                                          bool& waited)
    {
        OtherDesk other(server(), QStringList{QStringLiteral("BEGIN")} + statements,
                        {QStringLiteral("COMMIT")});
        if (!other.ranBefore())
            return Error{QStringLiteral("test.other_desk"),
                         QStringLiteral("the other desk's statements failed")};
        Status activated = ProgrammeRepository(ws()).activate(programmeId);
        other.join();
        waited = other.sawAWait() && other.ranAfter();
        return activated;
    }
    DatabaseLocation server() const { return m_fixture.store.location(); }

    // A programme for the patient with walking in it, and no episode named: creating it opens
    // one.
    Programme walkingProgramme() const
    {
        Prescription p;
        p.exerciseId = m_walkingId;
        p.dose.type = DoseType::Duration;
        p.dose.reps = 0;
        p.dose.minutes = 10;
        p.dose.timesPerDay = 2;
        return programmeOf(p, QStringLiteral("Aerobic"));
    }

    Programme programmeOf(const Prescription& prescription, const QString& section) const
    {
        Programme programme;
        programme.patientId = m_patientId;
        programme.name = QStringLiteral("Back to walking");
        programme.startDate = QDate(2026, 3, 15);
        programme.sections = {ProgrammeSection{section, {prescription}}};
        return programme;
    }

    test::WorkspaceFixture m_fixture{SqlBackend::Postgres};
    qint64 m_patientId = 0;
    qint64 m_walkingId = 0;
};

} // namespace

TEST_F(ServerConcurrencyTest, AProgrammeWhoseUnitLostADeadlockIsSavedOnceWithTheEpisodeOfTheRerun)
{
    const int retriedBefore = ws().db().retriedUnits();
    Result<qint64> created = Error{QStringLiteral("test.not_run"), QString()};
    {
        // The other desk locks the exercise the prescription points at, and once the unit waits
        // for it asks for the patient row the unit holds. Its own deadlock check is put off, so
        // the server aborts the unit; the other desk keeps both locks a moment and gives up.
        OtherDesk other(
            server(),
            {QStringLiteral("SET deadlock_timeout = '30s'"), QStringLiteral("BEGIN"),
             QStringLiteral("SELECT id FROM exercise WHERE id = %1 FOR UPDATE").arg(m_walkingId)},
            {QStringLiteral("SELECT id FROM patient WHERE id = %1 FOR UPDATE").arg(m_patientId),
             QStringLiteral("SELECT pg_sleep(0.3)"), QStringLiteral("ROLLBACK")});
        ASSERT_TRUE(other.ranBefore());
        created = ProgrammeRepository(ws()).create(walkingProgramme());
        other.join();
        ASSERT_TRUE(other.sawAWait()) << "the unit never waited for the other desk's lock";
        EXPECT_TRUE(other.ranAfter()) << "the other desk, not the unit, lost the deadlock";
    }

    ASSERT_TRUE(created) << created.error().message.toStdString();
    EXPECT_GE(ws().db().retriedUnits(), retriedBefore + 1);
    auto episodes = EpisodeRepository(ws()).forPatient(m_patientId);
    ASSERT_TRUE(episodes);
    ASSERT_EQ(episodes->size(), 1) << "the lost attempt's episode was rolled back";
    auto saved = ProgrammeRepository(ws()).get(*created);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->episodeId, episodes->first().id)
        << "the rerun pointed the programme at the episode it opened itself";
    EXPECT_EQ(m_fixture.count(QStringLiteral("programme")), 1);
    EXPECT_EQ(m_fixture.count(QStringLiteral("prescription")), 1);
}

TEST_F(ServerConcurrencyTest, AnOverrideIsRefusedWhenAnotherDeskSupersedesTheProgrammeMeanwhile)
{
    auto programmeId = ProgrammeRepository(ws()).create(walkingProgramme());
    ASSERT_TRUE(programmeId);
    SafetyOverride entry;
    entry.programmeId = *programmeId;
    entry.exerciseId = m_walkingId;
    entry.ruleId = QStringLiteral("osteoporosis_lift_from_floor");
    entry.reason = QStringLiteral("Walking is what the patient tolerates best.");
    entry.recordedBy = QStringLiteral("Jo Example");
    {
        // The other desk holds the programme's lineage, as making a new version does, and has
        // marked this version superseded when the override is asked for; it commits once the
        // override's unit waits for the lineage.
        OtherDesk other(
            server(),
            {QStringLiteral("BEGIN"),
             QStringLiteral("SELECT id FROM programme WHERE id = %1 FOR UPDATE").arg(*programmeId),
             QStringLiteral("UPDATE programme SET status = 'superseded' WHERE id = %1")
                 .arg(*programmeId)},
            {QStringLiteral("COMMIT")});
        ASSERT_TRUE(other.ranBefore());
        auto kept = SafetyOverrides(ws()).record(entry);
        other.join();
        EXPECT_TRUE(other.sawAWait()) << "the override did not wait for the programme's lineage";
        ASSERT_FALSE(kept) << "an override was kept on a superseded version";
        EXPECT_EQ(kept.error().code, QStringLiteral("override.programme"))
            << kept.error().message.toStdString();
    }
    EXPECT_EQ(m_fixture.count(QStringLiteral("safety_override")), 0);
}

TEST_F(ServerConcurrencyTest, ActivationWaitsForAConditionAnotherDeskIsAddingAndIsRefusedByIt)
{
    // Child's pose is to be avoided only with osteoporosis (deep forward bending).
    auto pose = ExerciseRepository(ws()).byStableId(QStringLiteral("childs_pose"));
    ASSERT_TRUE(pose);
    Prescription p;
    p.exerciseId = pose->id;
    p.dose = pose->dose;
    auto programmeId = ProgrammeRepository(ws()).create(programmeOf(p, QStringLiteral("Mobility")));
    ASSERT_TRUE(programmeId);
    auto programme = ProgrammeRepository(ws()).get(*programmeId);
    ASSERT_TRUE(programme);
    // The other desk records osteoporosis on the episode as the app does (holding the episode).
    // No reason to keep the pose is recorded, so the programme cannot be given.
    bool waited = false;
    const Status activated = activateWhileAnotherDeskWrites(
        *programmeId,
        {QStringLiteral("SELECT id FROM episode WHERE id = %1 FOR UPDATE")
             .arg(programme->episodeId),
         QStringLiteral("INSERT INTO episode_condition (episode_id, code, status, created_at, "
                        "updated_at) SELECT id, 'osteoporosis', 'active', created_at, "
                        "created_at FROM episode WHERE id = %1")
             .arg(programme->episodeId)},
        waited);
    EXPECT_TRUE(waited) << "activation did not wait for the condition being added";
    ASSERT_FALSE(activated) << "the programme was given against a condition added meanwhile";
    EXPECT_EQ(activated.error().code, QStringLiteral("safety.avoid"))
        << activated.error().message.toStdString();
    auto stored = ProgrammeRepository(ws()).get(*programmeId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->status, ProgrammeStatus::Draft);
}

TEST_F(ServerConcurrencyTest, ActivationWaitsForAnExerciseAnotherDeskIsEditingAndChecksItAsSaved)
{
    auto programmeId = ProgrammeRepository(ws()).create(walkingProgramme());
    ASSERT_TRUE(programmeId);
    auto programme = ProgrammeRepository(ws()).get(*programmeId);
    ASSERT_TRUE(programme);
    Condition osteoporosis;
    osteoporosis.episodeId = programme->episodeId;
    osteoporosis.code = QStringLiteral("osteoporosis");
    ASSERT_TRUE(ConditionRepository(ws()).add(osteoporosis));
    // The other desk saves the exercise as a deep forward bend, which osteoporosis rules out.
    bool waited = false;
    const Status activated = activateWhileAnotherDeskWrites(
        *programmeId,
        {QStringLiteral("UPDATE exercise SET spinal_movement = 'flexion', end_range = 1 WHERE "
                        "id = %1")
             .arg(m_walkingId)},
        waited);
    EXPECT_TRUE(waited) << "activation did not wait for the exercise being saved";
    ASSERT_FALSE(activated) << "the programme was given against the exercise as it was before";
    EXPECT_EQ(activated.error().code, QStringLiteral("safety.avoid"))
        << activated.error().message.toStdString();
}

TEST_F(ServerConcurrencyTest, UndoingAnAddedPatientWaitsForAVisitAnotherDeskIsRecordingAndKeepsIt)
{
    // The fixture's patient, as just added and with nothing recorded yet.
    auto added = PatientRepository(ws()).get(m_patientId);
    ASSERT_TRUE(added);
    {
        // The other desk records a visit for the patient (its foreign key holds the patient
        // row against a delete) and commits once the undo waits for the patient.
        OtherDesk other(server(),
                        {QStringLiteral("BEGIN"),
                         QStringLiteral("INSERT INTO visit (patient_id, created_at, created_by) "
                                        "SELECT id, created_at, 'Other desk' FROM patient WHERE "
                                        "id = %1")
                             .arg(m_patientId)},
                        {QStringLiteral("COMMIT")});
        ASSERT_TRUE(other.ranBefore());
        auto withdrawn = PatientEdits(ws()).withdrawAdded(*added);
        other.join();
        EXPECT_TRUE(other.sawAWait()) << "the undo did not wait for the visit being recorded";
        ASSERT_FALSE(withdrawn) << "the patient was taken away with a visit recorded meanwhile";
        EXPECT_EQ(withdrawn.error().code, QStringLiteral("undo.patient_in_use"));
    }
    EXPECT_EQ(m_fixture.count(QStringLiteral("visit")), 1);
    EXPECT_TRUE(PatientRepository(ws()).get(m_patientId));
}

TEST_F(ServerConcurrencyTest, UndoingAPlanWaitsForAReviewDecisionAnotherDeskIsRecordingAndKeepsIt)
{
    test::PacingStore pacing(SqlBackend::Postgres);
    ASSERT_TRUE(pacing.open());
    PlanDoseOutcome outcome;
    auto plan = PacingPlans(pacing.ws())
                    .create(pacing.walkingId, test::PacingStore::walkingPlan(),
                            QStringLiteral("Pat Clinician"), &outcome);
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    {
        // The other desk records a review decision on the plan (its foreign key holds the plan
        // row against a delete) and commits once the undo waits for the plan.
        OtherDesk other(
            pacing.fixture.store.location(),
            {QStringLiteral("BEGIN"),
             QStringLiteral("INSERT INTO pacing_decision (plan_id, proposed_outcome, rules, "
                            "proposal, accepted, chosen_outcome, from_week, from_quota, "
                            "decided_at, decided_by) VALUES (%1, 'hold', 'steady', 'Hold', 1, "
                            "'hold', 1, 8, '2026-04-30T18:00:00.000Z', 'Other desk')")
                 .arg(*plan)},
            {QStringLiteral("COMMIT")});
        ASSERT_TRUE(other.ranBefore());
        const Status undone = PacingPlans(pacing.ws()).removeCreated(*plan, outcome);
        other.join();
        EXPECT_TRUE(other.sawAWait()) << "the undo did not wait for the decision being recorded";
        ASSERT_FALSE(undone) << "the plan was taken away with a decision recorded meanwhile";
        EXPECT_EQ(undone.error().code, QStringLiteral("pacing.decided"));
    }
    EXPECT_EQ(pacing.fixture.count(QStringLiteral("pacing_decision")), 1);
    EXPECT_TRUE(PacingPlanRepository(pacing.ws()).get(*plan));
}

TEST_F(ServerConcurrencyTest, MarkingAVisitInErrorWaitsForAnAmendmentAnotherDeskIsSavingAndKeepsIt)
{
    VisitRecord seen = test::goodVisit(QDate(2026, 3, 12));
    seen.painNow = 3;
    auto visit = VisitRepository(ws()).add(m_patientId, std::nullopt, seen, QStringLiteral("Pat"));
    ASSERT_TRUE(visit) << visit.error().message.toStdString();
    {
        // The other desk amends the pain to 7 as the app does (visit held, revision 2 added)
        // and commits once the withdrawal waits for the visit.
        const QString copy =
            QStringLiteral("INSERT INTO visit_revision (visit_id, revision, visit_date, "
                           "visit_time, clinician, pain_now, pain_best, pain_worst, "
                           "pain_exercise, pain_next_morning, activity_label, activity_minutes, "
                           "steps, sessions_done, sessions_planned, leg_symptoms, "
                           "new_neuro_signs, notes, entered_in_error, recorded_at, recorded_by, "
                           "reason) SELECT visit_id, 2, visit_date, visit_time, clinician, 7, "
                           "pain_best, pain_worst, pain_exercise, pain_next_morning, "
                           "activity_label, activity_minutes, steps, sessions_done, "
                           "sessions_planned, leg_symptoms, new_neuro_signs, notes, 0, "
                           "recorded_at, 'Other desk', 'patient said 7' FROM visit_revision "
                           "WHERE visit_id = %1 AND revision = 1")
                .arg(*visit);
        OtherDesk other(
            server(),
            {QStringLiteral("BEGIN"),
             QStringLiteral("SELECT id FROM visit WHERE id = %1 FOR UPDATE").arg(*visit), copy},
            {QStringLiteral("COMMIT")});
        ASSERT_TRUE(other.ranBefore());
        auto withdrawn = VisitRepository(ws()).markEnteredInError(*visit, QStringLiteral("Pat"),
                                                                  QStringLiteral("wrong patient"));
        other.join();
        EXPECT_TRUE(other.sawAWait()) << "the withdrawal did not wait for the amendment";
        ASSERT_TRUE(withdrawn) << withdrawn.error().message.toStdString();
        EXPECT_EQ(*withdrawn, 3);
    }
    // The withdrawn revision keeps the amendment; reinstating it brings back pain 7, not 3.
    auto stored = VisitRepository(ws()).find(*visit);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->enteredInError);
    EXPECT_EQ(stored->record.painNow, 7)
        << "the withdrawal was made from the visit as it was before the amendment";
}

TEST_F(ServerConcurrencyTest, UndoingAPlanOnADraftWaitsForAnotherDesksEditAndKeepsIt)
{
    test::PacingStore pacing(SqlBackend::Postgres);
    ASSERT_TRUE(pacing.open());
    // A draft of the programme, walking 10 minutes: the plan's week 1 (8 minutes) changes it
    // in place.
    ProgrammeRepository programmes(pacing.ws());
    auto draft = programmes.draftFor(pacing.programmeId);
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    draft->sections[0].prescriptions[0].dose.minutes = 10;
    ASSERT_TRUE(programmes.saveDraft(*draft));
    draft = programmes.get(draft->id);
    ASSERT_TRUE(draft);
    PlanDoseOutcome outcome;
    auto plan =
        PacingPlans(pacing.ws())
            .create(draft->sections[0].prescriptions[0].id, test::PacingStore::walkingPlan(),
                    QStringLiteral("Pat Clinician"), &outcome);
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    ASSERT_TRUE(outcome.change && outcome.change->draftChanged);
    {
        // The other desk renames the draft as the builder does, holding the lineage (whose root
        // is the first version), and commits once the undo waits for the lineage.
        OtherDesk other(pacing.fixture.store.location(),
                        {QStringLiteral("BEGIN"),
                         QStringLiteral("SELECT id FROM programme WHERE id = %1 FOR UPDATE")
                             .arg(pacing.programmeId),
                         QStringLiteral("UPDATE programme SET name = 'Walking, renamed', "
                                        "row_version = row_version + 1 WHERE id = %1")
                             .arg(draft->id)},
                        {QStringLiteral("COMMIT")});
        ASSERT_TRUE(other.ranBefore());
        const Status undone = PacingPlans(pacing.ws()).removeCreated(*plan, outcome);
        other.join();
        EXPECT_TRUE(other.sawAWait()) << "the undo did not wait for the draft being edited";
        ASSERT_TRUE(undone) << undone.error().message.toStdString();
    }
    auto stored = programmes.get(draft->id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->name, QStringLiteral("Walking, renamed"))
        << "the undo wrote the draft as it read it before the other desk's edit";
    EXPECT_EQ(stored->sections[0].prescriptions[0].dose.minutes, 10);
}
