#pragma once

#include "model/Exercise.h"
#include "util/FieldMerge.h"

#include <QCoreApplication>

namespace gradus {

// A stale edit of an exercise (another desk saved it after the editor was opened), taken
// apart by the fields of the exercise editor, as PatientMerge does for a patient's details.
class ExerciseMerge
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseMerge)

public:
    using Field = FieldMerge<Exercise>::Field;
    // The fields of the exercise editor, in its order. The picture and the retired flag are
    // not among them: they have their own commands and an edit never changes them.
    static const QList<Field>& fields();

    static QList<MergeRow> rows(const Exercise& base, const Exercise& mine, const Exercise& theirs);
    // `theirs` with every field the clinician changed set to mine; its version is theirs.
    static Exercise rebase(const Exercise& base, const Exercise& mine, const Exercise& theirs);
};

} // namespace gradus
