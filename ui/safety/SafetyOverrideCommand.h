#pragma once

#include "safety/SafetyCheck.h"

#include <QUndoCommand>

#include <functional>

namespace gradus {

class Workspace;

// Keeping an "avoid" exercise with a reason, as one undoable step: redo() records the override
// (SafetyOverrideRepository::record), undo() removes it. A redo the store refuses makes the
// command obsolete, so QUndoStack::push() drops it; the message goes to `onError`.
// `onApplied` runs after every successful change (the panel re-checks the programme).
class SafetyOverrideCommand : public QUndoCommand
{
public:
    SafetyOverrideCommand(Workspace& workspace, SafetyOverride entry, const QString& text,
                          std::function<void()> onApplied,
                          std::function<void(const QString&)> onError);

    void redo() override;
    void undo() override;
    // The stored override's id; 0 when it is not stored.
    qint64 overrideId() const { return m_id; }

private:
    Workspace& m_workspace;
    SafetyOverride m_entry;
    std::function<void()> m_onApplied;
    std::function<void(const QString&)> m_onError;
    qint64 m_id = 0;
};

} // namespace gradus
