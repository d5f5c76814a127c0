#pragma once

#include "model/Exercise.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>

namespace gradus {

class Workspace;

// Reading the exercise library, as the views do (the changes are ExerciseEdits').
class ExerciseRecords
{
public:
    explicit ExerciseRecords(Workspace& workspace);

    // Every exercise by name, retired ones too, without picture bytes (imageType still says
    // whether there is one).
    Result<QList<Exercise>> list();
    // One exercise, with its picture.
    Result<Exercise> byId(qint64 id);
    Result<Exercise> byStableId(const QString& stableId);

private:
    Workspace& m_workspace;
};

// Changing the exercise library. A built-in exercise keeps its stable id; a change to one
// marks it edited by the clinic. Each call is one unit of work.
class ExerciseEdits
{
public:
    explicit ExerciseEdits(Workspace& workspace);

    Result<qint64> create(const Exercise& exercise);
    Status update(const Exercise& exercise);
    Status setRetired(qint64 id, bool retired);
    // Empty data removes the picture.
    Status setPicture(qint64 id, const QByteArray& data, const QString& type);
    // With `asLeft`, only while the content is still that (ExerciseRepository::remove).
    Status remove(qint64 id, const Exercise* asLeft = nullptr);
    // Puts an exercise's content back as it was at `snapshot` (undo, redo) while it is still
    // as the step left it (ExerciseRepository::restore), or back with its id after a removal.
    Status restore(const Exercise& snapshot, const Exercise& asLeft);
    Status reinsert(const Exercise& snapshot);

private:
    Workspace& m_workspace;
};

} // namespace gradus
