#pragma once

#include <QString>

#include <functional>

namespace gradus {

// Where the builder goes after a programme undo command has touched the store (refusals are
// the stack's, StoreUndoStack). Commands outlive the moment they were made, so they never
// hold the view itself, only this.
struct ProgrammeCommandHooks
{
    // The store now holds a new state for `patientId`: show version `programmeId`, or with 0
    // (or a version that is gone) the patient's newest programme, or none.
    std::function<void(qint64 patientId, qint64 programmeId)> show;
};

} // namespace gradus
