#pragma once

#include "model/Condition.h"
#include "model/Episode.h"
#include "model/Patient.h"
#include "util/Result.h"

#include <QObject>

namespace gradus {

class StoreUndoStack;
class Workspace;

// The one front through which the patient views change patient data (like Subsurface's
// commands front). Each method runs an undo command (PatientCommands) whose first redo makes
// the change; the result tells the caller (a dialog) what went wrong so it can show it at the
// field, and a refused change leaves nothing on the stack. Undo and redo go through the same
// repositories; their failures are reported by StoreUndoStack::failed.
class PatientEditor : public QObject
{
    Q_OBJECT

public:
    PatientEditor(Workspace& workspace, StoreUndoStack* undoStack, QObject* parent = nullptr);

    Workspace& workspace() { return m_workspace; }
    StoreUndoStack* undoStack() const { return m_undoStack; }

    Result<qint64> addPatient(const Patient& patient);
    // `before` is the record as read (its updatedAt guards against overwriting a change
    // made elsewhere); `after` the edited copy.
    Status editPatient(const Patient& before, const Patient& after);
    Status setArchived(qint64 patientId, bool archived);
    // Permanent and not undoable (right to erasure). Clears the undo history, which may
    // hold copies of the patient's data.
    Result<PatientErasure> erasePatient(qint64 patientId);

    Result<qint64> addEpisode(const Episode& episode);
    Status editEpisode(const Episode& before, const Episode& after);

    Result<qint64> addCondition(const Condition& condition);
    Status editCondition(const Condition& before, const Condition& after);
    Status removeCondition(const Condition& condition);

private:
    Workspace& m_workspace;
    StoreUndoStack* m_undoStack;
};

} // namespace gradus
