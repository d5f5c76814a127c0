#pragma once

#include "pacing/PacingRecords.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace gradus {

class Workspace;

// The one way a plan's quota reaches the programme, shared by storing a plan
// (PacingPlans::create) and a review decision (PacingReviews::decide).
class PacingProgrammeUpdate
{
    Q_DECLARE_TR_FUNCTIONS(PacingProgrammeUpdate)

public:
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
