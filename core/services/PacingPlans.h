#pragma once

#include "pacing/PacingRecords.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace gradus {

class Workspace;

// Graded activity plans as the Pacing tab and the review dialog use them (docs/PACING.md):
// the plans and their decisions, the reviews proposed from the visits, and the changes —
// a new plan (which brings the programme's dose in line with week 1) and a decision on a
// review (which makes the programme's next version). Each change is one unit of work.
class PacingPlans
{
    Q_DECLARE_TR_FUNCTIONS(PacingPlans)

public:
    explicit PacingPlans(Workspace& workspace);

    // The patient's active plans, oldest first.
    Result<QList<PacingPlanRecord>> forPatient(qint64 patientId);
    // The active plan of the slot this prescription row is in (any version), or none.
    Result<std::optional<PacingPlanRecord>> forPrescription(qint64 prescriptionId);
    // Decisions on a plan, oldest first.
    Result<QList<PacingDecisionRecord>> decisions(qint64 planId);
    // Amount done per plan week, from the visits.
    Result<QList<WeekActual>> actuals(const PacingPlanRecord& plan);
    // Reviews of the patient's active plans from the visits since each one's last decision.
    Result<QList<PacingReview>> reviewPatient(qint64 patientId);

    // Builds the plan (GradedActivityPlan::create checks every parameter) for the prescription
    // with this row id, in the active version or a draft of its programme. Errors:
    // "prescription.not_found", "pacing.unit_mismatch" (a minutes plan for a repetitions dose),
    // "pacing.duplicate_exercise" (the exercise is twice in the programme), "pacing.exists" (the
    // slot has an active plan), "pacing.who", and GradedActivityPlan's own.
    //
    // The prescription's dose is set to week 1 of the plan (PacingProgrammeUpdate::doseFor)
    // in the same transaction: unchanged when it already matches, a draft changed in place,
    // an active version followed by a new active version. Refused, nothing stored:
    // "pacing.draft_open" (the programme has a draft being edited), "pacing.superseded".
    // What happened goes to `outcome` when given.
    Result<qint64> create(qint64 prescriptionId, const PlanParameters& parameters,
                          const QString& who, PlanDoseOutcome* outcome = nullptr);
    // Undoes create(): removes the plan and takes back the dose change it made, in one
    // transaction. Errors as remove(), and "pacing.not_reversible" when the programme has
    // been changed since.
    Status removeCreated(qint64 planId, const PlanDoseOutcome& outcome);

    Result<PacingDecisionResult> decide(const PacingChoice& choice);

private:
    Workspace& m_workspace;
};

} // namespace gradus
