#include "services/PacingReviews.h"

#include "pacing/PacingDose.h"
#include "storage/ConflictReport.h"

#include "Workspace.h"
#include "i18n/InSentence.h"
#include "log/Logging.h"
#include "notify/StoreNotifier.h"
#include "programmes/DoseValidator.h"
#include "settings/ClinicSettings.h"
#include "storage/ExerciseRepository.h"
#include "storage/PacingProgrammeUpdate.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RedFlagRepository.h"
#include "storage/VisitRepository.h"

#include <algorithm>

namespace gradus {
namespace {

const auto logger = &logging::module<"pacing">;

QString day(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// Where the patient stands: the plan's step at the stored week, unless a regression set a
// quota between weeks; then the way back up is the week it came from.
ReviewStep stepOf(const PacingPlanRecord& record, const GradedActivityPlan& plan)
{
    const int week = std::clamp(record.currentWeek, 1, plan.weekCount());
    ReviewStep step = plan.reviewStep(week);
    if (record.currentQuota != plan.week(week).quota && record.currentQuota > 0) {
        step.current = record.currentQuota;
        step.week.reset();
        step.next = plan.week(week).quota;
        step.nextWeek = week;
        step.lastTolerated.reset();
        step.lastToleratedWeek.reset();
    }
    return step;
}

// The plan's weeks and the patient's visits: what a review and the week actuals are
// worked out from.
struct PlanAndVisits
{
    GradedActivityPlan plan;
    QList<Visit> visits;
};

Result<PlanAndVisits> planAndVisits(Workspace& workspace, const PacingPlanRecord& record)
{
    auto plan = PacingReviews::planOf(record);
    if (!plan)
        return plan.error();
    auto visits = VisitRepository(workspace).listForPatient(record.patientId);
    if (!visits)
        return visits.error();
    return PlanAndVisits{*plan, *visits};
}

} // namespace

PacingReviews::PacingReviews(Workspace& workspace) : m_workspace(workspace) {}

Result<GradedActivityPlan> PacingReviews::planOf(const PacingPlanRecord& plan)
{
    return GradedActivityPlan::create(plan.parameters);
}

ReviewThresholds PacingReviews::thresholds() const
{
    return ReviewThresholds::fromSettings(m_workspace.settings());
}

Result<PacingReview> PacingReviews::review(qint64 planId)
{
    auto plan = PacingPlanRepository(m_workspace).get(planId);
    if (!plan)
        return plan.error();
    return reviewOf(*plan);
}

Result<QList<PacingReview>> PacingReviews::reviewPatient(qint64 patientId)
{
    auto plans = PacingPlanRepository(m_workspace).forPatient(patientId);
    if (!plans)
        return plans.error();
    QList<PacingReview> out;
    for (const PacingPlanRecord& p : *plans) {
        auto r = reviewOf(p);
        if (!r)
            return r.error();
        out << *r;
    }
    return out;
}

Result<PacingReview> PacingReviews::reviewOf(const PacingPlanRecord& record)
{
    auto read = planAndVisits(m_workspace, record);
    if (!read)
        return read.error();
    const auto& [plan, visits] = *read;
    auto decisions = PacingPlanRepository(m_workspace).decisions(record.id);
    if (!decisions)
        return decisions.error();

    // The period under review: after the last decision's visit, or after the day of the
    // last decision, or (first review) after the plan's start day.
    qsizetype first = -1;
    if (!decisions->isEmpty() && decisions->last().visitId) {
        const qint64 lastVisit = *decisions->last().visitId;
        for (qsizetype i = 0; i < visits.size(); ++i)
            if (visits.at(i).id == lastVisit)
                first = i + 1;
    }
    // The decision's visit was withdrawn (entered in error) or there was none: go by dates.
    if (first < 0) {
        first = 0;
        const QDate after = decisions->isEmpty() ? record.parameters.start
                                                 : decisions->last().decidedAt.toLocalTime().date();
        while (first < visits.size() && visits.at(first).record.date <= after)
            ++first;
    }

    PacingReview review;
    review.plan = record;
    ReviewData& data = review.data;
    data.step = stepOf(record, plan);
    if (first > 0)
        data.baselinePain = visits.at(first - 1).record.painNow;
    bool peripheralising = false;
    for (qsizetype i = first; i < visits.size(); ++i) {
        const VisitRecord& v = visits.at(i).record;
        review.visitIds << visits.at(i).id;
        ReviewDay d;
        d.date = v.date;
        if (v.sessionsDone && v.sessionsPlanned && *v.sessionsPlanned > 0)
            d.quotaMet = *v.sessionsDone >= *v.sessionsPlanned;
        d.exercisePain = v.painExercise;
        d.nextMorningPain = v.painNextMorning;
        data.days << d;
        peripheralising = peripheralising || v.legSymptoms == LegSymptoms::Peripheralising;
        data.newNeurologicalSign = data.newNeurologicalSign || v.newNeuroSigns;
    }
    if (first < visits.size()) {
        const Visit& newest = visits.last();
        review.latestVisitId = newest.id;
        data.thisWeekPain = newest.record.painNow;
        if (visits.size() >= 2)
            data.previousWeekPain = visits.at(visits.size() - 2).record.painNow;
        data.legSymptoms =
            peripheralising ? LegSymptoms::Peripheralising : newest.record.legSymptoms;
        if (data.legSymptoms == LegSymptoms::NotRecorded)
            data.notRecorded << tr("leg symptoms at the visit of %1").arg(day(newest.record.date));
    }
    if (data.newNeurologicalSign)
        data.neurologicalDetail = tr("recorded at a visit since the last review");

    // Red flags: a positive screen in the period, or one still awaiting a decision.
    auto screens = RedFlagRepository(m_workspace).forPatient(record.patientId);
    if (!screens)
        return screens.error();
    const QDate periodStart =
        first > 0 ? visits.at(first - 1).record.date : record.parameters.start;
    for (const RedFlagScreen& s : *screens)
        if (s.positive() && (s.unresolved() || s.date >= periodStart)) {
            data.redFlag = true;
            data.redFlagDetail = tr("red-flag screen of %1").arg(day(s.date));
        }
    if (screens->isEmpty())
        data.notRecorded << tr("a red-flag screen (none recorded for this patient)");

    auto decision = ReviewEngine(thresholds()).evaluate(data);
    if (!decision)
        return decision.error();
    review.decision = *decision;
    return review;
}

Result<QList<WeekActual>> PacingReviews::actuals(const PacingPlanRecord& record)
{
    QList<WeekActual> out;
    if (record.parameters.unit != PacingUnit::Minutes)
        return out;
    auto read = planAndVisits(m_workspace, record);
    if (!read)
        return read.error();
    const auto& [plan, visits] = *read;
    QMap<int, QPair<double, int>> sums;
    for (const Visit& v : visits) {
        if (!v.record.activityMinutes || v.record.date <= record.parameters.start)
            continue;
        const auto week = plan.weekOn(v.record.date.addDays(-1));
        if (!week)
            continue;
        sums[*week].first += *v.record.activityMinutes;
        sums[*week].second += 1;
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        out << WeekActual{it.key(), it.value().first / it.value().second};
    return out;
}

Result<PacingDecisionResult> PacingReviews::decideInUnit(const PacingChoice& choice)
{
    Database& db = m_workspace.db();
    // Two desks deciding the same review take turns; the second sees the first's decision.
    if (auto st = db.lockRow(QStringLiteral("pacing_plan"), choice.planId); !st)
        return st.error();
    PacingPlanRepository plans(m_workspace);
    auto plan = plans.get(choice.planId);
    if (!plan)
        return plan.error();
    // The programme too, before its slot is read: the dose decided replaces the one stored now.
    if (auto st = ProgrammeRepository(m_workspace).lockLineage(plan->lineage); !st)
        return st.error();
    if (choice.ifVersion && *choice.ifVersion != plan->version)
        return ConflictReport::make(db, QStringLiteral("pacing_plan"), plan->id,
                                    tr("Pacing plan %1").arg(plan->id), *choice.ifVersion,
                                    plan->version);
    if (plan->status != PacingPlanStatus::Active)
        return Error{QStringLiteral("pacing.closed"),
                     tr("Plan %1 is %2; there is nothing left to decide on it.")
                         .arg(plan->id)
                         .arg(InSentence::pacingPlanStatus(plan->status))};
    auto review = reviewOf(*plan);
    if (!review)
        return review.error();
    const ReviewDecision& proposed = review->decision;
    if (!choice.accept) {
        if (choice.reason.trimmed().isEmpty())
            return Error{QStringLiteral("pacing.reason"),
                         tr("Say why you are not following the proposal (%1).")
                             .arg(InSentence::reviewOutcome(proposed.outcome))};
        if (choice.chosen == proposed.outcome)
            return Error{QStringLiteral("pacing.same_outcome"),
                         tr("The proposal already is to %1; accept it instead of overriding.")
                             .arg(InSentence::reviewOutcome(proposed.outcome))};
    }
    const ReviewOutcome chosen = choice.accept ? proposed.outcome : choice.chosen;
    const ReviewDecision target =
        choice.accept ? proposed : ReviewEngine(thresholds()).proposalFor(review->data, chosen);
    const ReviewStep& step = *review->data.step;

    PacingDecisionRecord record;
    record.planId = plan->id;
    record.visitId = review->latestVisitId;
    record.proposedOutcome = proposed.outcome;
    record.proposedQuota = proposed.proposedQuota;
    record.proposedWeek = proposed.proposedWeek;
    for (const ReviewFinding& f : proposed.reasons)
        record.rules << f.rule;
    record.proposal = proposed.proposal;
    record.accepted = choice.accept;
    record.chosenOutcome = chosen;
    record.chosenQuota = target.proposedQuota;
    record.chosenWeek = target.proposedWeek;
    record.reason = choice.accept ? QString() : choice.reason.trimmed();
    record.fromWeek = plan->currentWeek;
    record.fromQuota = plan->currentQuota;
    record.decidedAt = m_workspace.clock().now();
    record.decidedBy = choice.who.trimmed();

    PacingDecisionResult result;
    PacingPlanStatus status = PacingPlanStatus::Active;
    int week = plan->currentWeek;
    int quota = plan->currentQuota;
    std::optional<Prescription> changed;
    auto slot = plans.currentSlot(*plan);
    if (!slot)
        return slot.error();

    if (chosen == ReviewOutcome::StopAndRefer) {
        // The programme stays as it is on record; the plan stops, and the clinician refers.
        status = PacingPlanStatus::Stopped;
        result.summary = tr("Plan stopped: refer or discuss as the red-flag screen advises.");
    } else {
        if (!*slot)
            return Error{QStringLiteral("pacing.no_prescription"),
                         tr("The exercise of plan %1 is no longer in the programme; the decision "
                            "cannot be applied.")
                             .arg(plan->id)};
        // At the goal, progress moves on to the exercise's progression; at the smallest step,
        // regress moves back to its regression (CLINICAL.md 3). Otherwise the quota changes.
        const bool atGoal = chosen == ReviewOutcome::Progress && !step.next;
        const bool atFloor = chosen == ReviewOutcome::Regress && target.proposedQuota &&
                             *target.proposedQuota == step.current && !step.lastTolerated;
        QString switchTo;
        if (atGoal || atFloor) {
            auto exercise = ExerciseRepository(m_workspace).byId(plan->exerciseId);
            if (!exercise)
                return exercise.error();
            const QStringList& chain = atGoal ? exercise->progressions : exercise->regressions;
            if (!chain.isEmpty())
                switchTo = chain.first();
        }
        Prescription p = (*slot)->prescription;
        if (!switchTo.isEmpty()) {
            auto next = ExerciseRepository(m_workspace).byStableId(switchTo);
            if (!next)
                return next.error();
            p.exerciseId = next->id;
            p.dose = next->dose;
            // Library doses of timed activities leave sets at 0; a prescription needs one.
            p.dose.sets = std::max(1, p.dose.sets);
            status = PacingPlanStatus::Ended;
            result.summary = tr("Moved on to %1 (%2); this plan ends, and a new one can be made "
                                "for it.")
                                 .arg(next->name, describeDose(next->dose));
        } else {
            quota = target.proposedQuota.value_or(step.current);
            if (target.proposedWeek)
                week = *target.proposedWeek;
            const PacingUnit unit = plan->parameters.unit;
            p.dose = pacingDose::doseFor(p.dose, unit, quota, plan->parameters.boutsPerDay);
            result.summary =
                tr("%1 a day (%2).").arg(pacingUnit::format(unit, quota), describeDose(p.dose));
        }
        if (!(p.dose == (*slot)->prescription.dose) ||
            p.exerciseId != (*slot)->prescription.exerciseId)
            changed = p;
    }

    if (changed) {
        auto change = PacingProgrammeUpdate::apply(m_workspace, (*slot)->programmeId, plan->lineage,
                                                   (*slot)->prescription.exerciseId, *changed);
        if (!change)
            return change.error();
        record.programmeId = change->programmeId;
        result.programmeChanged = true;
        result.summary = tr("Programme version %1: %2").arg(change->version).arg(result.summary);
    }
    if (auto st = plans.updatePosition(plan->id, week, quota, status); !st)
        return st.error();
    auto id = plans.insertDecision(record);
    if (!id)
        return id.error();
    record.id = *id;
    result.decisionId = *id;
    result.record = record;
    return result;
}

Result<PacingDecisionResult> PacingReviews::decide(const PacingChoice& choice)
{
    if (choice.who.trimmed().isEmpty())
        return Error{QStringLiteral("pacing.who"), tr("Name the clinician deciding.")};
    Database& db = m_workspace.db();
    auto decided = db.write<PacingDecisionResult>([&] { return decideInUnit(choice); });
    if (!decided)
        return decided.error();
    logger()->info("decision {} on plan {}: {} ({})", decided->decisionId, choice.planId,
                   reviewOutcome::key(decided->record.chosenOutcome).toStdString(),
                   choice.accept ? "accepted" : "overridden");
    m_workspace.db().notify(StoreNotice::reset(StoreNotifier::Kind::Prescription));
    return decided;
}

Result<std::optional<HandoutPacing>> PacingReviews::handoutPacing(const Programme& programme,
                                                                  const QDate& date)
{
    using Pacing = std::optional<HandoutPacing>;
    if (programme.id <= 0)
        return Pacing();
    auto lineage = ProgrammeRepository(m_workspace).lineageOf(programme.id);
    if (!lineage)
        return lineage.error();
    const qint64 lineageId = *lineage;
    auto plans = PacingPlanRepository(m_workspace).forPatient(programme.patientId);
    if (!plans)
        return plans.error();
    for (const PacingPlanRecord& record : *plans) {
        if (record.lineage != lineageId)
            continue;
        bool inProgramme = false;
        for (const ProgrammeSection& s : programme.sections)
            for (const Prescription& p : s.prescriptions)
                inProgramme = inProgramme || p.exerciseId == record.exerciseId;
        if (!inProgramme)
            continue;
        PlanParameters p = record.parameters;
        p.start = date.addDays(-7 * qint64(std::max(1, record.currentWeek) - 1));
        auto plan = GradedActivityPlan::create(p);
        if (!plan)
            continue;
        auto exercise = ExerciseRepository(m_workspace).byId(record.exerciseId);
        return Pacing(HandoutPacing{exercise ? exercise->name : QString(), *plan,
                                    std::clamp(record.currentWeek, 1, plan->weekCount()),
                                    record.exerciseId});
    }
    return Pacing();
}

} // namespace gradus
