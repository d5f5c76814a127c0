#pragma once

#include "connection/DatabaseLocation.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gradus::SqlDialect {

// Migrations are written in portable SQL with a few placeholders for the spots where
// SQLite and PostgreSQL differ:
//   {{ID}}    an auto-numbered 64-bit primary key column type
//   {{BLOB}}  binary data
// Every other statement must run unchanged on both.
QString expandPlaceholders(const QString& sql, SqlBackend backend);

// Splits a migration script into statements: each statement ends with ';' at the end of a
// line. Lines starting with "--" are comments.
QStringList splitStatements(const QString& script);

// Backend-specific connection setup (the only place with PRAGMAs).
Status configureConnection(QSqlDatabase& db, SqlBackend backend);

// Serialises migrations between desks sharing one server; a no-op for SQLite, whose write
// lock already does this.
Status lockForMigration(QSqlDatabase& db, SqlBackend backend);
void unlockAfterMigration(QSqlDatabase& db, SqlBackend backend);

// Whether a table exists in the connected database.
bool tableExists(const QSqlDatabase& db, const QString& table);

// Writes a consistent copy of a SQLite database to `targetPath` while it is open.
Status sqliteBackupTo(QSqlDatabase& db, const QString& targetPath);

} // namespace gradus::SqlDialect
