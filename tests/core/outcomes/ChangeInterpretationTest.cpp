// Baseline-to-latest change judged with the thresholds of CLINICAL.md section 2, in points
// and in percentage of baseline, with "recovered" where the measure defines it.
#include "outcomes/ChangeInterpretation.h"

#include <gtest/gtest.h>

using namespace gradus;
using Verdict = Change::Verdict;

namespace {

Verdict verdict(const ChangeRule& rule, double baseline, double latest)
{
    return ChangeInterpretation::interpret(rule, baseline, latest).verdict;
}

} // namespace

TEST(ChangeInterpretationTest, NprsTwoPointsOrThirtyPercent)
{
    const ChangeRule nprs = ChangeInterpretation::nprsRule();
    EXPECT_EQ(verdict(nprs, 7, 5), Verdict::ImportantImprovement); // 2 points (29%)
    EXPECT_EQ(verdict(nprs, 7, 6), Verdict::BelowThreshold);       // 1 point, 14%
    EXPECT_EQ(verdict(nprs, 3, 2), Verdict::ImportantImprovement); // 1 point but 33%
    EXPECT_EQ(verdict(nprs, 10, 8), Verdict::ImportantImprovement);
    EXPECT_EQ(verdict(nprs, 4, 6), Verdict::ImportantWorsening);
    EXPECT_EQ(verdict(nprs, 6, 6), Verdict::BelowThreshold);
    const Change c = ChangeInterpretation::interpret(nprs, 8, 2);
    EXPECT_DOUBLE_EQ(c.change(), -6);
    EXPECT_DOUBLE_EQ(c.improvement(), 6);
    ASSERT_TRUE(c.improvementPercent());
    EXPECT_DOUBLE_EQ(*c.improvementPercent(), 75);
    EXPECT_TRUE(ChangeInterpretation::summary(c).contains(QStringLiteral("Better by 6 (75%)")));
}

TEST(ChangeInterpretationTest, NprsRecoveredIsZero)
{
    const ChangeRule nprs = ChangeInterpretation::nprsRule();
    const Change zero = ChangeInterpretation::interpret(nprs, 6, 0);
    ASSERT_TRUE(zero.recovered);
    EXPECT_TRUE(*zero.recovered);
    EXPECT_TRUE(ChangeInterpretation::summary(zero).contains(QStringLiteral("Recovered")));
    const Change one = ChangeInterpretation::interpret(nprs, 6, 1);
    ASSERT_TRUE(one.recovered);
    EXPECT_FALSE(*one.recovered);
}

TEST(ChangeInterpretationTest, ZeroBaselineHasNoPercentage)
{
    const Change c = ChangeInterpretation::interpret(ChangeInterpretation::nprsRule(), 0, 1);
    EXPECT_FALSE(c.improvementPercent());
    EXPECT_EQ(c.verdict, Verdict::BelowThreshold);
}

TEST(ChangeInterpretationTest, OdiTenPointsOrThirtyPercent)
{
    const ChangeRule odi = ChangeInterpretation::ruleFor(Instrument::Odi);
    EXPECT_EQ(verdict(odi, 40, 30), Verdict::ImportantImprovement);
    EXPECT_EQ(verdict(odi, 40, 31), Verdict::BelowThreshold);           // 9 points, 22.5%
    EXPECT_EQ(verdict(odi, 20, 14), Verdict::ImportantImprovement);     // 6 points but 30%
    EXPECT_EQ(verdict(odi, 20, 14.2), Verdict::BelowThreshold);         // 29%
    EXPECT_EQ(verdict(odi, 35.6, 25.6), Verdict::ImportantImprovement); // exactly 10 in decimals
    EXPECT_EQ(verdict(odi, 30, 42), Verdict::ImportantWorsening);
    EXPECT_FALSE(ChangeInterpretation::interpret(odi, 40, 10).recovered.has_value());
}

TEST(ChangeInterpretationTest, RmdqFivePointsOrThirtyPercentAndRecovered)
{
    const ChangeRule rmdq = ChangeInterpretation::ruleFor(Instrument::Rmdq);
    EXPECT_EQ(verdict(rmdq, 12, 7), Verdict::ImportantImprovement);
    EXPECT_EQ(verdict(rmdq, 20, 16), Verdict::BelowThreshold);     // 4 points, 20%
    EXPECT_EQ(verdict(rmdq, 6, 4), Verdict::ImportantImprovement); // 2 points, 33%
    EXPECT_TRUE(*ChangeInterpretation::interpret(rmdq, 12, 2).recovered);
    EXPECT_FALSE(*ChangeInterpretation::interpret(rmdq, 12, 3).recovered);
}

TEST(ChangeInterpretationTest, PsfsHigherIsBetter)
{
    const ChangeRule mean = ChangeInterpretation::ruleFor(Instrument::Psfs);
    EXPECT_FALSE(mean.lowerIsBetter);
    EXPECT_EQ(verdict(mean, 3, 5), Verdict::ImportantImprovement);
    EXPECT_EQ(verdict(mean, 3, 4.9), Verdict::BelowThreshold);
    EXPECT_EQ(verdict(mean, 6, 4), Verdict::ImportantWorsening);
    const ChangeRule one = ChangeInterpretation::psfsActivityRule();
    EXPECT_EQ(verdict(one, 2, 4), Verdict::BelowThreshold);
    EXPECT_EQ(verdict(one, 2, 5), Verdict::ImportantImprovement);
}

TEST(ChangeInterpretationTest, TskFourPoints)
{
    const ChangeRule tsk = ChangeInterpretation::ruleFor(Instrument::Tsk);
    EXPECT_EQ(verdict(tsk, 45, 41), Verdict::ImportantImprovement);
    EXPECT_EQ(verdict(tsk, 45, 42), Verdict::BelowThreshold);
}

TEST(ChangeInterpretationTest, StartBackAndActivityAreShownNotJudged)
{
    EXPECT_EQ(verdict(ChangeInterpretation::ruleFor(Instrument::StartBack), 7, 2),
              Verdict::NotJudged);
    EXPECT_EQ(verdict(ChangeInterpretation::activityRule(), 10, 40), Verdict::NotJudged);
}

TEST(ChangeInterpretationTest, OneValueIsNoFollowUp)
{
    const Change c = ChangeInterpretation::interpret(ChangeInterpretation::nprsRule(), 7, 7, 1);
    EXPECT_EQ(c.verdict, Verdict::NoFollowUp);
    EXPECT_FALSE(c.recovered.has_value());
}

TEST(ChangeInterpretationTest, ImportantLevelIsTheNearerThreshold)
{
    using CI = ChangeInterpretation;
    EXPECT_DOUBLE_EQ(*CI::importantLevel(CI::nprsRule(), 7, 0, 10), 5.0); // 2 < 2.1
    EXPECT_DOUBLE_EQ(*CI::importantLevel(CI::nprsRule(), 5, 0, 10), 3.5); // 30% = 1.5 < 2
    EXPECT_DOUBLE_EQ(*CI::importantLevel(CI::ruleFor(Instrument::Odi), 40, 0, 100), 30.0);
    EXPECT_DOUBLE_EQ(*CI::importantLevel(CI::ruleFor(Instrument::Rmdq), 14, 0, 24), 9.8);
    EXPECT_DOUBLE_EQ(*CI::importantLevel(CI::ruleFor(Instrument::Psfs), 3, 0, 10), 5.0);
    EXPECT_DOUBLE_EQ(*CI::importantLevel(CI::ruleFor(Instrument::Psfs), 9, 0, 10), 10.0);
    EXPECT_DOUBLE_EQ(*CI::importantLevel(CI::ruleFor(Instrument::Tsk), 45, 17, 68), 41.0);
    EXPECT_FALSE(CI::importantLevel(CI::ruleFor(Instrument::StartBack), 5, 0, 9));
}

TEST(ChangeInterpretationTest, ThresholdTextNamesPointsAndPercent)
{
    EXPECT_EQ(ChangeInterpretation::thresholdText(ChangeInterpretation::ruleFor(Instrument::Odi)),
              QStringLiteral("10 points or 30%"));
    EXPECT_EQ(ChangeInterpretation::thresholdText(ChangeInterpretation::ruleFor(Instrument::Tsk)),
              QStringLiteral("4 points"));
}
