#pragma once

#include "safety/SafetyCheck.h"
#include "undo/StoreCommand.h"

namespace gradus {

class Workspace;

// Keeping an "avoid" exercise with a reason, as one undoable step: redo() records the override
// (SafetyOverrides::record), undo() removes it. The views showing the programme
// re-check it when the store announces the change.
class SafetyOverrideCommand : public StoreCommand
{
public:
    SafetyOverrideCommand(Workspace& workspace, SafetyOverride entry, const QString& text);

    // The stored override's id; 0 when it is not stored.
    qint64 overrideId() const { return m_id; }

private:
    Status applyRedo() override;
    Status applyUndo() override;

    Workspace& m_workspace;
    SafetyOverride m_entry;
    qint64 m_id = 0;
};

} // namespace gradus
