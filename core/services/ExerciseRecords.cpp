#include "services/ExerciseRecords.h"

#include "storage/ExerciseRepository.h"

namespace gradus {

ExerciseRecords::ExerciseRecords(Workspace& workspace) : m_workspace(workspace) {}

Result<QList<Exercise>> ExerciseRecords::list()
{
    return ExerciseRepository(m_workspace).list();
}

Result<Exercise> ExerciseRecords::byId(qint64 id)
{
    return ExerciseRepository(m_workspace).byId(id);
}

Result<Exercise> ExerciseRecords::byStableId(const QString& stableId)
{
    return ExerciseRepository(m_workspace).byStableId(stableId);
}

ExerciseEdits::ExerciseEdits(Workspace& workspace) : m_workspace(workspace) {}

Result<qint64> ExerciseEdits::create(const Exercise& exercise)
{
    return ExerciseRepository(m_workspace).create(exercise);
}

Status ExerciseEdits::update(const Exercise& exercise)
{
    return ExerciseRepository(m_workspace).update(exercise);
}

Status ExerciseEdits::setRetired(qint64 id, bool retired)
{
    return ExerciseRepository(m_workspace).setRetired(id, retired);
}

Status ExerciseEdits::setPicture(qint64 id, const QByteArray& data, const QString& type)
{
    return ExerciseRepository(m_workspace).setImage(id, data, type);
}

Status ExerciseEdits::remove(qint64 id, const Exercise* asLeft)
{
    return ExerciseRepository(m_workspace).remove(id, asLeft);
}

Status ExerciseEdits::restore(const Exercise& snapshot, const Exercise& asLeft)
{
    return ExerciseRepository(m_workspace).restore(snapshot, asLeft);
}

Status ExerciseEdits::reinsert(const Exercise& snapshot)
{
    return ExerciseRepository(m_workspace).reinsert(snapshot);
}

} // namespace gradus
