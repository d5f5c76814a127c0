// Stored graded activity plans on SQLite and PostgreSQL: what is stored, what is refused,
// and that a plan follows its prescription into new programme versions.
#include "core/storage/PacingStoreFixture.h"
#include "services/PacingPlans.h"

using namespace gradus;

namespace {

class PacingPlanRepositoryTest : public testing::TestWithParam<SqlBackend>
{
protected:
    void SetUp() override
    {
        m_store = std::make_unique<test::PacingStore>(GetParam());
        GRADUS_REQUIRE_STORE(m_store->fixture.store);
        ASSERT_TRUE(m_store->open());
    }

    Workspace& ws() { return m_store->ws(); }
    PacingPlanRepository repo() { return PacingPlanRepository(ws()); }
    PacingPlans plans() { return PacingPlans(ws()); }

    std::unique_ptr<test::PacingStore> m_store;
};

} // namespace

TEST_P(PacingPlanRepositoryTest, StoresTheInputsAndStartsAtWeekOne)
{
    PlanParameters p = test::PacingStore::walkingPlan();
    p.toleranceAttempts = {10, 12.5, 11};
    p.baselinePercent = 70;
    p.weeklyPercent = 15;
    p.boutsPerDay = 2;
    auto id = plans().create(m_store->walkingId, p, QStringLiteral(" Pat Clinician "));
    ASSERT_TRUE(id) << id.error().message.toStdString();
    auto plan = repo().get(*id);
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->patientId, m_store->patientId);
    EXPECT_EQ(plan->lineage, m_store->programmeId);
    EXPECT_EQ(plan->exerciseId, m_store->exercise(QStringLiteral("walking")));
    EXPECT_EQ(plan->parameters.toleranceAttempts, (QList<double>{10, 12.5, 11}));
    EXPECT_EQ(plan->parameters.unit, PacingUnit::Minutes);
    EXPECT_EQ(plan->parameters.goal, 12);
    EXPECT_EQ(plan->parameters.baselinePercent, 70);
    EXPECT_EQ(plan->parameters.weeklyPercent, 15);
    EXPECT_EQ(plan->parameters.boutsPerDay, 2);
    EXPECT_EQ(plan->parameters.start, QDate(2026, 3, 16));
    EXPECT_EQ(plan->currentWeek, 1);
    EXPECT_EQ(plan->currentQuota, 7) << "70% of 11.17 minutes, rounded down";
    EXPECT_EQ(plan->status, PacingPlanStatus::Active);
    EXPECT_EQ(plan->createdBy, QStringLiteral("Pat Clinician"));
    EXPECT_TRUE(plan->createdAt.isValid());
    auto rebuilt = PacingReviews::planOf(*plan);
    ASSERT_TRUE(rebuilt);
    EXPECT_EQ(rebuilt->week(1).bouts, (QList<int>{4, 3}));
}

TEST_P(PacingPlanRepositoryTest, WithoutAStartDateThePlanStartsToday)
{
    PlanParameters p = test::PacingStore::walkingPlan();
    p.start = QDate();
    auto id = plans().create(m_store->walkingId, p, QStringLiteral("Pat Clinician"));
    ASSERT_TRUE(id);
    EXPECT_EQ(repo().get(*id)->parameters.start, QDate(2026, 4, 30));
}

TEST_P(PacingPlanRepositoryTest, RefusesWhatCannotBeAPlanAndStoresNothing)
{
    PlanParameters seconds = test::PacingStore::walkingPlan();
    seconds.unit = PacingUnit::Seconds;
    seconds.toleranceAttempts = {30, 30, 30};
    seconds.goal = 60;
    PlanParameters noAttempts = test::PacingStore::walkingPlan();
    noAttempts.toleranceAttempts.clear();
    PlanParameters badGoal = test::PacingStore::walkingPlan();
    badGoal.goal = 12.5;
    const QString who = QStringLiteral("Pat Clinician");
    EXPECT_EQ(plans().create(m_store->walkingId, seconds, who).error().code,
              QStringLiteral("pacing.unit_mismatch"));
    EXPECT_EQ(plans().create(999999, test::PacingStore::walkingPlan(), who).error().code,
              QStringLiteral("prescription.not_found"));
    EXPECT_EQ(
        plans().create(m_store->walkingId, test::PacingStore::walkingPlan(), u" "_qs).error().code,
        QStringLiteral("pacing.who"));
    EXPECT_FALSE(plans().create(m_store->walkingId, noAttempts, who));
    EXPECT_FALSE(plans().create(m_store->walkingId, badGoal, who));
    EXPECT_EQ(m_store->fixture.count(QStringLiteral("pacing_plan")), 0);

    ASSERT_TRUE(m_store->createWalkingPlan());
    EXPECT_EQ(m_store->createWalkingPlan().error().code, QStringLiteral("pacing.exists"));
    EXPECT_EQ(m_store->fixture.count(QStringLiteral("pacing_plan")), 1);
}

TEST_P(PacingPlanRepositoryTest, RefusesAnExerciseThatIsTwiceInTheProgramme)
{
    ProgrammeRepository programmes(ws());
    auto draft = programmes.draftFor(m_store->programmeId);
    ASSERT_TRUE(draft);
    draft->sections[1].prescriptions << draft->sections[0].prescriptions[0];
    ASSERT_TRUE(programmes.saveDraft(*draft));
    auto stored = programmes.get(draft->id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(plans()
                  .create(stored->sections[0].prescriptions[0].id, test::PacingStore::walkingPlan(),
                          QStringLiteral("Pat Clinician"))
                  .error()
                  .code,
              QStringLiteral("pacing.duplicate_exercise"));
}

TEST_P(PacingPlanRepositoryTest, FollowsItsPrescriptionIntoNewVersions)
{
    auto id = m_store->createWalkingPlan();
    ASSERT_TRUE(id);
    ProgrammeRepository programmes(ws());
    auto draft = programmes.draftFor(m_store->programmeId);
    ASSERT_TRUE(draft);
    // The clinician reorders the programme in version 2: the plan still finds walking.
    std::swap(draft->sections[0], draft->sections[1]);
    ASSERT_TRUE(programmes.saveDraft(*draft));
    ASSERT_TRUE(programmes.activate(draft->id));
    auto v2 = programmes.get(draft->id);
    ASSERT_TRUE(v2);
    const qint64 newWalkingId = v2->sections[1].prescriptions[0].id;
    ASSERT_NE(newWalkingId, m_store->walkingId) << "each version has its own rows";

    auto byNew = repo().forPrescription(newWalkingId);
    ASSERT_TRUE(byNew && *byNew);
    EXPECT_EQ((*byNew)->id, *id);
    auto byOld = repo().forPrescription(m_store->walkingId);
    ASSERT_TRUE(byOld && *byOld);
    EXPECT_EQ((*byOld)->id, *id);
    auto bird = repo().forPrescription(v2->sections[0].prescriptions[0].id);
    ASSERT_TRUE(bird);
    EXPECT_FALSE(*bird) << "bird-dog has no plan";

    auto slot = repo().currentSlot(*repo().get(*id));
    ASSERT_TRUE(slot && *slot);
    EXPECT_EQ((*slot)->programmeId, draft->id);
    EXPECT_EQ((*slot)->prescription.id, newWalkingId);

    auto mine = repo().forPatient(m_store->patientId);
    ASSERT_TRUE(mine);
    ASSERT_EQ(mine->size(), 1);
    EXPECT_EQ(mine->first().id, *id);
}

// Storing a plan brings the prescription's dose in line with week 1 of the plan.

TEST_P(PacingPlanRepositoryTest, ADoseThatMatchesWeekOneLeavesTheProgrammeAsItIs)
{
    PlanDoseOutcome outcome;
    auto id = plans().create(m_store->walkingId, test::PacingStore::walkingPlan(),
                             QStringLiteral("Pat Clinician"), &outcome);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    EXPECT_FALSE(outcome.change);
    EXPECT_EQ(outcome.dose.minutes, 8);
    EXPECT_TRUE(outcome.message.contains(QStringLiteral("already matches week 1")))
        << outcome.message.toStdString();
    auto all = ProgrammeRepository(ws()).versions(m_store->programmeId);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().status, ProgrammeStatus::Active);
}

TEST_P(PacingPlanRepositoryTest, ADifferentDoseMakesANewActiveVersionAndUndoTakesItBack)
{
    PlanParameters p = test::PacingStore::walkingPlan();
    p.boutsPerDay = 2; // week 1: 8 minutes a day as 4 + 4
    PlanDoseOutcome outcome;
    auto id = plans().create(m_store->walkingId, p, QStringLiteral("Pat Clinician"), &outcome);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    ASSERT_TRUE(outcome.change);
    EXPECT_TRUE(outcome.change->newVersion);
    EXPECT_EQ(outcome.change->version, 2);
    EXPECT_EQ(outcome.change->previousActiveId, m_store->programmeId);
    const QString walking = ExerciseRepository(ws()).byId(m_store->exercise(u"walking"_qs))->name;
    EXPECT_TRUE(outcome.message.startsWith(
        QStringLiteral("The programme's dose of %1 is now 4 minutes, twice a day").arg(walking)))
        << outcome.message.toStdString();
    EXPECT_TRUE(outcome.message.endsWith(QStringLiteral("(version 2).")));

    ProgrammeRepository programmes(ws());
    auto all = programmes.versions(m_store->programmeId);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 2);
    auto v1 = programmes.get(all->at(0).id);
    auto v2 = programmes.get(all->at(1).id);
    ASSERT_TRUE(v1 && v2);
    EXPECT_EQ(v1->status, ProgrammeStatus::Superseded);
    EXPECT_EQ(v1->sections[0].prescriptions[0].dose.minutes, 8) << "the old version is kept";
    EXPECT_EQ(v1->sections[0].prescriptions[0].dose.timesPerDay, 1);
    EXPECT_EQ(v2->status, ProgrammeStatus::Active);
    EXPECT_EQ(v2->id, outcome.change->programmeId);
    EXPECT_EQ(v2->sections[0].prescriptions[0].dose.minutes, 4) << "the largest bout";
    EXPECT_EQ(v2->sections[0].prescriptions[0].dose.timesPerDay, 2);
    EXPECT_EQ(v2->sections[1].prescriptions[0].dose, v1->sections[1].prescriptions[0].dose);
    // The plan finds its prescription in the new version.
    auto slot = repo().currentSlot(*repo().get(*id));
    ASSERT_TRUE(slot && *slot);
    EXPECT_EQ((*slot)->programmeId, v2->id);

    // Undo: no plan, version 1 in force again, version 2 gone.
    ASSERT_TRUE(plans().removeCreated(*id, outcome));
    EXPECT_EQ(m_store->fixture.count(QStringLiteral("pacing_plan")), 0);
    all = programmes.versions(m_store->programmeId);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().status, ProgrammeStatus::Active);
}

TEST_P(PacingPlanRepositoryTest, UndoIsRefusedWhenTheProgrammeMovedOn)
{
    PlanParameters p = test::PacingStore::walkingPlan();
    p.boutsPerDay = 2;
    PlanDoseOutcome outcome;
    auto id = plans().create(m_store->walkingId, p, QStringLiteral("Pat Clinician"), &outcome);
    ASSERT_TRUE(id && outcome.change);
    ProgrammeRepository programmes(ws());
    auto draft = programmes.draftFor(outcome.change->programmeId);
    ASSERT_TRUE(draft);
    ASSERT_TRUE(programmes.activate(draft->id)); // version 3 given to the patient
    auto st = plans().removeCreated(*id, outcome);
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().code, QStringLiteral("pacing.not_reversible"));
    EXPECT_EQ(m_store->fixture.count(QStringLiteral("pacing_plan")), 1) << "nothing taken back";
    EXPECT_EQ(programmes.versions(m_store->programmeId)->size(), 3);
}

TEST_P(PacingPlanRepositoryTest, ADraftIsChangedInPlace)
{
    ProgrammeRepository programmes(ws());
    auto v1 = programmes.get(m_store->programmeId);
    ASSERT_TRUE(v1);
    Programme fresh = *v1;
    fresh.id = 0;
    fresh.name = QStringLiteral("Not yet given");
    auto draftId = programmes.create(fresh);
    ASSERT_TRUE(draftId) << draftId.error().message.toStdString();
    auto draft = programmes.get(*draftId);
    ASSERT_TRUE(draft);
    PlanParameters p = test::PacingStore::walkingPlan();
    p.boutsPerDay = 2;
    PlanDoseOutcome outcome;
    auto id = plans().create(draft->sections[0].prescriptions[0].id, p,
                             QStringLiteral("Pat Clinician"), &outcome);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    ASSERT_TRUE(outcome.change);
    EXPECT_FALSE(outcome.change->newVersion);
    EXPECT_TRUE(outcome.change->draftChanged);
    EXPECT_EQ(outcome.change->programmeId, *draftId);
    auto after = programmes.get(*draftId);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->status, ProgrammeStatus::Draft);
    EXPECT_EQ(after->version, 1);
    EXPECT_EQ(after->sections[0].prescriptions[0].dose.minutes, 4);
    EXPECT_EQ(after->sections[0].prescriptions[0].dose.timesPerDay, 2);
    EXPECT_EQ(programmes.versions(*draftId)->size(), 1);

    ASSERT_TRUE(plans().removeCreated(*id, outcome));
    after = programmes.get(*draftId);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->sections[0].prescriptions[0].dose.minutes, 8) << "the dose is put back";
    EXPECT_EQ(after->sections[0].prescriptions[0].dose.timesPerDay, 1);
}

TEST_P(PacingPlanRepositoryTest, AnOpenDraftRefusesADoseChangeAndNothingIsStored)
{
    ProgrammeRepository programmes(ws());
    auto draft = programmes.draftFor(m_store->programmeId); // version 2, being edited
    ASSERT_TRUE(draft);
    PlanParameters p = test::PacingStore::walkingPlan();
    p.boutsPerDay = 2;
    auto id = plans().create(m_store->walkingId, p, QStringLiteral("Pat Clinician"));
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().code, QStringLiteral("pacing.draft_open"));
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("version 2")));
    EXPECT_EQ(m_store->fixture.count(QStringLiteral("pacing_plan")), 0);
    auto all = programmes.versions(m_store->programmeId);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).status, ProgrammeStatus::Active);
    EXPECT_EQ(all->at(1).status, ProgrammeStatus::Draft);
    EXPECT_EQ(programmes.get(m_store->programmeId)->sections[0].prescriptions[0].dose.minutes, 8);
    EXPECT_EQ(programmes.get(draft->id)->sections[0].prescriptions[0].dose.minutes, 8);
}

TEST_P(PacingPlanRepositoryTest, ASupersededPrescriptionIsRefused)
{
    ProgrammeRepository programmes(ws());
    auto draft = programmes.draftFor(m_store->programmeId);
    ASSERT_TRUE(draft);
    ASSERT_TRUE(programmes.activate(draft->id));
    auto id = plans().create(m_store->walkingId, test::PacingStore::walkingPlan(),
                             QStringLiteral("Pat Clinician"));
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().code, QStringLiteral("pacing.superseded"));
    EXPECT_EQ(m_store->fixture.count(QStringLiteral("pacing_plan")), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, PacingPlanRepositoryTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         [](const testing::TestParamInfo<SqlBackend>& info) {
                             return info.param == SqlBackend::Sqlite ? "Sqlite" : "Postgres";
                         });
