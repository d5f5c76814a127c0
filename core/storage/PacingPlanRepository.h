#pragma once

#include "model/Prescription.h"
#include "pacing/GradedActivityPlan.h"
#include "pacing/ReviewDecision.h"
#include "storage/PacingProgrammeUpdate.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace gradus {

class Workspace;

enum class PacingPlanStatus
{
    Active,
    Stopped, // a review decided to stop and refer
    Ended,   // the slot moved on to the exercise's progression or regression
};

// A graded activity plan as stored for one prescription (resources/sql/0007_pacing.sql).
struct PacingPlanRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    // The programme lineage and the exercise of the slot: the plan follows the prescription
    // into every new version of the programme, whose prescription ids differ.
    qint64 lineage = 0;
    qint64 exerciseId = 0;
    PlanParameters parameters;
    int currentWeek = 1;
    int currentQuota = 0;
    PacingPlanStatus status = PacingPlanStatus::Active;
    QDateTime createdAt;
    QString createdBy;
    // Raised by one on each change (a decision moving the plan on): the version an edit is
    // based on (`pacing decide --if-version`).
    int version = 1;
};

// A review's proposal and what the clinician decided on it.
struct PacingDecisionRecord
{
    qint64 id = 0;
    qint64 planId = 0;
    std::optional<qint64> visitId;
    ReviewOutcome proposedOutcome = ReviewOutcome::Hold;
    std::optional<int> proposedQuota;
    std::optional<int> proposedWeek;
    QStringList rules;
    QString proposal;
    bool accepted = true;
    ReviewOutcome chosenOutcome = ReviewOutcome::Hold;
    std::optional<int> chosenQuota;
    std::optional<int> chosenWeek;
    QString reason; // required when overridden
    int fromWeek = 1;
    int fromQuota = 0;
    std::optional<qint64> programmeId; // the programme version the decision made
    QDateTime decidedAt;
    QString decidedBy;
};

// What storing a plan did to the prescription's dose: the programme is brought in line with
// the plan's first week, in the same transaction as the plan.
struct PlanDoseOutcome
{
    QString exerciseName;
    Dose dose;                                   // the dose the programme now holds
    std::optional<PacingProgrammeChange> change; // none: the dose already matched week 1
    QString message; // "The programme's dose of Walking is now 4 minutes, twice a day (version 2)."
};

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

    // Which dose type a unit grades, and the amount a dose holds in that unit.
    static DoseType doseTypeFor(PacingUnit unit);
    static int amountOf(const Dose& dose, PacingUnit unit);
    static void setAmount(Dose& dose, PacingUnit unit, int amount);

private:
    Result<QList<PacingPlanRecord>> select(const QString& where, const QVariantList& binds);

    Workspace& m_workspace;
};

namespace pacingPlanStatus {
QString key(PacingPlanStatus status); // "active", "stopped", "ended"
std::optional<PacingPlanStatus> fromKey(const QString& text);
QString name(PacingPlanStatus status); // translated
} // namespace pacingPlanStatus

} // namespace gradus
