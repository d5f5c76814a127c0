#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace gradus {

class Database;

// Which shipped exercise library file was last merged into the store (exercise_library_state),
// so that a start with the same file parses nothing, and the library merge's one write to the
// exercises that is not an ordinary edit: withdrawing a shipped exercise the new library no
// longer has. Runs inside the caller's unit of work.
class ExerciseLibraryState
{
public:
    struct Merged
    {
        int libraryVersion = 0;
        QString fileHash;
    };

    explicit ExerciseLibraryState(Database& db) : m_db(db) {}

    // nullopt when no library was merged yet under `name`.
    Result<std::optional<Merged>> read(const QString& name);
    Status write(const QString& name, const Merged& merged, const QDateTime& at);
    // Retires exercise `exerciseId` (a shipped one the library withdrew).
    Status withdraw(qint64 exerciseId, const QDateTime& at);

private:
    Database& m_db;
};

} // namespace gradus
