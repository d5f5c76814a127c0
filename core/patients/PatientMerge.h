#pragma once

#include "model/Patient.h"
#include "util/FieldMerge.h"

#include <QCoreApplication>
#include <QList>

namespace gradus {

// A stale edit of a patient's details, taken apart field by field: what the clinician read
// (`base`), what they made of it (`mine`) and what another desk stored meanwhile (`theirs`).
// The conflict dialog shows the fields, and rebase() reapplies the clinician's own changes to
// the stored record without undoing the other desk's.
class PatientMerge
{
    Q_DECLARE_TR_FUNCTIONS(PatientMerge)

public:
    using Field = FieldMerge<Patient>::Field;
    using Row = MergeRow;
    // The editable fields, in the order of the patient dialog.
    static const QList<Field>& fields();

    // The fields changed on either side.
    static QList<Row> rows(const Patient& base, const Patient& mine, const Patient& theirs);

    // `theirs` with every field the clinician changed (mine differs from base) set to mine;
    // the version is theirs, so saving it is an ordinary edit of the current record.
    static Patient rebase(const Patient& base, const Patient& mine, const Patient& theirs);
};

} // namespace gradus
