#pragma once

#include "undo/StoreCommand.h"

#include <QUndoStack>

namespace gradus {

// The window's undo history of changes to the store. Every change a view makes goes through
// run(); Edit → Undo and Redo replay them, and a replay the store refuses is announced by
// failed(), the one place such failures are reported.
class StoreUndoStack : public QUndoStack
{
    Q_OBJECT

public:
    using QUndoStack::QUndoStack;

    // Pushes `command` and runs its first redo(). Refused: the command is deleted, the stack is
    // as it was, and the error comes back here for the caller to show where it was asked.
    Status run(StoreCommand* command);

signals:
    // A later undo or redo of `step` (the command's text) was refused; it has been dropped
    // from the history.
    void failed(const QString& step, const gradus::Error& error);
};

} // namespace gradus
