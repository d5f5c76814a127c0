#include "undo/StoreCommand.h"

#include "log/Logging.h"
#include "undo/StoreUndoStack.h"

namespace gradus {

StoreCommand::StoreCommand(const QString& text) : QUndoCommand(text) {}

void StoreCommand::redo()
{
    finish(applyRedo(), "redo");
}

void StoreCommand::undo()
{
    finish(applyUndo(), "undo");
}

void StoreCommand::finish(const Status& status, const char* step)
{
    if (m_firstOutcome) {
        *m_firstOutcome = status;
        m_firstOutcome = nullptr;
        if (!status) {
            setObsolete(true); // QUndoStack::push deletes it instead of stacking it
            logging::get("ui.undo")->info("change refused ({})", status.error().code.toStdString());
        }
        return;
    }
    if (status)
        return;
    // QUndoStack deletes an obsolete command once this undo() or redo() returns.
    setObsolete(true);
    logging::get("ui.undo")->warn("{} refused ({}); the step is dropped from the history", step,
                                  status.error().code.toStdString());
    if (m_stack)
        emit m_stack->failed(text(), status.error());
}

Status StoreUndoStack::run(StoreCommand* command)
{
    Status outcome;
    command->m_stack = this;
    command->m_firstOutcome = &outcome;
    push(command); // deletes the command when its first redo() refused
    return outcome;
}

} // namespace gradus
