#pragma once

#include "model/Prescription.h"
#include "pacing/GradedActivityPlan.h"
#include "pacing/ReviewData.h"
#include "pacing/ReviewDecision.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace gradus {

// The stored side of pacing as plain data: plans, the decisions made on their reviews, and
// what putting a dose into the programme did. The repositories store them
// (PacingPlanRepository, PacingReviews); views and the CLI show them.

// What putting a pacing dose into the programme did, so that it can be reported and undone.
struct PacingProgrammeChange
{
    qint64 programmeId = 0; // the version that now holds the dose
    int version = 0;
    bool newVersion = false;     // a new version was made and activated
    qint64 previousActiveId = 0; // the active version it superseded (newVersion)
    bool draftChanged = false;   // a draft (never given to the patient) was changed in place
    Dose previousDose;           // the dose before (draftChanged)
    Dose dose;                   // the dose put in
};

enum class PacingPlanStatus
{
    Active,
    Stopped, // a review decided to stop and refer
    Ended,   // the slot moved on to the exercise's progression or regression
};

namespace pacingPlanStatus {
QString key(PacingPlanStatus status); // "active", "stopped", "ended"
std::optional<PacingPlanStatus> fromKey(const QString& text);
QString name(PacingPlanStatus status); // translated
} // namespace pacingPlanStatus

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

// A review of one stored plan from what the visits recorded since its last decision.
struct PacingReview
{
    PacingPlanRecord plan;
    ReviewData data;         // built from the visits (and red-flag screens)
    ReviewDecision decision; // what the engine proposes
    QList<qint64> visitIds;  // the visits the review read, oldest first
    std::optional<qint64> latestVisitId;
};

// What the clinician decided on a review: accept the proposal, or override it with an
// outcome and a reason.
struct PacingChoice
{
    qint64 planId = 0;
    bool accept = true;
    ReviewOutcome chosen = ReviewOutcome::Hold; // when overriding
    QString reason;                             // required when overriding
    QString who;
    // The plan version the clinician decided on; a plan that moved on since is refused as a
    // conflict (naming who changed it) and nothing is written.
    std::optional<int> ifVersion;
};

// What a decision did, for the caller to report.
struct PacingDecisionResult
{
    qint64 decisionId = 0;
    PacingDecisionRecord record;
    bool programmeChanged = false;
    QString summary; // plain words: "Programme version 3: walking 9 minutes, 3 times a day."
};

} // namespace gradus
