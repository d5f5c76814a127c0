#include "pacing/ReviewEngine.h"
#include "settings/ClinicSettings.h"
#include "support/QtPrinters.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <functional>

using namespace gradus;

namespace {

// A week that meets every criterion for progress: quota done daily, exercise pain 3/10,
// settled to the baseline of 2 by each morning, usual pain steady at 3.
ReviewData goodWeek()
{
    ReviewData d;
    for (int i = 0; i < 7; ++i)
        d.days << ReviewDay{QDate(2026, 11, 16).addDays(i), true, 3, 2};
    d.baselinePain = 2;
    d.previousWeekPain = 3;
    d.thisWeekPain = 3;
    d.legSymptoms = LegSymptoms::None;
    return d;
}

ReviewDecision decide(const ReviewData& d, ReviewThresholds t = {})
{
    auto decision = ReviewEngine(t).evaluate(d);
    EXPECT_TRUE(decision) << (decision ? std::string() : decision.error().message.toStdString());
    return decision ? *decision : ReviewDecision{};
}

QStringList rules(const QList<ReviewFinding>& findings)
{
    QStringList out;
    for (const ReviewFinding& f : findings)
        out << f.rule;
    return out;
}

struct RuleCase
{
    const char* name;
    std::function<void(ReviewData&)> change;
    ReviewOutcome outcome;
    const char* rule; // the primary rule
};

// Failure messages name the case instead of dumping its bytes.
void PrintTo(const RuleCase& c, std::ostream* os)
{
    *os << c.name;
}

class ReviewRuleTest : public testing::TestWithParam<RuleCase>
{
};

} // namespace

TEST_P(ReviewRuleTest, FiresTheExpectedRule)
{
    const RuleCase& c = GetParam();
    ReviewData d = goodWeek();
    c.change(d);
    const ReviewDecision decision = decide(d);
    EXPECT_EQ(reviewOutcome::key(decision.outcome), reviewOutcome::key(c.outcome));
    ASSERT_FALSE(decision.reasons.isEmpty());
    EXPECT_EQ(decision.primary().rule, QString::fromLatin1(c.rule))
        << rules(decision.reasons).join(u' ').toStdString();
    // Every reason explains itself, shows its data and cites its source.
    for (const ReviewFinding& f : decision.reasons + decision.alsoNoted) {
        EXPECT_FALSE(f.explanation.isEmpty()) << f.rule.toStdString();
        EXPECT_FALSE(f.data.isEmpty()) << f.rule.toStdString();
        EXPECT_FALSE(f.source.isEmpty()) << f.rule.toStdString();
        EXPECT_LE(f.outcome, decision.outcome);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Rules, ReviewRuleTest,
    testing::Values(
        RuleCase{"AllCriteriaMet", [](ReviewData&) {}, ReviewOutcome::Progress,
                 "progress.criteria_met"},
        // Pain during exercise: exactly at the acceptable limit (5) is acceptable; 6 is not.
        RuleCase{"PainExactlyAtAcceptableLimit", [](ReviewData& d) { d.days[3].exercisePain = 5; },
                 ReviewOutcome::Progress, "progress.criteria_met"},
        RuleCase{"PainOneAboveAcceptableLimit", [](ReviewData& d) { d.days[3].exercisePain = 6; },
                 ReviewOutcome::Hold, "hold.exercise_pain"},
        RuleCase{"PainAtTen", [](ReviewData& d) { d.days[6].exercisePain = 10; },
                 ReviewOutcome::Hold, "hold.exercise_pain"},
        // Next morning: equal to baseline has settled; one above has not.
        RuleCase{"NextMorningEqualToBaseline", [](ReviewData& d) { d.days[2].nextMorningPain = 2; },
                 ReviewOutcome::Progress, "progress.criteria_met"},
        RuleCase{"NextMorningAboveBaselineOnce",
                 [](ReviewData& d) { d.days[2].nextMorningPain = 3; }, ReviewOutcome::Hold,
                 "hold.not_settled"},
        RuleCase{"NextMorningBelowBaseline", [](ReviewData& d) { d.days[2].nextMorningPain = 0; },
                 ReviewOutcome::Progress, "progress.criteria_met"},
        // Bad days: 1 -> hold; 2 in a row -> regress; 2 apart -> hold; mixed kinds count.
        RuleCase{"OneBadDay", [](ReviewData& d) { d.days[4].exercisePain = 7; },
                 ReviewOutcome::Hold, "hold.exercise_pain"},
        RuleCase{"TwoBadDaysInARow",
                 [](ReviewData& d) {
                     d.days[3].exercisePain = 6;
                     d.days[4].exercisePain = 6;
                 },
                 ReviewOutcome::Regress, "regress.bad_days_in_row"},
        RuleCase{"TwoBadDaysApart",
                 [](ReviewData& d) {
                     d.days[1].exercisePain = 6;
                     d.days[3].exercisePain = 6;
                 },
                 ReviewOutcome::Hold, "hold.exercise_pain"},
        RuleCase{"PainThenNotSettledInARow",
                 [](ReviewData& d) {
                     d.days[3].exercisePain = 6;
                     d.days[4].nextMorningPain = 4;
                 },
                 ReviewOutcome::Regress, "regress.bad_days_in_row"},
        RuleCase{"TwoMorningsNotSettledInARow",
                 [](ReviewData& d) {
                     d.days[5].nextMorningPain = 3;
                     d.days[6].nextMorningPain = 3;
                 },
                 ReviewOutcome::Regress, "regress.bad_days_in_row"},
        // Leg symptoms.
        RuleCase{"Peripheralising",
                 [](ReviewData& d) { d.legSymptoms = LegSymptoms::Peripheralising; },
                 ReviewOutcome::Regress, "regress.peripheralising"},
        RuleCase{"Centralising", [](ReviewData& d) { d.legSymptoms = LegSymptoms::Centralising; },
                 ReviewOutcome::Progress, "progress.criteria_met"},
        RuleCase{"StableLegSymptoms", [](ReviewData& d) { d.legSymptoms = LegSymptoms::Stable; },
                 ReviewOutcome::Progress, "progress.criteria_met"},
        RuleCase{"LegSymptomsNotRecorded",
                 [](ReviewData& d) { d.legSymptoms = LegSymptoms::NotRecorded; },
                 ReviewOutcome::Progress, "progress.criteria_met"},
        RuleCase{"NewNeurologicalSign", [](ReviewData& d) { d.newNeurologicalSign = true; },
                 ReviewOutcome::Regress, "regress.new_neurological_sign"},
        RuleCase{"RedFlag", [](ReviewData& d) { d.redFlag = true; }, ReviewOutcome::StopAndRefer,
                 "stop.red_flag"},
        // Week-on-week: equal is no rise; one point up is.
        RuleCase{"WeeklyPainSteady", [](ReviewData& d) { d.thisWeekPain = 3; },
                 ReviewOutcome::Progress, "progress.criteria_met"},
        RuleCase{"WeeklyPainFalling", [](ReviewData& d) { d.thisWeekPain = 1; },
                 ReviewOutcome::Progress, "progress.criteria_met"},
        RuleCase{"WeeklyPainRising", [](ReviewData& d) { d.thisWeekPain = 4; }, ReviewOutcome::Hold,
                 "hold.pain_rising"},
        // Quota and missing data.
        RuleCase{"QuotaMissedOnce", [](ReviewData& d) { d.days[0].quotaMet = false; },
                 ReviewOutcome::Hold, "hold.quota_not_met"},
        RuleCase{"NothingRecorded", [](ReviewData& d) { d.days.clear(); }, ReviewOutcome::Hold,
                 "hold.incomplete_data"},
        RuleCase{"NoNextMorningPain",
                 [](ReviewData& d) {
                     for (ReviewDay& day : d.days)
                         day.nextMorningPain.reset();
                 },
                 ReviewOutcome::Hold, "hold.incomplete_data"},
        RuleCase{"NoWeeklyPain", [](ReviewData& d) { d.previousWeekPain.reset(); },
                 ReviewOutcome::Hold, "hold.incomplete_data"},
        RuleCase{"NoBaselinePain", [](ReviewData& d) { d.baselinePain.reset(); },
                 ReviewOutcome::Hold, "hold.incomplete_data"},
        RuleCase{"QuotaNotRecordedOneDay", [](ReviewData& d) { d.days[2].quotaMet.reset(); },
                 ReviewOutcome::Hold, "hold.incomplete_data"},
        // Precedence: stop > regress > hold > progress.
        RuleCase{"RedFlagBeatsEverything",
                 [](ReviewData& d) {
                     d.redFlag = true;
                     d.newNeurologicalSign = true;
                     d.legSymptoms = LegSymptoms::Peripheralising;
                     d.days[0].quotaMet = false;
                     d.days[1].exercisePain = 8;
                     d.days[2].exercisePain = 8;
                 },
                 ReviewOutcome::StopAndRefer, "stop.red_flag"},
        RuleCase{"RegressBeatsHold",
                 [](ReviewData& d) {
                     d.thisWeekPain = 6;
                     d.days[0].quotaMet = false;
                     d.legSymptoms = LegSymptoms::Peripheralising;
                 },
                 ReviewOutcome::Regress, "regress.peripheralising"}),
    [](const testing::TestParamInfo<RuleCase>& info) { return std::string(info.param.name); });

TEST(ReviewEngineTest, PainBandsFollowTheThresholds)
{
    ReviewEngine engine;
    EXPECT_EQ(engine.bandOf(0), PainBand::Safe);
    EXPECT_EQ(engine.bandOf(2), PainBand::Safe);
    EXPECT_EQ(engine.bandOf(3), PainBand::Acceptable);
    EXPECT_EQ(engine.bandOf(5), PainBand::Acceptable);
    EXPECT_EQ(engine.bandOf(6), PainBand::TooHigh);

    // The decision reports the band of the highest pain, and words the progress accordingly.
    ReviewData safe = goodWeek();
    for (ReviewDay& d : safe.days)
        d.exercisePain = 2;
    const ReviewDecision inSafe = decide(safe);
    EXPECT_EQ(inSafe.outcome, ReviewOutcome::Progress);
    EXPECT_EQ(inSafe.painBand, PainBand::Safe);
    EXPECT_TRUE(inSafe.primary().explanation.contains(QStringLiteral("safe band (0 to 2)")))
        << inSafe.primary().explanation.toStdString();

    safe.days[5].exercisePain = 3;
    const ReviewDecision inAcceptable = decide(safe);
    EXPECT_EQ(inAcceptable.outcome, ReviewOutcome::Progress);
    EXPECT_EQ(inAcceptable.painBand, PainBand::Acceptable);
    EXPECT_TRUE(inAcceptable.primary().explanation.contains(QStringLiteral("acceptable band")));

    safe.days[5].exercisePain = 6;
    EXPECT_EQ(decide(safe).painBand, PainBand::TooHigh);
}

TEST(ReviewEngineTest, ThresholdsAreTheClinicsToChange)
{
    ReviewData d = goodWeek();
    d.days[3].exercisePain = 5;
    ReviewThresholds strict;
    strict.painAcceptableMax = 4;
    EXPECT_EQ(decide(d).outcome, ReviewOutcome::Progress);
    EXPECT_EQ(decide(d, strict).outcome, ReviewOutcome::Hold);

    // Three bad days in a row required: two in a row is only a hold.
    d.days[4].exercisePain = 6;
    d.days[3].exercisePain = 6;
    ReviewThresholds patient;
    patient.badDaysInRow = 3;
    EXPECT_EQ(decide(d).outcome, ReviewOutcome::Regress);
    EXPECT_EQ(decide(d, patient).outcome, ReviewOutcome::Hold);
    d.days[5].exercisePain = 6;
    EXPECT_EQ(decide(d, patient).outcome, ReviewOutcome::Regress);
}

TEST(ReviewEngineTest, LowerRulesAreKeptForTheRecord)
{
    ReviewData d = goodWeek();
    d.redFlag = true;
    d.redFlagDetail = QStringLiteral("new saddle numbness");
    d.legSymptoms = LegSymptoms::Peripheralising;
    d.days[0].quotaMet = false;
    const ReviewDecision decision = decide(d);
    EXPECT_EQ(rules(decision.reasons), QStringList{QStringLiteral("stop.red_flag")});
    EXPECT_EQ(rules(decision.alsoNoted), (QStringList{QStringLiteral("regress.peripheralising"),
                                                      QStringLiteral("hold.quota_not_met")}));
    bool detailShown = false;
    for (const ReviewFact& f : decision.primary().data)
        detailShown |= f.value == QStringLiteral("new saddle numbness");
    EXPECT_TRUE(detailShown);
    EXPECT_FALSE(decision.proposedQuota.has_value());
    EXPECT_TRUE(decision.proposal.contains(QStringLiteral("Stop the programme")));
}

TEST(ReviewEngineTest, EachDecisionShowsTheDataBehindIt)
{
    ReviewData d = goodWeek();
    d.days[3].exercisePain = 7;
    d.days[4].nextMorningPain = 5;
    const ReviewDecision decision = decide(d);
    ASSERT_EQ(decision.primary().rule, QStringLiteral("regress.bad_days_in_row"));
    const ReviewFinding& f = decision.primary();
    EXPECT_TRUE(f.explanation.startsWith(QStringLiteral("2 days in a row were bad")))
        << f.explanation.toStdString();
    EXPECT_TRUE(f.source.contains(QStringLiteral("Silbernagel")));
    QStringList shown;
    for (const ReviewFact& fact : f.data)
        shown << fact.label + QStringLiteral(": ") + fact.value;
    EXPECT_TRUE(
        shown.contains(QStringLiteral("19 Nov 2026: pain during exercise 7/10; next morning 2/10")))
        << shown.join(u'|').toStdString();
    EXPECT_TRUE(shown.contains(
        QStringLiteral("20 Nov 2026: pain during exercise 3/10; next morning 5/10")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Acceptable pain during exercise: up to 5/10")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Baseline pain: 2/10")));

    // Without dates, days are named by their position.
    ReviewData undated = goodWeek();
    for (ReviewDay& day : undated.days)
        day.date = QDate();
    undated.days[1].exercisePain = 6;
    const ReviewDecision hold = decide(undated);
    EXPECT_TRUE(hold.primary().explanation.contains(QStringLiteral("on 1 day (day 2)")))
        << hold.primary().explanation.toStdString();
}

namespace {

ReviewStep step(int current, std::optional<int> next, std::optional<int> lastTolerated,
                PacingUnit unit = PacingUnit::Minutes)
{
    ReviewStep s;
    s.unit = unit;
    s.current = current;
    s.next = next;
    s.lastTolerated = lastTolerated;
    return s;
}

struct ProposalCase
{
    const char* name;
    std::function<void(ReviewData&)> change;
    ReviewStep step;
    std::optional<int> quota;
    const char* proposalPart;
};

// Failure messages name the case instead of dumping its bytes.
void PrintTo(const ProposalCase& c, std::ostream* os)
{
    *os << c.name;
}

class ReviewProposalTest : public testing::TestWithParam<ProposalCase>
{
};

void regress(ReviewData& d)
{
    d.newNeurologicalSign = true;
}

} // namespace

TEST_P(ReviewProposalTest, ProposesTheStep)
{
    const ProposalCase& c = GetParam();
    ReviewData d = goodWeek();
    c.change(d);
    d.step = c.step;
    const ReviewDecision decision = decide(d);
    EXPECT_EQ(decision.proposedQuota, c.quota);
    EXPECT_TRUE(decision.proposal.contains(QString::fromUtf8(c.proposalPart)))
        << decision.proposal.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Proposals, ReviewProposalTest,
    testing::Values(ProposalCase{"ProgressToNextStep", [](ReviewData&) {}, step(12, 13, 11), 13,
                                 "Move on to 13 minutes a day."},
                    ProposalCase{"ProgressAtGoal", [](ReviewData&) {}, step(30, std::nullopt, 29),
                                 30, "goal of 30 minutes a day is reached"},
                    ProposalCase{"HoldStays", [](ReviewData& d) { d.thisWeekPain = 5; },
                                 step(12, 13, 11), 12, "Stay at 12 minutes a day"},
                    ProposalCase{"RegressToLastTolerated", regress, step(12, 13, 11), 11,
                                 "Go back to 11 minutes a day, the last step tolerated"},
                    // No tolerated step known: 15% less, rounded down to a whole step.
                    ProposalCase{"RegressByPercentWhole", regress, step(20, 21, std::nullopt), 17,
                                 "Go back to 17 minutes a day (15% less than 20 minutes"},
                    ProposalCase{"RegressByPercentRoundsDown", regress,
                                 step(10, 11, std::nullopt, PacingUnit::Repetitions), 8,
                                 "8 repetitions"},
                    ProposalCase{"RegressHoldsInFives", regress,
                                 step(30, 35, std::nullopt, PacingUnit::Seconds), 25, "25 seconds"},
                    ProposalCase{"RegressAtSmallestStep", regress, step(1, 2, std::nullopt), 1,
                                 "already the smallest step"},
                    ProposalCase{"StopHasNoQuota", [](ReviewData& d) { d.redFlag = true; },
                                 step(12, 13, 11), std::nullopt, "Stop the programme"}),
    [](const testing::TestParamInfo<ProposalCase>& info) { return std::string(info.param.name); });

TEST(ReviewEngineTest, RegressPercentIsASetting)
{
    ReviewData d = goodWeek();
    d.newNeurologicalSign = true;
    d.step = step(20, 21, std::nullopt);
    ReviewThresholds ten;
    ten.regressPercent = 10;
    ReviewThresholds twenty;
    twenty.regressPercent = 20;
    EXPECT_EQ(decide(d, ten).proposedQuota, 18);
    EXPECT_EQ(decide(d, twenty).proposedQuota, 16);
}

TEST(ReviewEngineTest, RefusesInvalidDataAndThresholds)
{
    ReviewData d = goodWeek();
    d.days[2].exercisePain = 11;
    auto r = ReviewEngine().evaluate(d);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("Day 3: pain during exercise must be "
                                                          "from 0 to 10, not 11")))
        << r.error().message.toStdString();

    d = goodWeek();
    std::swap(d.days[0], d.days[1]);
    r = ReviewEngine().evaluate(d);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("oldest first")));

    d = goodWeek();
    d.thisWeekPain = -1;
    EXPECT_FALSE(ReviewEngine().evaluate(d));

    d = goodWeek();
    d.step = step(12, 13, 12);
    r = ReviewEngine().evaluate(d);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("below the current quota")));

    d = goodWeek();
    d.step = step(12, 13, 11, PacingUnit::Seconds); // 12 s is not a whole number of 5 s steps
    EXPECT_FALSE(ReviewEngine().evaluate(d));

    ReviewThresholds upsideDown;
    upsideDown.painSafeMax = 6;
    r = ReviewEngine(upsideDown).evaluate(goodWeek());
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("cannot be above the acceptable")));

    ReviewThresholds oneDay;
    oneDay.badDaysInRow = 1;
    EXPECT_FALSE(ReviewEngine(oneDay).evaluate(goodWeek()));
    ReviewThresholds tooMuch;
    tooMuch.regressPercent = 25;
    EXPECT_FALSE(ReviewEngine(tooMuch).evaluate(goodWeek()));
}

TEST(ReviewEngineTest, ThresholdsComeFromClinicSettings)
{
    test::TestStore store;
    auto db = store.open();
    ASSERT_TRUE(db);
    ClinicSettings settings(*db);
    const ReviewThresholds defaults = ReviewThresholds::fromSettings(settings);
    EXPECT_EQ(defaults.painSafeMax, 2);
    EXPECT_EQ(defaults.painAcceptableMax, 5);
    EXPECT_EQ(defaults.badDaysInRow, 2);
    EXPECT_EQ(defaults.regressPercent, 15);

    ASSERT_TRUE(settings.setValue(ClinicSettings::Key::PacingRegressBadDays, 3));
    ASSERT_TRUE(settings.setValue(ClinicSettings::Key::PacingRegressPercent, 20));
    ASSERT_TRUE(settings.setValue(ClinicSettings::Key::PainAcceptableMax, 4));
    EXPECT_FALSE(settings.setValue(ClinicSettings::Key::PacingRegressPercent, 9));
    EXPECT_FALSE(settings.setValue(ClinicSettings::Key::PacingRegressPercent, 21));
    EXPECT_FALSE(settings.setValue(ClinicSettings::Key::PacingRegressBadDays, 1));
    const ReviewThresholds changed = ReviewThresholds::fromSettings(settings);
    EXPECT_EQ(changed.badDaysInRow, 3);
    EXPECT_EQ(changed.regressPercent, 20);
    EXPECT_EQ(changed.painAcceptableMax, 4);
}
