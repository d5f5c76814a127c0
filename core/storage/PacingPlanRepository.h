#pragma once

#include "pacing/PacingRecords.h"
#include "storage/PacingProgrammeUpdate.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace gradus {

class Workspace;

// Stores graded activity plans per prescription and the decisions made on their reviews.
// Plans are keyed by programme lineage + exercise so that they survive new programme
// versions. What a new plan or a decision means (the dose it sets, the programme version it
// makes) is services/PacingPlans' and services/PacingReviews'.
class PacingPlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PacingPlanRepository)

public:
    explicit PacingPlanRepository(Workspace& workspace);

    // Where a prescription row sits: its programme version, lineage, patient and exercise.
    // Error "prescription.not_found".
    struct Place
    {
        qint64 programmeId = 0;
        qint64 lineage = 0;
        qint64 patientId = 0;
        qint64 exerciseId = 0;
    };
    Result<Place> placeOf(qint64 prescriptionId);
    // The active plan of this exercise in the lineage, if any.
    Result<std::optional<qint64>> activeIn(qint64 lineage, qint64 exerciseId);
    // Stores a new active plan at week 1 (with `firstQuota`) for the exercise at `place`.
    // The caller checked it (services/PacingPlans) and holds the unit of work.
    Result<qint64> insert(const Place& place, const PlanParameters& parameters, int firstQuota,
                          const QString& who);

    // Error "pacing.not_found".
    Result<PacingPlanRecord> get(qint64 planId);
    // The active plan of the slot this prescription row is in (any version), or none.
    Result<std::optional<PacingPlanRecord>> forPrescription(qint64 prescriptionId);
    // The patient's plans, oldest first; only active ones unless asked.
    Result<QList<PacingPlanRecord>> forPatient(qint64 patientId, bool includeClosed = false);
    // Deletes a plan on which no decision has been made (undoing its creation). Errors
    // "pacing.not_found", "pacing.decided".
    Status remove(qint64 planId);
    // Decisions on a plan, oldest first.
    Result<QList<PacingDecisionRecord>> decisions(qint64 planId);

    // The prescription the plan applies to in the lineage's newest active version (or, when
    // never activated, its draft), with that version's id; none when the exercise has left
    // the programme.
    struct Slot
    {
        qint64 programmeId = 0;
        Prescription prescription;
    };
    Result<std::optional<Slot>> currentSlot(const PacingPlanRecord& plan);

    // Low-level writes for services/PacingReviews, which wraps them in its unit of work.
    Result<qint64> insertDecision(const PacingDecisionRecord& decision);
    Status updatePosition(qint64 planId, int week, int quota, PacingPlanStatus status);

private:
    Result<QList<PacingPlanRecord>> select(const QString& where, const QVariantList& binds);

    Workspace& m_workspace;
};

} // namespace gradus
