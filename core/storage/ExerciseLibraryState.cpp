#include "storage/ExerciseLibraryState.h"

#include "storage/Database.h"

namespace gradus {

Result<std::optional<ExerciseLibraryState::Merged>> ExerciseLibraryState::read(const QString& name)
{
    auto q = m_db.exec(QStringLiteral("SELECT library_version, file_hash FROM "
                                      "exercise_library_state WHERE name = ?"),
                       {name});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Merged>();
    return std::optional<Merged>(Merged{q->value(0).toInt(), q->value(1).toString()});
}

Status ExerciseLibraryState::write(const QString& name, const Merged& merged, const QDateTime& at)
{
    if (auto r =
            m_db.exec(QStringLiteral("DELETE FROM exercise_library_state WHERE name = ?"), {name});
        !r)
        return r.error();
    if (auto r = m_db.exec(
            QStringLiteral("INSERT INTO exercise_library_state (name, "
                           "library_version, file_hash, loaded_at) VALUES (?, ?, "
                           "?, ?)"),
            {name, merged.libraryVersion, merged.fileHash, at.toUTC().toString(Qt::ISODate)});
        !r)
        return r.error();
    return {};
}

Status ExerciseLibraryState::withdraw(qint64 exerciseId, const QDateTime& at)
{
    if (auto r = m_db.exec(
            QStringLiteral("UPDATE exercise SET retired = 1, updated_at = ?, row_version = "
                           "row_version + 1 WHERE id = ?"),
            {at.toUTC().toString(Qt::ISODate), exerciseId});
        !r)
        return r.error();
    return {};
}

} // namespace gradus
