#include "patients/CarePhase.h"

#include "support/PatientFixtures.h"

#include <gtest/gtest.h>

using namespace gradus;
using Phase = CarePhase::Phase;

TEST(CarePhaseTest, BoundariesInDays)
{
    const QDate onset(2026, 1, 1);
    EXPECT_EQ(CarePhase::at(onset, onset), Phase::Acute);
    EXPECT_EQ(CarePhase::at(onset, onset.addDays(41)), Phase::Acute);    // 5 weeks 6 days
    EXPECT_EQ(CarePhase::at(onset, onset.addDays(42)), Phase::Subacute); // 6 weeks
    EXPECT_EQ(CarePhase::at(onset, onset.addDays(84)), Phase::Subacute); // 12 weeks
    EXPECT_EQ(CarePhase::at(onset, onset.addDays(85)), Phase::Chronic);  // more than 12 weeks
    EXPECT_EQ(CarePhase::at(onset, onset.addYears(3)), Phase::Chronic);
    EXPECT_EQ(CarePhase::at(QDate(), onset), Phase::Unknown);
    EXPECT_EQ(CarePhase::at(onset, onset.addDays(-1)), Phase::Unknown);
}

TEST(CarePhaseTest, FollowsTheInjectedClock)
{
    ManualClock clock(test::fixedNow());
    Episode e;
    e.onsetDate = clock.today().addDays(-10);
    e.openedOn = clock.today();
    EXPECT_EQ(CarePhase::of(e, clock), Phase::Acute);
    clock.advanceDays(7 * 5); // seven weeks after onset
    EXPECT_EQ(CarePhase::of(e, clock), Phase::Subacute);
    EXPECT_EQ(CarePhase::weeksSince(e.onsetDate, clock.today()), 6);
    clock.advanceDays(7 * 6);
    EXPECT_EQ(CarePhase::of(e, clock), Phase::Chronic);
}

TEST(CarePhaseTest, AClosedEpisodeKeepsThePhaseItClosedIn)
{
    ManualClock clock(test::fixedNow());
    Episode e;
    e.onsetDate = clock.today().addDays(-60);
    e.openedOn = e.onsetDate.addDays(3);
    e.closedOn = e.onsetDate.addDays(20);
    EXPECT_EQ(CarePhase::of(e, clock), Phase::Acute);
    clock.advanceDays(365);
    EXPECT_EQ(CarePhase::of(e, clock), Phase::Acute);
}

TEST(CarePhaseTest, CodesAndNames)
{
    EXPECT_EQ(CarePhase::code(Phase::Subacute), QStringLiteral("subacute"));
    EXPECT_EQ(CarePhase::displayName(Phase::Chronic), QStringLiteral("Chronic"));
    EXPECT_TRUE(CarePhase::code(Phase::Unknown).isEmpty());
}
