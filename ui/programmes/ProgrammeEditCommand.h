#pragma once

#include "ProgrammeCommandHooks.h"
#include "model/Prescription.h"
#include "util/Result.h"

#include "undo/StoreCommand.h"

namespace gradus {

class Workspace;

// One clinician's edit of a draft programme (add, remove, move, dose, fields): the draft
// before and after. redo() and undo() store the whole version through
// ProgrammeRepository::saveDraft, so the store always holds exactly what the table shows.
//
// The first edit of an ACTIVE version is one step with the draft it needs: `before` is then
// the active version, and redo() makes the new draft holding `after`
// (ProgrammeRepository::draftWithChanges; later redos put the same draft back with the same
// id, restoreDraft), undo() deletes that draft again (removeDraft) and shows the active
// version. A refused save leaves the store as it was (StoreCommand).
class ProgrammeEditCommand : public StoreCommand
{
public:
    ProgrammeEditCommand(Workspace& workspace, const QString& text, Programme before,
                         Programme after, ProgrammeCommandHooks hooks);

    // The edited draft's id (for an edit of an active version, the new draft's).
    qint64 draftId() const { return m_after.id; }

private:
    Status applyRedo() override;
    Status applyUndo() override;
    Status save(const Programme& programme, const Programme& basedOn);
    bool createsDraft() const { return m_before.status == ProgrammeStatus::Active; }

    Workspace& m_workspace;
    Programme m_before;
    Programme m_after;
    ProgrammeCommandHooks m_hooks;
    bool m_draftMade = false;
};

} // namespace gradus
