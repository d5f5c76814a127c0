#include "exercises/ExerciseCommands.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "storage/ExerciseRepository.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoStack>

#include <memory>

namespace gradus {
namespace {

// Shared by the commands: the first redo's outcome goes back to the caller; failures of
// later undos and redos are reported through ExerciseEditing::failed.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(ExerciseEditing* front, std::shared_ptr<Status> firstResult)
        : m_front(front), m_firstResult(std::move(firstResult))
    {
    }

protected:
    Workspace& workspace() { return m_front->workspace(); }
    void finish(const Status& status)
    {
        if (m_first) {
            m_first = false;
            *m_firstResult = status;
            // A refused change never reaches the stack.
            if (!status)
                setObsolete(true);
            return;
        }
        if (!status) {
            logging::get("ui")->error("undo/redo of an exercise change failed: {}",
                                      status.error().code.toStdString());
            if (m_front)
                emit m_front->failed(status.error().message);
        }
    }
    bool first() const { return m_first; }

private:
    QPointer<ExerciseEditing> m_front;
    std::shared_ptr<Status> m_firstResult;
    bool m_first = true;
};

class CreateCommand final : public StoreCommand
{
public:
    CreateCommand(ExerciseEditing* front, std::shared_ptr<Status> result,
                  std::shared_ptr<qint64> newId, Exercise exercise, const QString& text)
        : StoreCommand(front, std::move(result)), m_newId(std::move(newId)),
          m_exercise(std::move(exercise))
    {
        setText(text);
    }
    void redo() override
    {
        ExerciseRepository repository(workspace());
        if (first()) {
            auto id = repository.create(m_exercise);
            if (id) {
                *m_newId = *id;
                // Redo after undo brings back exactly this record, with the same id.
                auto stored = repository.byId(*id);
                if (stored)
                    m_exercise = *stored;
            }
            finish(id ? Status() : Status(id.error()));
            return;
        }
        finish(repository.reinsert(m_exercise));
    }
    void undo() override { finish(ExerciseRepository(workspace()).remove(m_exercise.id)); }

private:
    std::shared_ptr<qint64> m_newId;
    Exercise m_exercise;
};

class EditCommand final : public StoreCommand
{
public:
    EditCommand(ExerciseEditing* front, std::shared_ptr<Status> result, Exercise before,
                Exercise after)
        : StoreCommand(front, std::move(result)), m_before(std::move(before)),
          m_after(std::move(after))
    {
        setText(QCoreApplication::translate("ExerciseEditing", "Edit \"%1\"").arg(m_after.name));
    }
    void redo() override
    {
        ExerciseRepository repository(workspace());
        if (first()) {
            Status st = repository.update(m_after);
            if (st) {
                // Keep what the store made of it (edited flag, time) for later redos.
                if (auto stored = repository.byId(m_after.id))
                    m_after = *stored;
            }
            finish(st);
            return;
        }
        finish(repository.restore(m_after));
    }
    void undo() override { finish(ExerciseRepository(workspace()).restore(m_before)); }

private:
    Exercise m_before;
    Exercise m_after;
};

class RetireCommand final : public StoreCommand
{
public:
    RetireCommand(ExerciseEditing* front, std::shared_ptr<Status> result, qint64 id, bool retired,
                  const QString& name)
        : StoreCommand(front, std::move(result)), m_id(id), m_retired(retired)
    {
        setText(retired
                    ? QCoreApplication::translate("ExerciseEditing", "Retire \"%1\"").arg(name)
                    : QCoreApplication::translate("ExerciseEditing", "Restore \"%1\"").arg(name));
    }
    void redo() override { finish(ExerciseRepository(workspace()).setRetired(m_id, m_retired)); }
    void undo() override { finish(ExerciseRepository(workspace()).setRetired(m_id, !m_retired)); }

private:
    qint64 m_id;
    bool m_retired;
};

class PictureCommand final : public StoreCommand
{
public:
    PictureCommand(ExerciseEditing* front, std::shared_ptr<Status> result, const Exercise& before,
                   QByteArray data, QString type)
        : StoreCommand(front, std::move(result)), m_id(before.id), m_oldData(before.image),
          m_oldType(before.imageType), m_newData(std::move(data)), m_newType(std::move(type))
    {
        setText(m_newData.isEmpty()
                    ? QCoreApplication::translate("ExerciseEditing", "Remove the picture of \"%1\"")
                          .arg(before.name)
                    : QCoreApplication::translate("ExerciseEditing", "Set the picture of \"%1\"")
                          .arg(before.name));
    }
    void redo() override
    {
        finish(ExerciseRepository(workspace()).setImage(m_id, m_newData, m_newType));
    }
    void undo() override
    {
        finish(ExerciseRepository(workspace()).setImage(m_id, m_oldData, m_oldType));
    }

private:
    qint64 m_id;
    QByteArray m_oldData;
    QString m_oldType;
    QByteArray m_newData;
    QString m_newType;
};

} // namespace

ExerciseEditing::ExerciseEditing(Workspace& workspace, QUndoStack* stack, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_stack(stack)
{
}

Result<qint64> ExerciseEditing::create(const Exercise& exercise, const QString& undoText)
{
    // The stack deletes a refused command during push, so its outcome lives outside it.
    auto result = std::make_shared<Status>();
    auto id = std::make_shared<qint64>(0);
    m_stack->push(new CreateCommand(this, result, id, exercise, undoText));
    if (!*result)
        return result->error();
    return *id;
}

Status ExerciseEditing::edit(const Exercise& changed)
{
    auto before = ExerciseRepository(m_workspace).byId(changed.id);
    if (!before)
        return before.error();
    auto result = std::make_shared<Status>();
    m_stack->push(new EditCommand(this, result, *before, changed));
    return *result;
}

Status ExerciseEditing::setRetired(qint64 id, bool retired)
{
    auto current = ExerciseRepository(m_workspace).byId(id);
    if (!current)
        return current.error();
    if (current->retired == retired)
        return {};
    auto result = std::make_shared<Status>();
    m_stack->push(new RetireCommand(this, result, id, retired, current->name));
    return *result;
}

Status ExerciseEditing::setPicture(qint64 id, const QByteArray& data, const QString& type)
{
    auto current = ExerciseRepository(m_workspace).byId(id);
    if (!current)
        return current.error();
    auto result = std::make_shared<Status>();
    m_stack->push(new PictureCommand(this, result, *current, data, type));
    return *result;
}

} // namespace gradus
