#pragma once

#include "handout/HandoutContent.h"
#include "pacing/ReviewEngine.h"
#include "storage/PacingPlanRepository.h"

#include <QCoreApplication>

namespace gradus {

// Reviews stored plans from recorded visits, and turns the clinician's decision into a new
// programme version (draftFor -> change the dose or exercise -> activate) and a decision
// record, in one transaction.
//
// A review reads the visits after the last decision's visit (for the first review: after
// the plan's start date). Each visit is one diary entry: quota met = sessions done >=
// sessions planned, exercise pain and next-morning pain as recorded. Baseline pain is "pain
// now" at the last visit before that period; week-on-week compares "pain now" at the newest
// visit with the visit before it. Leg symptoms: peripheralising at any of the visits wins,
// else the newest visit's. A new neurological sign at any visit, a positive red-flag screen
// dated in the period or one still without a decision, count. What is not recorded is named
// (ReviewData::notRecorded) and holds progress.
class PacingReviews
{
    Q_DECLARE_TR_FUNCTIONS(PacingReviews)

public:
    explicit PacingReviews(Workspace& workspace);

    static Result<GradedActivityPlan> planOf(const PacingPlanRecord& plan);

    Result<PacingReview> review(qint64 planId);
    // Reviews of the patient's active plans, oldest plan first.
    Result<QList<PacingReview>> reviewPatient(qint64 patientId);
    // Amount done per plan week from the visits (minutes plans: the daily activity minutes
    // recorded, averaged over the week's visits). Empty for units visits do not record.
    Result<QList<WeekActual>> actuals(const PacingPlanRecord& plan);

    // Errors: "pacing.not_found", "pacing.closed" (stopped or ended), "pacing.who",
    // "pacing.reason" (an override without one), "pacing.same_outcome" (an "override" to
    // the proposed outcome), "pacing.no_prescription" (the exercise left the programme),
    // "pacing.draft_open" (the programme has a draft being edited), and the programme's own
    // (dose out of range).
    Result<PacingDecisionResult> decide(const PacingChoice& choice);

    // The stored plan to print on a handout of this programme version: the first active plan
    // of its lineage whose exercise is in it, with its dates moved so that the step the
    // patient is on now starts on `date` (holds and regressions shift the calendar). None
    // for an unsaved programme or one without a plan; an error when the plans cannot be read
    // (a handout must not silently leave out the patient's daily amounts).
    Result<std::optional<HandoutPacing>> handoutPacing(const Programme& programme,
                                                       const QDate& date);

private:
    ReviewThresholds thresholds() const;
    Result<PacingReview> reviewOf(const PacingPlanRecord& plan);
    // decide() inside its unit of work: may run again from the start when the unit is rerun.
    Result<PacingDecisionResult> decideInUnit(const PacingChoice& choice);

    Workspace& m_workspace;
};

} // namespace gradus
