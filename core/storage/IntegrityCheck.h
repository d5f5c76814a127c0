#pragma once

#include "connection/DatabaseLocation.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace gradus {

class Database;

// Looks for damage without repairing anything: on SQLite `PRAGMA integrity_check` (or the
// faster quick_check) and `PRAGMA foreign_key_check`; on PostgreSQL every Gradus table read
// through and, when the server has the amcheck extension, every B-tree index verified. Both
// then check that the tables the recorded schema version needs are there. The store is opened
// read-only: a check never changes a byte.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    enum class Depth
    {
        Quick, // start-up: a few seconds at most on a large clinic
        Full,  // gradus-cli db check
    };
    struct Report
    {
        QStringList problems; // empty when no damage was found
        QStringList notes;    // what could not be checked, and why
        int schemaVersion = 0;
        bool ok() const { return problems.isEmpty(); }
    };

    // Opens `location` read-only and checks it. Fails (NoDatabase, NotGradus, Permission,
    // Unreachable, ...) when it cannot be checked at all.
    static Result<Report> run(const DatabaseLocation& location, Depth depth = Depth::Full);
    // Checks an open connection.
    static Report run(QSqlDatabase& db, SqlBackend backend, Depth depth);
    // The same on the store that is open.
    static Report run(Database& db, Depth depth);

    // The error for a store the check found damaged: kind Damaged, the first problems named.
    static Error damaged(const DatabaseLocation& location, const Report& report);
};

} // namespace gradus
