#include "services/PacingPlans.h"

#include "storage/PacingPlanRepository.h"
#include "storage/PacingReviewRepository.h"

namespace gradus {

PacingPlans::PacingPlans(Workspace& workspace) : m_workspace(workspace) {}

Result<QList<PacingPlanRecord>> PacingPlans::forPatient(qint64 patientId)
{
    return PacingPlanRepository(m_workspace).forPatient(patientId);
}

Result<std::optional<PacingPlanRecord>> PacingPlans::forPrescription(qint64 prescriptionId)
{
    return PacingPlanRepository(m_workspace).forPrescription(prescriptionId);
}

Result<QList<PacingDecisionRecord>> PacingPlans::decisions(qint64 planId)
{
    return PacingPlanRepository(m_workspace).decisions(planId);
}

Result<QList<WeekActual>> PacingPlans::actuals(const PacingPlanRecord& plan)
{
    return PacingReviewRepository(m_workspace).actuals(plan);
}

Result<QList<PacingReview>> PacingPlans::reviewPatient(qint64 patientId)
{
    return PacingReviewRepository(m_workspace).reviewPatient(patientId);
}

Result<qint64> PacingPlans::create(qint64 prescriptionId, const PlanParameters& parameters,
                                   const QString& who, PlanDoseOutcome* outcome)
{
    return PacingPlanRepository(m_workspace).create(prescriptionId, parameters, who, outcome);
}

Status PacingPlans::removeCreated(qint64 planId, const PlanDoseOutcome& outcome)
{
    return PacingPlanRepository(m_workspace).removeCreated(planId, outcome);
}

Result<PacingDecisionResult> PacingPlans::decide(const PacingChoice& choice)
{
    return PacingReviewRepository(m_workspace).decide(choice);
}

} // namespace gradus
