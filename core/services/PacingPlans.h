#pragma once

#include "pacing/PacingRecords.h"
#include "util/Result.h"

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

    // A new plan for a prescription; what it did to the dose goes to `outcome`.
    Result<qint64> create(qint64 prescriptionId, const PlanParameters& parameters,
                          const QString& who, PlanDoseOutcome* outcome);
    // Undoes create() while no decision has been made on the plan.
    Status removeCreated(qint64 planId, const PlanDoseOutcome& outcome);
    Result<PacingDecisionResult> decide(const PacingChoice& choice);

private:
    Workspace& m_workspace;
};

} // namespace gradus
