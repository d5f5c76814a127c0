#pragma once

#include "model/Patient.h"
#include "util/Result.h"

#include <QList>

namespace gradus {

class Workspace;

// Reading patients, as the views and the CLI do (the writes are PatientEdits'). The lists are
// in display order (family name, given name, date of birth).
class PatientRecords
{
public:
    explicit PatientRecords(Workspace& workspace);

    Result<Patient> get(qint64 id);
    Result<QList<Patient>> list(bool includeArchived);
    // About the first `limit` patients of the list, at once, for the first screenful of a big
    // clinic while the whole list loads.
    Result<QList<Patient>> firstInListOrder(int limit);
    // Patients whose names, clinic number or date of birth contain every word of `text`
    // (accent- and case-insensitive).
    Result<QList<Patient>> search(const QString& text, bool includeArchived);
    Result<qint64> count(bool includeArchived);
    // The patient other than `exceptId` who has `clinicNumber`, or 0: a clash to show while
    // the number is typed.
    Result<qint64> clinicNumberOwner(const QString& clinicNumber, qint64 exceptId);

private:
    Workspace& m_workspace;
};

} // namespace gradus
