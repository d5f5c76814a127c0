#pragma once

#include <QString>

#include <functional>

namespace gradus {

// What a programme undo command tells the builder after it has touched the store. Commands
// outlive the moment they were made, so they never hold the view itself, only these.
struct ProgrammeCommandHooks
{
    // The store now holds a new state for `patientId`: show version `programmeId`, or with 0
    // (or a version that is gone) the patient's newest programme, or none.
    std::function<void(qint64 patientId, qint64 programmeId)> show;
    // A redo() or undo() could not be done; the store is as it was. The command drops itself
    // from the stack (QUndoCommand::setObsolete) so that the next undo does not build on it.
    std::function<void(const QString& message)> error;
};

} // namespace gradus
