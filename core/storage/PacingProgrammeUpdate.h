#pragma once

#include "model/Prescription.h"
#include "pacing/GradedActivityPlan.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace gradus {

class Workspace;

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

// The one way a plan's quota reaches the programme, shared by storing a plan
// (PacingPlanRepository::create) and a review decision (PacingReviewRepository::decide).
class PacingProgrammeUpdate
{
    Q_DECLARE_TR_FUNCTIONS(PacingProgrammeUpdate)

public:
    // `base` with the daily quota split into `bouts` bouts: a Dose has one amount per bout,
    // the largest bout, so 8 minutes in 3 bouts (3 + 3 + 2) is "3 minutes, 3 times a day";
    // the plan shows the exact split.
    static Dose doseFor(Dose base, PacingUnit unit, int quota, int bouts);

    // Puts `changed` in place of the prescription of `exerciseId` in programme version
    // `programmeId` (of `lineage`): a draft is changed in place; an active version gets a new
    // active version (draftFor -> saveDraft -> activate). Runs inside the caller's
    // transaction. Errors "pacing.draft_open" (the active programme has a draft being
    // edited: it must not be handed over unfinished), "pacing.superseded", and the
    // programme's own.
    static Result<PacingProgrammeChange> apply(Workspace& workspace, qint64 programmeId,
                                               qint64 lineage, qint64 exerciseId,
                                               const Prescription& changed);

    // Takes back apply(): the new version is removed and the one it superseded is active
    // again, or the draft's dose is put back. Error "pacing.not_reversible" when the
    // programme has been changed since. Runs inside the caller's transaction.
    static Status revert(Workspace& workspace, const PacingProgrammeChange& change,
                         qint64 exerciseId);
};

} // namespace gradus
