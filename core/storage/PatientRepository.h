#pragma once

#include "model/Patient.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace gradus {

class Workspace;

// Reads and writes patients (table `patient`). Every write validates first
// (PatientValidator, clinic number uniqueness), runs in one transaction, and announces
// itself on the workspace's StoreNotifier (Kind::Patient) after the commit. Invalid input
// is refused with a message and writes nothing.
//
// Public API for other features:
//   PatientRepository(workspace).get(id)   one patient, or Error "patient.not_found"
class PatientRepository
{
    Q_DECLARE_TR_FUNCTIONS(PatientRepository)

public:
    explicit PatientRepository(Workspace& workspace);

    Result<Patient> get(qint64 id);
    // All patients in display order (family, given, date of birth).
    Result<QList<Patient>> list(bool includeArchived);
    // About the first `limit` patients of the list, read through the name index at once (for
    // the first screenful of a big clinic while the whole list loads), in display order. Names
    // whose folded form sorts differently from their stored form may be missing here; the
    // whole list has them.
    Result<QList<Patient>> firstInListOrder(int limit);
    // Patients whose names, clinic number or date of birth contain every word of `text`,
    // folded like PatientSearchIndex (accent- and case-insensitive), in display order.
    Result<QList<Patient>> search(const QString& text, bool includeArchived);
    Result<qint64> count(bool includeArchived = true);
    // The clinic numbers that start with `prefix` (the demo clinic numbers its patients
    // DEMO-000001, …, and continues after the highest).
    Result<QStringList> clinicNumbersStartingWith(const QString& prefix);

    // Adds a new patient and returns its id. Errors: "patient.invalid" (the message names
    // each problem), "patient.clinic_number_taken".
    Result<qint64> add(const Patient& patient);
    // Writes `patient` over the stored record and returns what was stored. When
    // patient.updatedAt is set it must match the stored one: a record changed elsewhere
    // since it was read is not overwritten ("patient.conflict", kind Conflict, naming who changed
    // what).
    Result<Patient> update(const Patient& patient);
    Status setArchived(qint64 id, bool archived);

    using Erasure = PatientErasure;
    // Deletes the patient with all episodes and conditions, for good (right to erasure).
    // The UI and CLI ask for explicit confirmation first.
    Result<Erasure> erase(qint64 id);
    // Puts back a patient that an undo removed, with its original id. For undo commands.
    Result<qint64> reinsert(const Patient& patient);

    // The id of another patient (not `exceptId`) with this clinic number, compared without
    // regard to case; 0 when none.
    Result<qint64> clinicNumberOwner(const QString& clinicNumber, qint64 exceptId = 0);

    // Inside a writing unit that decides on what the safety rules read of this patient (giving a
    // programme to the patient): holds those rows until the unit ends. On PostgreSQL another
    // desk's new or changed episode, condition or visit of the patient then waits for the unit,
    // or the unit waits for it and reads what it wrote; the patient and episode rows are taken
    // for update because a new episode, condition or visit only takes a key-share lock on them
    // through its foreign key. SQLite's write lock already holds everything.
    Status holdSafetyProfile(qint64 id);
    // How many records refer to patient `id`: episodes, visits, measures, PSFS activities,
    // programmes, red-flag screens and graded activity plans.
    Result<qint64> recordsOf(qint64 id);

private:
    Status checkBeforeWrite(const Patient& patient);
    Result<qint64> insert(const Patient& patient, bool keepId);

    Workspace& m_workspace;
};

} // namespace gradus
