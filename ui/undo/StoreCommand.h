#pragma once

#include "util/Result.h"

#include <QPointer>
#include <QUndoCommand>

namespace gradus {

class StoreUndoStack;

// The one undo style (after Subsurface's commands/command_base.h): redo() and undo() each make
// one change through a service or repository, in applyRedo() and applyUndo().
//
// StoreUndoStack::run() pushes a command and returns the outcome of its first redo(); a change
// the store refuses then is deleted and never reaches the stack. A later undo or redo that the
// store refuses (another desk changed the record meanwhile, the database went away) drops the
// step from the history, since the next step would build on what did not happen, and is
// reported once, by StoreUndoStack::failed. Views refresh from StoreNotifier, not from here.
class StoreCommand : public QUndoCommand
{
public:
    explicit StoreCommand(const QString& text = {});

    void redo() final;
    void undo() final;

protected:
    virtual Status applyRedo() = 0;
    virtual Status applyUndo() = 0;
    // True while the first redo() runs: the change is being made, not made again.
    bool firstRedo() const { return m_firstOutcome != nullptr; }

private:
    friend class StoreUndoStack;
    void finish(const Status& status, const char* step);

    QPointer<StoreUndoStack> m_stack;
    Status* m_firstOutcome = nullptr; // set by StoreUndoStack::run for the first redo()
};

} // namespace gradus
