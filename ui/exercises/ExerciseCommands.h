#pragma once

#include "model/Exercise.h"
#include "util/Result.h"

#include <QObject>
#include <QUndoCommand>

namespace gradus {

class StoreUndoStack;
class Workspace;

// The small front the library browser edits through (like Subsurface's commands/): each
// edit becomes a StoreCommand on the shared undo stack. A change the store refuses the first
// time is not put on the stack, and its error is returned; later refusals are the stack's
// (StoreUndoStack::failed).
class ExerciseEditing : public QObject
{
    Q_OBJECT

public:
    ExerciseEditing(Workspace& workspace, StoreUndoStack* stack, QObject* parent = nullptr);

    // Returns the new exercise's id.
    Result<qint64> create(const Exercise& exercise, const QString& undoText);
    Status edit(const Exercise& changed);
    Status setRetired(qint64 id, bool retired);
    // Empty data removes the picture.
    Status setPicture(qint64 id, const QByteArray& data, const QString& type);

private:
    Workspace& m_workspace;
    StoreUndoStack* m_stack;
};

} // namespace gradus
