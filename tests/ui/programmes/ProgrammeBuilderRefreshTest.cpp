// The builder shows what the store holds when another part of the app changes the programme:
// a graded activity plan stored from the Pacing tab puts its week-1 dose into a new version.
#include "core/storage/PacingStoreFixture.h"

#include "programmes/ProgrammeBuilderView.h"
#include "programmes/ProgrammeTableModel.h"

#include "undo/StoreUndoStack.h"

using namespace gradus;

namespace {

// A plan whose week 1 (12 minutes) differs from the programme's 8 minutes of walking.
PlanParameters longerWalks()
{
    PlanParameters p = test::PacingStore::walkingPlan();
    p.toleranceAttempts = {15, 15, 15};
    p.goal = 25;
    return p;
}

} // namespace

TEST(ProgrammeBuilderRefreshTest, APacingPlanThatChangesTheDoseIsShownAtOnce)
{
    test::PacingStore store(SqlBackend::Sqlite);
    ASSERT_TRUE(store.open());
    StoreUndoStack undo;
    ProgrammeBuilderView view(store.ws(), &undo);
    view.setPatient(store.patientId);
    ASSERT_EQ(view.programmeId(), store.programmeId);
    ASSERT_EQ(view.programme().sections.at(0).prescriptions.at(0).dose.minutes, 8);
    const QString before =
        view.tableModel()->index(0, ProgrammeTableModel::DoseColumn).data().toString();

    PlanDoseOutcome outcome;
    auto plan =
        PacingPlans(store.ws())
            .create(store.walkingId, longerWalks(), QStringLiteral("Pat Clinician"), &outcome);
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    ASSERT_TRUE(outcome.change && outcome.change->newVersion) << "the test needs a new version";

    // Not the superseded version with the old dose: the new active version, as stored.
    EXPECT_EQ(view.programmeId(), outcome.change->programmeId);
    EXPECT_EQ(view.programme().status, ProgrammeStatus::Active);
    EXPECT_EQ(view.programme().sections.at(0).prescriptions.at(0).dose, outcome.dose);
    EXPECT_NE(view.tableModel()->index(0, ProgrammeTableModel::DoseColumn).data().toString(),
              before);

    // Undoing the plan (the Pacing tab's undo) brings the earlier version back into view.
    ASSERT_TRUE(PacingPlans(store.ws()).removeCreated(*plan, outcome));
    EXPECT_EQ(view.programme().sections.at(0).prescriptions.at(0).dose.minutes, 8);
    EXPECT_EQ(view.programme().status, ProgrammeStatus::Active);
}
