#include "storage/StoreError.h"

#include "util/EnumTable.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace gradus {
namespace {

// SQLite result codes are decimal numbers below 10000 (extended codes included); PostgreSQL
// SQLSTATEs are five characters.
bool isSqliteCode(const QString& code, int* primary)
{
    if (code.isEmpty() || code.size() >= 5)
        return false;
    bool ok = false;
    const int value = code.toInt(&ok);
    if (ok)
        *primary = value & 0xff;
    return ok;
}

ErrorKind sqliteKind(int primary)
{
    switch (primary) {
    case 3:  // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return ErrorKind::Permission;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return ErrorKind::Busy;
    case 8: // SQLITE_READONLY
        return ErrorKind::ReadOnly;
    case 13: // SQLITE_FULL
        return ErrorKind::DiskFull;
    case 26: // SQLITE_NOTADB
        return ErrorKind::NotGradus;
    default:
        return ErrorKind::Failed;
    }
}

// PostgreSQL SQLSTATEs (Appendix A of its manual).
ErrorKind postgresKind(const QString& state)
{
    if (state == QLatin1String("42501"))
        return ErrorKind::NeedsAdmin; // insufficient_privilege: the account's role may not
    if (state == QLatin1String("25006"))
        return ErrorKind::ReadOnly; // read_only_sql_transaction
    if (state == QLatin1String("53100"))
        return ErrorKind::DiskFull;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
        state == QLatin1String("55P03") || state == QLatin1String("53300"))
        return ErrorKind::Busy; // serialization, deadlock, lock not available, too many clients
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return ErrorKind::Unreachable; // connection exception, server shut down
    if (state.startsWith(QLatin1String("28")))
        return ErrorKind::Authentication;
    if (state == QLatin1String("3D000"))
        return ErrorKind::NoDatabase;
    return ErrorKind::Failed;
}

bool containsAny(const QString& text, std::initializer_list<const char*> needles)
{
    for (const char* needle : needles)
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    return false;
}

// SQLite's and libpq's own messages, for failures that come without a code (QSQLITE reports
// a failed COMMIT without one).
ErrorKind messageKind(const QString& text)
{
    if (containsAny(text, {"database or disk is full"}))
        return ErrorKind::DiskFull;
    if (containsAny(text, {"attempt to write a readonly database"}))
        return ErrorKind::ReadOnly;
    if (containsAny(text, {"database is locked", "database table is locked"}))
        return ErrorKind::Busy;
    if (containsAny(text, {"file is not a database"}))
        return ErrorKind::NotGradus;
    if (containsAny(text, {"SSL SYSCALL error", "server closed the connection",
                           "terminating connection", "no connection to the server",
                           "could not receive data", "could not send data", "connection not open"}))
        return ErrorKind::Unreachable;
    if (containsAny(text, {"server does not support SSL", "SSL error", "certificate",
                           "sslmode value", "no encryption", "SSL off", "SSL required"}))
        return ErrorKind::TlsRequired;
    if (containsAny(text, {"password authentication failed", "no password supplied",
                           "authentication failed", "is not permitted to log in"}) ||
        (text.contains(QLatin1String("role \"")) && text.contains(QLatin1String("does not exist"))))
        return ErrorKind::Authentication;
    if (containsAny(text, {"database \""}) && text.contains(QLatin1String("does not exist")))
        return ErrorKind::NoDatabase;
    if (containsAny(text, {"permission denied", "CONNECT privilege"}))
        return ErrorKind::Permission;
    if (containsAny(text, {"Connection refused", "could not connect", "could not translate host",
                           "timeout expired", "Network is unreachable", "No route to host",
                           "connection to server", "Connection timed out"}))
        return ErrorKind::Unreachable;
    return ErrorKind::Failed;
}

struct CauseRow
{
    ErrorKind value;
    const char* cause;
};

// The cause a failed statement names before the driver's own words, for the kinds that are
// the store's doing; other kinds show the driver's words alone.
constexpr CauseRow kCauses[] = {
    {ErrorKind::ReadOnly,
     QT_TRANSLATE_NOOP("StoreError", "The database is read-only, so nothing was saved.")},
    {ErrorKind::DiskFull,
     QT_TRANSLATE_NOOP("StoreError", "The disk is full, so nothing was saved.")},
    {ErrorKind::Busy,
     QT_TRANSLATE_NOOP("StoreError", "The database is busy: another program or desk holds it "
                                     "locked. Nothing was changed; try again.")},
    {ErrorKind::Permission,
     QT_TRANSLATE_NOOP("StoreError",
                       "Permission denied: this account may not do this in the database.")},
    {ErrorKind::Unreachable,
     QT_TRANSLATE_NOOP("StoreError", "The connection to the database server was lost; nothing "
                                     "more was saved.")},
    {ErrorKind::Authentication,
     QT_TRANSLATE_NOOP("StoreError", "The database server refused the user name or password.")},
    {ErrorKind::TlsRequired,
     QT_TRANSLATE_NOOP("StoreError",
                       "A secure (TLS) connection to the database server could not be made.")},
    {ErrorKind::NoDatabase, QT_TRANSLATE_NOOP("StoreError", "The database does not exist.")},
    {ErrorKind::NotGradus, QT_TRANSLATE_NOOP("StoreError", "The file is not a database.")},
};

QString causeOf(ErrorKind kind)
{
    const CauseRow* row = enumTable::find(kCauses, kind);
    return row ? StoreError::tr(row->cause) : QString();
}

} // namespace

ErrorKind StoreError::classify(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    int primary = 0;
    if (isSqliteCode(code, &primary) && sqliteKind(primary) != ErrorKind::Failed)
        return sqliteKind(primary);
    if (code.size() == 5) {
        const ErrorKind kind = postgresKind(code);
        if (kind != ErrorKind::Failed)
            return kind;
    }
    return messageKind(error.text());
}

bool StoreError::isCorruption(const QSqlError& error)
{
    int primary = 0;
    return isSqliteCode(error.nativeErrorCode(), &primary) && primary == 11; // SQLITE_CORRUPT
}

QString StoreError::accountName(const DatabaseLocation& location)
{
    if (!location.user.isEmpty())
        return location.user;
    if (QString pgUser = qEnvironmentVariable("PGUSER"); !pgUser.isEmpty())
        return pgUser;
#ifdef Q_OS_UNIX
    if (const passwd* entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
}

QString StoreError::taskOf(const QSqlError& error)
{
    // "permission denied for table exercise", "... for function gradus_user_add",
    // "... for schema public": the object names the task. A server that speaks another
    // language gives another text; the task is then named in general terms.
    static const QRegularExpression object(
        QStringLiteral("permission denied for (table|relation|function|schema|sequence) "
                       "\"?([A-Za-z0-9_]+)"));
    const auto match = object.match(error.databaseText());
    const QString kind = match.captured(1);
    const QString name = match.captured(2);
    if (name == QLatin1String("exercise") || name == QLatin1String("exercise_library_state"))
        return tr("Changing the exercise library");
    if (name == QLatin1String("programme_template"))
        return tr("Changing the programme templates");
    if (name == QLatin1String("clinic_setting"))
        return tr("Changing the clinic settings");
    if (name.startsWith(QLatin1String("gradus_user_")))
        return tr("Managing user accounts");
    if (kind == QLatin1String("schema") || name == QLatin1String("schema_meta"))
        return tr("Setting up or upgrading the database");
    return tr("This task");
}

Error StoreError::needsAdministrator(const QString& code, const QSqlError& error,
                                     const QString& account)
{
    static const QSet<QString> history{
        QStringLiteral("visit"), QStringLiteral("visit_revision"), QStringLiteral("measure"),
        QStringLiteral("measure_revision"), QStringLiteral("audit_log")};
    static const QRegularExpression table(QStringLiteral("permission denied for table "
                                                         "\"?([a-z_]+)"));
    const QString who = account.isEmpty() ? tr("(unknown)") : account;
    const QString on = table.match(error.databaseText()).captured(1);
    if (history.contains(on))
        return Error{code,
                     tr("Recorded visits, measures and the history of changes cannot be changed "
                        "or deleted by any account (signed in as %1); correct a visit or a "
                        "measure with an amendment. Nothing was changed.")
                         .arg(who),
                     ErrorKind::NeedsAdmin};
    return Error{code,
                 tr("%1 needs an administrator (signed in as %2). Nothing was changed.")
                     .arg(taskOf(error), who),
                 ErrorKind::NeedsAdmin};
}

Error StoreError::fromStatement(const QString& code, const QSqlError& error)
{
    const ErrorKind kind = classify(error);
    const QString detail = error.text().trimmed();
    const QString cause = causeOf(kind);
    return Error{code, cause.isEmpty() ? detail : tr("%1 (%2)").arg(cause, detail), kind};
}

Error StoreError::fromConnection(const DatabaseLocation& location, const QSqlError& error)
{
    ErrorKind kind = classify(error);
    // Refused before any task was asked for (no CONNECT or no USAGE on the schema): the
    // account has no access to this database at all, whatever its role.
    if (kind == ErrorKind::NeedsAdmin)
        kind = ErrorKind::Permission;
    const QString where = location.backend == SqlBackend::Sqlite
                              ? QDir::toNativeSeparators(location.filePath)
                              : location.displayName();
    const QString detail = error.text().simplified();
    QString message;
    switch (kind) {
    case ErrorKind::Unreachable:
        message = tr("The database server %1 cannot be reached (%2).").arg(where, detail);
        break;
    case ErrorKind::Authentication:
        message =
            tr("The database server %1 refused the user name or password (%2).").arg(where, detail);
        break;
    case ErrorKind::TlsRequired:
        message = tr("A secure (TLS) connection to %1 could not be made (%2). Check sslmode "
                     "and sslrootcert in the address.")
                      .arg(where, detail);
        break;
    case ErrorKind::NoDatabase:
        message = tr("There is no database %1 on the server (%2).").arg(where, detail);
        break;
    case ErrorKind::Permission:
        message = tr("Permission denied: %1 may not be opened with this account (%2).")
                      .arg(where, detail);
        break;
    case ErrorKind::Busy:
        message =
            tr("The database %1 is busy (%2). Nothing was changed; try again.").arg(where, detail);
        break;
    case ErrorKind::NotGradus:
        message = tr("%1 is not a database (%2). It has not been changed.").arg(where, detail);
        break;
    default:
        message = tr("Could not open the database %1: %2").arg(where, detail);
        break;
    }
    return Error{QStringLiteral("open.failed"), message, kind};
}

} // namespace gradus
