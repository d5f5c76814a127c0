// Reviews of stored plans from real stored visits (table-driven, with boundary values), and
// the clinician's decisions: what is stored, the new programme version, and what is refused.
#include "core/storage/PacingStoreFixture.h"
#include "services/HandoutAssembly.h"

#include "handout/HandoutBuilder.h"
#include "handout/HandoutContent.h"
#include "storage/EpisodeRepository.h"
#include "support/TableAway.h"

#include <functional>

using namespace gradus;

namespace {

using VisitEdit = std::function<void(VisitRecord&)>;

struct ReviewCase
{
    const char* name;
    // Visits after the baseline visit of 2026-03-16: each edits a good visit.
    QList<VisitEdit> visits;
    ReviewOutcome outcome;
    const char* rule;              // the primary rule expected
    const char* missing = nullptr; // a text expected among "Not recorded", if any
    bool clearScreen = true;       // record a clear red-flag screen at baseline
    QStringList flagsAfter = {};   // a positive screen on 2026-03-25
};

const VisitEdit kGood = [](VisitRecord&) {};

class PacingReviewTest : public testing::TestWithParam<ReviewCase>
{
};

QString notRecorded(const ReviewDecision& d)
{
    for (const QList<ReviewFinding>* list : {&d.reasons, &d.alsoNoted})
        for (const ReviewFinding& f : *list)
            if (f.rule == u"hold.incomplete_data"_qs)
                return f.data.first().value;
    return {};
}

} // namespace

TEST_P(PacingReviewTest, ProposesFromRecordedVisits)
{
    const ReviewCase& c = GetParam();
    test::PacingStore store(SqlBackend::Sqlite);
    ASSERT_TRUE(store.open());
    auto planId = store.createWalkingPlan();
    ASSERT_TRUE(planId);
    ASSERT_TRUE(store.addVisit(test::goodVisit(QDate(2026, 3, 16))));
    if (c.clearScreen) {
        ASSERT_TRUE(store.screen({}, QDate(2026, 3, 16)));
    }
    if (!c.flagsAfter.isEmpty()) {
        ASSERT_TRUE(store.screen(c.flagsAfter, QDate(2026, 3, 25)));
    }
    QDate day(2026, 3, 20);
    for (const VisitEdit& edit : c.visits) {
        VisitRecord r = test::goodVisit(day);
        edit(r);
        auto id = store.addVisit(r);
        ASSERT_TRUE(id) << id.error().message.toStdString();
        day = day.addDays(3);
    }
    auto review = PacingReviews(store.ws()).review(*planId);
    ASSERT_TRUE(review) << review.error().message.toStdString();
    EXPECT_EQ(review->visitIds.size(), c.visits.size()) << "the baseline visit is not reviewed";
    EXPECT_EQ(review->decision.outcome, c.outcome)
        << reviewOutcome::key(review->decision.outcome).toStdString() << " by "
        << review->decision.primary().rule.toStdString();
    EXPECT_EQ(review->decision.primary().rule, QString::fromLatin1(c.rule));
    if (c.missing) {
        EXPECT_TRUE(notRecorded(review->decision).contains(QString::fromLatin1(c.missing)))
            << notRecorded(review->decision).toStdString();
    }
    if (c.outcome == ReviewOutcome::Progress) {
        EXPECT_EQ(review->decision.proposedQuota, 9);
        EXPECT_EQ(review->decision.proposedWeek, 2);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Rules, PacingReviewTest,
    testing::Values(
        ReviewCase{"all_fine", {kGood, kGood}, ReviewOutcome::Progress, "progress.criteria_met"},
        ReviewCase{"exercise_pain_at_limit",
                   {[](VisitRecord& r) { r.painExercise = 5; }},
                   ReviewOutcome::Progress,
                   "progress.criteria_met"},
        ReviewCase{"exercise_pain_above_limit",
                   {[](VisitRecord& r) { r.painExercise = 6; }, kGood},
                   ReviewOutcome::Hold,
                   "hold.exercise_pain"},
        ReviewCase{"morning_equal_to_baseline_is_settled",
                   {[](VisitRecord& r) { r.painNextMorning = 3; }},
                   ReviewOutcome::Progress,
                   "progress.criteria_met"},
        ReviewCase{"morning_above_baseline_once",
                   {[](VisitRecord& r) { r.painNextMorning = 4; }, kGood},
                   ReviewOutcome::Hold,
                   "hold.not_settled"},
        ReviewCase{"two_bad_visits_in_a_row",
                   {[](VisitRecord& r) { r.painExercise = 6; },
                    [](VisitRecord& r) { r.painNextMorning = 5; }},
                   ReviewOutcome::Regress,
                   "regress.bad_days_in_row"},
        ReviewCase{"sessions_short",
                   {[](VisitRecord& r) { r.sessionsDone = 6; }},
                   ReviewOutcome::Hold,
                   "hold.quota_not_met"},
        ReviewCase{"pain_rising_week_on_week",
                   {kGood,
                    [](VisitRecord& r) {
                        r.painNow = 4;
                        r.painNextMorning = 3;
                    }},
                   ReviewOutcome::Hold,
                   "hold.pain_rising"},
        ReviewCase{"peripheralising_at_an_earlier_visit",
                   {[](VisitRecord& r) { r.legSymptoms = LegSymptoms::Peripheralising; }, kGood},
                   ReviewOutcome::Regress,
                   "regress.peripheralising"},
        ReviewCase{"new_neurological_sign",
                   {[](VisitRecord& r) { r.newNeuroSigns = true; }},
                   ReviewOutcome::Regress,
                   "regress.new_neurological_sign"},
        ReviewCase{"red_flag_screen_in_period",
                   {kGood},
                   ReviewOutcome::StopAndRefer,
                   "stop.red_flag",
                   nullptr,
                   true,
                   {u"fever"_qs}},
        ReviewCase{"no_visit_since_start",
                   {},
                   ReviewOutcome::Hold,
                   "hold.incomplete_data",
                   "any day of the diary"},
        ReviewCase{"sessions_not_recorded",
                   {[](VisitRecord& r) {
                       r.sessionsDone.reset();
                       r.sessionsPlanned.reset();
                   }},
                   ReviewOutcome::Hold,
                   "hold.incomplete_data",
                   "whether the quota was done"},
        ReviewCase{"exercise_pain_not_recorded",
                   {[](VisitRecord& r) { r.painExercise.reset(); }},
                   ReviewOutcome::Hold,
                   "hold.incomplete_data",
                   "pain during exercise"},
        ReviewCase{"leg_symptoms_not_recorded",
                   {[](VisitRecord& r) { r.legSymptoms = LegSymptoms::NotRecorded; }},
                   ReviewOutcome::Hold,
                   "hold.incomplete_data",
                   "leg symptoms at the visit of 2026-03-20"},
        ReviewCase{"no_red_flag_screen_at_all",
                   {kGood},
                   ReviewOutcome::Hold,
                   "hold.incomplete_data",
                   "a red-flag screen",
                   false}),
    [](const testing::TestParamInfo<ReviewCase>& info) { return info.param.name; });

// Decisions, on both backends.
namespace {

class PacingDecisionTest : public testing::TestWithParam<SqlBackend>
{
protected:
    void SetUp() override
    {
        m_store = std::make_unique<test::PacingStore>(GetParam());
        GRADUS_REQUIRE_STORE(m_store->fixture.store);
        ASSERT_TRUE(m_store->open());
        auto id = m_store->createWalkingPlan();
        ASSERT_TRUE(id);
        m_planId = *id;
        ASSERT_TRUE(m_store->baseline());
    }

    Workspace& ws() { return m_store->ws(); }
    PacingReviews reviews() { return PacingReviews(ws()); }

    PacingChoice accept() const
    {
        return PacingChoice{m_planId,    true, ReviewOutcome::Hold, {}, QStringLiteral("Pat C"),
                            std::nullopt};
    }

    Prescription walking(qint64 programmeId)
    {
        auto p = ProgrammeRepository(ws()).get(programmeId);
        EXPECT_TRUE(p);
        for (const ProgrammeSection& s : p->sections)
            for (const Prescription& r : s.prescriptions)
                if (r.exerciseId == m_store->exercise(QStringLiteral("walking")))
                    return r;
        ADD_FAILURE() << "walking not in programme " << programmeId;
        return {};
    }

    qint64 versions() { return m_store->fixture.count(QStringLiteral("programme")); }

    std::unique_ptr<test::PacingStore> m_store;
    qint64 m_planId = 0;
};

} // namespace

TEST_P(PacingDecisionTest, AcceptingProgressMakesANewVersionAndRecordsTheDecision)
{
    auto visit = m_store->addVisit(test::goodVisit(QDate(2026, 3, 23)));
    ASSERT_TRUE(visit);
    auto result = reviews().decide(accept());
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_TRUE(result->programmeChanged);

    auto all = ProgrammeRepository(ws()).versions(m_store->programmeId);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).status, ProgrammeStatus::Superseded);
    EXPECT_EQ(all->at(1).status, ProgrammeStatus::Active);
    const Prescription now = walking(all->at(1).id);
    EXPECT_EQ(now.dose.minutes, 9) << "week 2 of the plan";
    EXPECT_EQ(now.dose.timesPerDay, 1) << "one bout a day in this plan";
    EXPECT_EQ(walking(all->at(0).id).dose.minutes, 8) << "the old version is untouched";

    auto plan = PacingPlanRepository(ws()).get(m_planId);
    EXPECT_EQ(plan->currentWeek, 2);
    EXPECT_EQ(plan->currentQuota, 9);
    auto decisions = PacingPlanRepository(ws()).decisions(m_planId);
    ASSERT_TRUE(decisions);
    ASSERT_EQ(decisions->size(), 1);
    const PacingDecisionRecord& d = decisions->first();
    EXPECT_EQ(d.visitId, *visit);
    EXPECT_EQ(d.proposedOutcome, ReviewOutcome::Progress);
    EXPECT_EQ(d.proposedQuota, 9);
    EXPECT_EQ(d.proposedWeek, 2);
    EXPECT_EQ(d.rules, QStringList{u"progress.criteria_met"_qs});
    EXPECT_TRUE(d.accepted);
    EXPECT_EQ(d.chosenOutcome, ReviewOutcome::Progress);
    EXPECT_EQ(d.chosenQuota, 9);
    EXPECT_TRUE(d.reason.isEmpty());
    EXPECT_EQ(d.fromWeek, 1);
    EXPECT_EQ(d.fromQuota, 8);
    EXPECT_EQ(d.programmeId, all->at(1).id);
    EXPECT_EQ(d.decidedBy, QStringLiteral("Pat C"));
    EXPECT_EQ(d.decidedAt, m_store->fixture.clock.now());

    // The next review reads only what came after the decision's visit.
    auto next = reviews().review(m_planId);
    ASSERT_TRUE(next);
    EXPECT_TRUE(next->visitIds.isEmpty());
    EXPECT_EQ(next->data.baselinePain, 3);
    EXPECT_EQ(next->decision.primary().rule, QStringLiteral("hold.incomplete_data"));
    EXPECT_EQ(next->data.step->current, 9);
    EXPECT_EQ(next->data.step->next, 10);
}

TEST_P(PacingDecisionTest, AHoldAtTheSameDoseMakesNoNewVersion)
{
    // Incomplete data: hold at week 1 (8 minutes), which storing the plan already made the
    // programme's dose.
    auto first = reviews().decide(accept());
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_EQ(first->record.chosenOutcome, ReviewOutcome::Hold);
    EXPECT_FALSE(first->programmeChanged);
    EXPECT_EQ(versions(), 1);
    auto second = reviews().decide(accept());
    ASSERT_TRUE(second);
    EXPECT_FALSE(second->programmeChanged);
    EXPECT_FALSE(second->record.programmeId);
    EXPECT_EQ(versions(), 1);
    EXPECT_EQ(PacingPlanRepository(ws()).decisions(m_planId)->size(), 2);
}

TEST_P(PacingDecisionTest, AnOverrideNeedsAReasonAndADifferentOutcome)
{
    ASSERT_TRUE(m_store->addVisit(test::goodVisit(QDate(2026, 3, 23))));
    PacingChoice noReason{m_planId, false,       ReviewOutcome::Hold,
                          u"  "_qs, u"Pat C"_qs, std::nullopt};
    EXPECT_EQ(reviews().decide(noReason).error().code, QStringLiteral("pacing.reason"));
    PacingChoice same{m_planId,   false,       ReviewOutcome::Progress,
                      u"fine"_qs, u"Pat C"_qs, std::nullopt};
    EXPECT_EQ(reviews().decide(same).error().code, QStringLiteral("pacing.same_outcome"));
    PacingChoice nobody = accept();
    nobody.who.clear();
    EXPECT_EQ(reviews().decide(nobody).error().code, QStringLiteral("pacing.who"));
    EXPECT_EQ(m_store->fixture.count(QStringLiteral("pacing_decision")), 0);
    EXPECT_EQ(versions(), 1);

    PacingChoice hold{m_planId,    false,       ReviewOutcome::Hold, u"Holiday next week"_qs,
                      u"Pat C"_qs, std::nullopt};
    auto result = reviews().decide(hold);
    ASSERT_TRUE(result) << result.error().message.toStdString();
    auto d = PacingPlanRepository(ws()).decisions(m_planId)->first();
    EXPECT_FALSE(d.accepted);
    EXPECT_EQ(d.proposedOutcome, ReviewOutcome::Progress);
    EXPECT_EQ(d.chosenOutcome, ReviewOutcome::Hold);
    EXPECT_EQ(d.chosenQuota, 8);
    EXPECT_EQ(d.reason, QStringLiteral("Holiday next week"));
    EXPECT_EQ(PacingPlanRepository(ws()).get(m_planId)->currentWeek, 1);
}

TEST_P(PacingDecisionTest, RegressWithoutAToleratedStepCutsTheQuotaThenClimbsBack)
{
    // Week 1 has no tolerated step below it: 15% less than 8, rounded down, is 6.
    auto bad = [this](const QDate& d) {
        VisitRecord r = test::goodVisit(d);
        r.painExercise = 7;
        return m_store->addVisit(r);
    };
    ASSERT_TRUE(bad(QDate(2026, 3, 20)));
    ASSERT_TRUE(bad(QDate(2026, 3, 23)));
    auto result = reviews().decide(accept());
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_EQ(result->record.chosenOutcome, ReviewOutcome::Regress);
    auto plan = PacingPlanRepository(ws()).get(m_planId);
    EXPECT_EQ(plan->currentQuota, 6);
    EXPECT_EQ(plan->currentWeek, 1);
    EXPECT_EQ(walking(*result->record.programmeId).dose.minutes, 6);
    auto next = reviews().review(m_planId);
    ASSERT_TRUE(next);
    EXPECT_EQ(next->data.step->current, 6);
    EXPECT_EQ(next->data.step->next, 8) << "back up to week 1's quota";
}

TEST_P(PacingDecisionTest, StopAndReferStopsThePlanAndLeavesTheProgramme)
{
    ASSERT_TRUE(m_store->addVisit(test::goodVisit(QDate(2026, 3, 23))));
    ASSERT_TRUE(m_store->screen({u"fever"_qs}, QDate(2026, 3, 23)));
    auto result = reviews().decide(accept());
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_EQ(result->record.chosenOutcome, ReviewOutcome::StopAndRefer);
    EXPECT_FALSE(result->programmeChanged);
    EXPECT_EQ(versions(), 1);
    EXPECT_EQ(PacingPlanRepository(ws()).get(m_planId)->status, PacingPlanStatus::Stopped);
    EXPECT_EQ(reviews().decide(accept()).error().code, QStringLiteral("pacing.closed"));
    EXPECT_TRUE(PacingPlanRepository(ws()).forPatient(m_store->patientId)->isEmpty());
}

TEST_P(PacingDecisionTest, AnOpenDraftIsNotHandedOverWithTheDecision)
{
    ASSERT_TRUE(m_store->addVisit(test::goodVisit(QDate(2026, 3, 23))));
    ProgrammeRepository programmes(ws());
    auto draft = programmes.draftFor(m_store->programmeId);
    ASSERT_TRUE(draft);
    auto result = reviews().decide(accept());
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, QStringLiteral("pacing.draft_open"));
    EXPECT_EQ(m_store->fixture.count(QStringLiteral("pacing_decision")), 0);
    EXPECT_EQ(PacingPlanRepository(ws()).get(m_planId)->currentWeek, 1);
    EXPECT_EQ(programmes.get(draft->id)->status, ProgrammeStatus::Draft);
}

TEST_P(PacingDecisionTest, ProgressAtTheGoalMovesToTheProgression)
{
    // A plan already at its goal: baseline above the goal gives a one-week plan.
    auto stop =
        PacingPlanRepository(ws()).updatePosition(m_planId, 6, 12, PacingPlanStatus::Active);
    ASSERT_TRUE(stop);
    // Running, where the chain leads, is refused in the acute phase (ActivationGate); an
    // episode without a recorded onset counts as acute, so this one began months ago.
    auto episode = EpisodeRepository(ws()).openEpisode(m_store->patientId);
    ASSERT_TRUE(episode && episode->has_value());
    Episode dated = **episode;
    dated.onsetDate = QDate(2025, 10, 1);
    ASSERT_TRUE(EpisodeRepository(ws()).update(dated));
    ASSERT_TRUE(m_store->addVisit(test::goodVisit(QDate(2026, 4, 27))));
    auto result = reviews().decide(accept());
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_EQ(PacingPlanRepository(ws()).get(m_planId)->status, PacingPlanStatus::Ended);
    const qint64 running = m_store->exercise(QStringLiteral("running"));
    auto p = ProgrammeRepository(ws()).get(*result->record.programmeId);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->sections[0].prescriptions[0].exerciseId, running);
    EXPECT_EQ(p->status, ProgrammeStatus::Active);
}

TEST_P(PacingDecisionTest, AWithdrawnDecisionVisitDoesNotBringOldVisitsBack)
{
    auto visit = m_store->addVisit(test::goodVisit(QDate(2026, 3, 23)));
    ASSERT_TRUE(visit);
    ASSERT_TRUE(reviews().decide(accept()));
    ASSERT_TRUE(VisitRepository(ws()).markEnteredInError(*visit, u"Pat C"_qs, u"wrong patient"_qs));
    auto next = reviews().review(m_planId);
    ASSERT_TRUE(next);
    EXPECT_TRUE(next->visitIds.isEmpty()) << "only visits after the decision's day count";
}

TEST_P(PacingDecisionTest, TheHandoutPrintsTheStoredPlanFromTheCurrentStep)
{
    ASSERT_TRUE(m_store->addVisit(test::goodVisit(QDate(2026, 3, 23))));
    auto result = reviews().decide(accept());
    ASSERT_TRUE(result);
    auto programme = ProgrammeRepository(ws()).get(*result->record.programmeId);
    ASSERT_TRUE(programme);
    HandoutContent::Options options;
    options.clinician = QStringLiteral("Pat C");
    options.date = QDate(2026, 4, 30);
    auto content = HandoutAssembly::assemble(ws(), *programme, options);
    ASSERT_TRUE(content) << content.error().message.toStdString();
    ASSERT_TRUE(content->pacing) << "the stored plan is linked to the programme";
    EXPECT_EQ(content->pacing->activity, QStringLiteral("Walking"));
    EXPECT_EQ(content->pacing->fromWeek, 2);
    EXPECT_EQ(content->pacing->plan.week(2).start, QDate(2026, 4, 30))
        << "the current step starts on the handout's date";
    EXPECT_EQ(content->pacing->plan.week(2).quota, 9);
    const QString html = HandoutBuilder(*content).html();
    EXPECT_TRUE(html.contains(QStringLiteral("Your activity plan: Walking")));
    EXPECT_TRUE(html.contains(QStringLiteral("<tr><td>2</td>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<tr><td>6</td>")));
    EXPECT_FALSE(html.contains(QStringLiteral("<tr><td>1</td>"))) << "week 1 is behind her";
    // The exercise's own dose line gives the plan's current step, so the handout states one
    // amount for walking, not the prescription's and the plan's side by side.
    EXPECT_TRUE(
        html.contains(QStringLiteral("As your activity plan shows: this week 9 minutes a day")))
        << html.toStdString();

    // An ad-hoc programme (never stored) has no plan.
    Programme adHoc = *programme;
    adHoc.id = 0;
    auto plain = HandoutAssembly::assemble(ws(), adHoc, options);
    ASSERT_TRUE(plain);
    EXPECT_FALSE(plain->pacing);
}

TEST_P(PacingDecisionTest, PlansThatCannotBeReadRefuseTheHandoutRatherThanLeaveThemOut)
{
    auto programme = ProgrammeRepository(ws()).get(m_store->programmeId);
    ASSERT_TRUE(programme);
    HandoutContent::Options options;
    options.clinician = QStringLiteral("Pat C");
    auto refused = [&] {
        test::TableAway plans(ws().db(), QStringLiteral("pacing_plan"));
        EXPECT_TRUE(plans.away());
        return HandoutAssembly::assemble(ws(), *programme, options);
    }();
    ASSERT_FALSE(refused) << "a handout without the patient's plan would look complete";
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("could not be read")))
        << refused.error().message.toStdString();

    auto content = HandoutAssembly::assemble(ws(), *programme, options);
    ASSERT_TRUE(content) << content.error().message.toStdString();
    EXPECT_TRUE(content->pacing) << "readable again: the plan is printed";
}

INSTANTIATE_TEST_SUITE_P(Backends, PacingDecisionTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         [](const testing::TestParamInfo<SqlBackend>& info) {
                             return info.param == SqlBackend::Sqlite ? "Sqlite" : "Postgres";
                         });
