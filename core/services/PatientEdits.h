#pragma once

#include "model/Patient.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace gradus {

class Workspace;

// Changes to a patient's record. A change is a function applied to the record as stored at
// that moment, inside one unit of work that holds the record: two desks changing different
// fields at once both keep their change, and nothing is written over unseen.
class PatientEdits
{
    Q_DECLARE_TR_FUNCTIONS(PatientEdits)

public:
    explicit PatientEdits(Workspace& workspace);

    // Reads patient `id` as stored now, applies `change` and saves it. Errors: NotFound,
    // Invalid (the changed record does not validate), Busy.
    // With `ifVersion`, refused (kind Conflict, naming who changed what) unless the record is
    // still at that version.
    Result<Patient> edit(qint64 id, const std::function<Status(Patient&)>& change,
                         std::optional<int> ifVersion = std::nullopt);

    // A new patient; returns the id. Errors: Invalid (naming each problem), a clinic number
    // already taken.
    Result<qint64> add(const Patient& patient);
    // Writes `patient` over the stored record, refused as a conflict when the record moved on
    // from patient.version; returns what was stored.
    Result<Patient> update(const Patient& patient);
    Status setArchived(qint64 id, bool archived);
    // For good, with its episodes and conditions (right to erasure); the views ask first.
    Result<PatientErasure> erase(qint64 id);
    // Puts back a patient that an undo took away, with its id, for the steps above it.
    Result<qint64> reinsert(const Patient& patient);
    // Undoes add(): removes the patient `added` (as stored by add()) in one unit that holds the
    // record. An undo never takes away what was recorded after it: refused as a conflict when
    // the record was changed since, and ("undo.patient_in_use", kind Refused) when any episode,
    // visit, measure, programme or other record of the patient exists. Returns the record as it
    // was, for redo.
    Result<Patient> withdrawAdded(const Patient& added);

private:
    Workspace& m_workspace;
};

} // namespace gradus
