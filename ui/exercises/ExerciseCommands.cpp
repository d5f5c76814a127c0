#include "exercises/ExerciseCommands.h"

#include "Workspace.h"
#include "services/ExerciseRecords.h"
#include "undo/StoreUndoStack.h"

#include <QCoreApplication>

namespace gradus {
namespace {

class CreateCommand final : public StoreCommand
{
public:
    CreateCommand(Workspace& workspace, Exercise exercise, const QString& text)
        : StoreCommand(text), m_workspace(workspace), m_exercise(std::move(exercise))
    {
    }
    qint64 exerciseId() const { return m_exercise.id; }

private:
    Status applyRedo() override
    {
        ExerciseEdits edits(m_workspace);
        if (!firstRedo())
            return edits.reinsert(m_exercise);
        auto id = edits.create(m_exercise);
        if (!id)
            return id.error();
        m_exercise.id = *id;
        // Redo after undo brings back exactly this record, with the same id.
        if (auto stored = ExerciseRecords(m_workspace).byId(*id))
            m_exercise = *stored;
        return {};
    }
    // Never deletes an edit another desk made to the new exercise since (a conflict).
    Status applyUndo() override
    {
        return ExerciseEdits(m_workspace).remove(m_exercise.id, &m_exercise);
    }

    Workspace& m_workspace;
    Exercise m_exercise;
};

class EditCommand final : public StoreCommand
{
public:
    EditCommand(Workspace& workspace, Exercise before, Exercise after)
        : StoreCommand(
              QCoreApplication::translate("ExerciseEditing", "Edit \"%1\"").arg(after.name)),
          m_workspace(workspace), m_before(std::move(before)), m_after(std::move(after))
    {
    }

private:
    Status applyRedo() override
    {
        ExerciseEdits edits(m_workspace);
        if (!firstRedo())
            return edits.restore(m_after, m_before);
        if (Status st = edits.update(m_after); !st)
            return st;
        // Keep what the store made of it (edited flag, time) for later redos.
        if (auto stored = ExerciseRecords(m_workspace).byId(m_after.id))
            m_after = *stored;
        return {};
    }
    // Each step writes only over the content the other step left: another desk's edit in
    // between is a conflict, never reverted.
    Status applyUndo() override { return ExerciseEdits(m_workspace).restore(m_before, m_after); }

    Workspace& m_workspace;
    Exercise m_before;
    Exercise m_after;
};

class RetireCommand final : public StoreCommand
{
public:
    RetireCommand(Workspace& workspace, qint64 id, bool retired, const QString& name)
        : StoreCommand(
              retired ? QCoreApplication::translate("ExerciseEditing", "Retire \"%1\"").arg(name)
                      : QCoreApplication::translate("ExerciseEditing", "Restore \"%1\"").arg(name)),
          m_workspace(workspace), m_id(id), m_retired(retired)
    {
    }

private:
    Status applyRedo() override { return ExerciseEdits(m_workspace).setRetired(m_id, m_retired); }
    Status applyUndo() override { return ExerciseEdits(m_workspace).setRetired(m_id, !m_retired); }

    Workspace& m_workspace;
    qint64 m_id;
    bool m_retired;
};

class PictureCommand final : public StoreCommand
{
public:
    PictureCommand(Workspace& workspace, const Exercise& before, QByteArray data, QString type)
        : StoreCommand(
              data.isEmpty()
                  ? QCoreApplication::translate("ExerciseEditing", "Remove the picture of \"%1\"")
                        .arg(before.name)
                  : QCoreApplication::translate("ExerciseEditing", "Set the picture of \"%1\"")
                        .arg(before.name)),
          m_workspace(workspace), m_id(before.id), m_oldData(before.image),
          m_oldType(before.imageType), m_newData(std::move(data)), m_newType(std::move(type))
    {
    }

private:
    Status applyRedo() override
    {
        return ExerciseEdits(m_workspace).setPicture(m_id, m_newData, m_newType);
    }
    Status applyUndo() override
    {
        return ExerciseEdits(m_workspace).setPicture(m_id, m_oldData, m_oldType);
    }

    Workspace& m_workspace;
    qint64 m_id;
    QByteArray m_oldData;
    QString m_oldType;
    QByteArray m_newData;
    QString m_newType;
};

} // namespace

ExerciseEditing::ExerciseEditing(Workspace& workspace, StoreUndoStack* stack, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_stack(stack)
{
}

Result<qint64> ExerciseEditing::create(const Exercise& exercise, const QString& undoText)
{
    auto* command = new CreateCommand(m_workspace, exercise, undoText);
    if (auto st = m_stack->run(command); !st)
        return st.error();
    return command->exerciseId();
}

Status ExerciseEditing::edit(const Exercise& changed)
{
    auto before = ExerciseRecords(m_workspace).byId(changed.id);
    if (!before)
        return before.error();
    return m_stack->run(new EditCommand(m_workspace, *before, changed));
}

Status ExerciseEditing::setRetired(qint64 id, bool retired)
{
    auto current = ExerciseRecords(m_workspace).byId(id);
    if (!current)
        return current.error();
    if (current->retired == retired)
        return {};
    return m_stack->run(new RetireCommand(m_workspace, id, retired, current->name));
}

Status ExerciseEditing::setPicture(qint64 id, const QByteArray& data, const QString& type)
{
    auto current = ExerciseRecords(m_workspace).byId(id);
    if (!current)
        return current.error();
    return m_stack->run(new PictureCommand(m_workspace, *current, data, type));
}

} // namespace gradus
