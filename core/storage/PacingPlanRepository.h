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
// versions. Writes are one transaction each and announced as Kind::Prescription changes.
class PacingPlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PacingPlanRepository)

public:
    explicit PacingPlanRepository(Workspace& workspace);

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

    // Low-level writes for PacingReviewRepository, which wraps them in its transaction.
    Result<qint64> insertDecision(const PacingDecisionRecord& decision);
    Status updatePosition(qint64 planId, int week, int quota, PacingPlanStatus status);

private:
    Result<QList<PacingPlanRecord>> select(const QString& where, const QVariantList& binds);

    Workspace& m_workspace;
};

} // namespace gradus
