#pragma once

#include "connection/DatabaseLocation.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlError>

namespace gradus {

// Turns what the SQL drivers report into the error taxonomy (util/ErrorKind.h), with a
// message that names the cause first ("The database is read-only, ..."). SQLite is read by its
// result code, PostgreSQL by its SQLSTATE, and a server that gives no code (a refused
// connection, a lost one) by libpq's message. Never returns Damaged: only an integrity check
// (storage/IntegrityCheck.h) may say that.
class StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    static ErrorKind classify(const QSqlError& error);
    // A failed statement: the driver's text, preceded by the cause for the storage kinds.
    static Error fromStatement(const QString& code, const QSqlError& error);
    // A statement the signed-in account's role may not run (PostgreSQL insufficient_privilege):
    // "Changing the exercise library needs an administrator (signed in as ann)."
    static Error needsAdministrator(const QString& code, const QSqlError& error,
                                    const QString& account);
    // The account a connection to `location` signs in as: the address's user, else libpq's
    // default ($PGUSER, else the operating system's user name).
    static QString accountName(const DatabaseLocation& location);
    // The task a refused statement was part of, from the object the server names.
    static QString taskOf(const QSqlError& error);
    // A connection that could not be opened to `location`.
    static Error fromConnection(const DatabaseLocation& location, const QSqlError& error);
    // Whether a statement failed because SQLite found the file malformed (SQLITE_CORRUPT):
    // the caller then runs an integrity check before calling it damaged.
    static bool isCorruption(const QSqlError& error);
};

} // namespace gradus
