#pragma once

#include "model/Condition.h"
#include "model/Episode.h"
#include "model/Patient.h"
#include "storage/PatientRepository.h"
#include "util/Result.h"

#include <QObject>

class QUndoStack;

namespace gradus {

class Workspace;

// The one front through which the patient views change patient data (like Subsurface's
// commands front). Each method writes through the repositories and, when that succeeded,
// pushes an undo command that is already done; the result tells the caller (a dialog) what
// went wrong so it can show it at the field. Undo and redo go through the same repositories
// and report failures with failed().
class PatientEditor : public QObject
{
    Q_OBJECT

public:
    PatientEditor(Workspace& workspace, QUndoStack* undoStack, QObject* parent = nullptr);

    Workspace& workspace() { return m_workspace; }
    QUndoStack* undoStack() const { return m_undoStack; }

    Result<qint64> addPatient(const Patient& patient);
    // `before` is the record as read (its updatedAt guards against overwriting a change
    // made elsewhere); `after` the edited copy.
    Status editPatient(const Patient& before, const Patient& after);
    Status setArchived(qint64 patientId, bool archived);
    // Permanent and not undoable (right to erasure). Clears the undo history, which may
    // hold copies of the patient's data.
    Result<PatientRepository::Erasure> erasePatient(qint64 patientId);

    Result<qint64> addEpisode(const Episode& episode);
    Status editEpisode(const Episode& before, const Episode& after);

    Result<qint64> addCondition(const Condition& condition);
    Status editCondition(const Condition& before, const Condition& after);
    Status removeCondition(const Condition& condition);

signals:
    // An undo or redo could not be applied (the record changed elsewhere, or was deleted);
    // the command has been dropped from the undo history.
    void failed(const gradus::Error& error);

private:
    Workspace& m_workspace;
    QUndoStack* m_undoStack;
};

} // namespace gradus
