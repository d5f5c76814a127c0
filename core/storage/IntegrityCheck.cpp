#include "storage/IntegrityCheck.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteFile.h"
#include "storage/StoreError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace gradus {
namespace {

constexpr int kMaxProblems = 20;

// The tables the schema steps up to `version` create (and do not drop again).
QSet<QString> expectedTables(int version)
{
    static const QRegularExpression create(
        QStringLiteral("CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drop(
        QStringLiteral("DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    QSet<QString> tables;
    for (const Migration& step : embeddedMigrations()) {
        if (step.version > version)
            break;
        for (auto it = create.globalMatch(step.script); it.hasNext();)
            tables.insert(it.next().captured(1).toLower());
        for (auto it = drop.globalMatch(step.script); it.hasNext();)
            tables.remove(it.next().captured(1).toLower());
    }
    return tables;
}

void checkSqlite(QSqlDatabase& db, IntegrityCheck::Depth depth, IntegrityCheck::Report& report)
{
    QSqlQuery q(db);
    const QString pragma = depth == IntegrityCheck::Depth::Full
                               ? QStringLiteral("PRAGMA integrity_check(%1)").arg(kMaxProblems)
                               : QStringLiteral("PRAGMA quick_check(%1)").arg(kMaxProblems);
    if (!q.exec(pragma)) {
        report.problems << IntegrityCheck::tr("SQLite could not read the file through: %1")
                               .arg(q.lastError().text().trimmed());
        return;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            report.problems << line;
    }
    if (!report.problems.isEmpty() || depth == IntegrityCheck::Depth::Quick)
        return;
    QSqlQuery fk(db);
    if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        report.problems << IntegrityCheck::tr("The references between records could not be "
                                              "checked: %1")
                               .arg(fk.lastError().text().trimmed());
        return;
    }
    while (fk.next() && report.problems.size() < kMaxProblems)
        report.problems << IntegrityCheck::tr("Row %1 of %2 refers to a missing record in %3.")
                               .arg(fk.value(1).toString(), fk.value(0).toString(),
                                    fk.value(2).toString());
}

void checkPostgres(QSqlDatabase& db, IntegrityCheck::Depth depth, const QSet<QString>& tables,
                   IntegrityCheck::Report& report)
{
    if (depth == IntegrityCheck::Depth::Quick)
        return;
    QStringList sorted(tables.cbegin(), tables.cend());
    sorted.sort();
    for (const QString& table : sorted) {
        // Names come from our own schema steps, never from users.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)))
            report.problems << IntegrityCheck::tr("Table %1 could not be read: %2")
                                   .arg(table, q.lastError().text().trimmed());
    }
    QSqlQuery has(db);
    if (!has.exec(QStringLiteral("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'")) ||
        !has.next()) {
        report.notes << IntegrityCheck::tr("The server has no amcheck extension, so indexes "
                                           "were not verified (an administrator can run "
                                           "CREATE EXTENSION amcheck).");
        return;
    }
    QSqlQuery idx(db);
    if (!idx.exec(QStringLiteral(
            "SELECT c.relname, bt_index_check(c.oid) FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE am.amname = 'btree' AND n.nspname = current_schema()"))) {
        report.problems << IntegrityCheck::tr("An index check failed: %1")
                               .arg(idx.lastError().text().trimmed());
        return;
    }
    while (idx.next()) {
    }
}

} // namespace

IntegrityCheck::Report IntegrityCheck::run(QSqlDatabase& db, SqlBackend backend, Depth depth)
{
    Report report;
    if (backend == SqlBackend::Sqlite)
        checkSqlite(db, depth, report);
    if (!report.ok())
        return report;

    QSqlQuery version(db);
    if (!SqlDialect::tableExists(db, QStringLiteral("schema_meta"))) {
        report.problems << tr("The table schema_meta, which every Gradus database has, is "
                              "missing.");
        return report;
    }
    if (!version.exec(
            QStringLiteral("SELECT value FROM schema_meta WHERE key = 'schema_version'")) ||
        !version.next()) {
        report.problems << tr("No schema version is recorded.");
        return report;
    }
    report.schemaVersion = version.value(0).toString().toInt();
    const int latest = embeddedMigrations().isEmpty() ? 0 : embeddedMigrations().last().version;
    if (report.schemaVersion > latest)
        report.notes << tr("Written by a newer Gradus (schema %1; this program knows up to %2): "
                           "its tables were not compared.")
                            .arg(report.schemaVersion)
                            .arg(latest);
    const QSet<QString> expected =
        report.schemaVersion <= latest ? expectedTables(report.schemaVersion) : QSet<QString>();
    QSet<QString> present;
    for (const QString& t : db.tables(QSql::Tables))
        present.insert(t.toLower());
    QStringList missing;
    for (const QString& t : expected)
        if (!present.contains(t))
            missing << t;
    missing.sort();
    for (const QString& t : missing)
        report.problems << tr("The table %1 is missing.").arg(t);
    if (backend == SqlBackend::Postgres)
        checkPostgres(db, depth, expected, report);
    return report;
}

Result<IntegrityCheck::Report> IntegrityCheck::run(const DatabaseLocation& location, Depth depth)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("gradus-check-%1").arg(counter.fetchAndAddRelaxed(1));
    const bool sqlite = location.backend == SqlBackend::Sqlite;
    Result<Report> result = Error{};
    {
        if (sqlite) {
            auto inspected = SqliteFile::inspect(location.filePath);
            if (!inspected)
                return inspected.error();
            if (inspected->state == SqliteFile::State::Missing)
                return Error{QStringLiteral("check.missing"),
                             tr("There is no database at %1.")
                                 .arg(QDir::toNativeSeparators(location.filePath)),
                             ErrorKind::NoDatabase};
            if (inspected->state == SqliteFile::State::Empty)
                return Error{QStringLiteral("check.empty"),
                             tr("%1 is an empty file, not a database.")
                                 .arg(QDir::toNativeSeparators(location.filePath)),
                             ErrorKind::NotGradus};
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(
            sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
        if (sqlite) {
            auto inspected = SqliteFile::inspect(location.filePath);
            if (inspected && inspected->writable()) {
                // A read-only connection would leave an empty -wal and a -shm beside a file it
                // is the last to close; a writable one that is told to write nothing cleans up
                // after itself like the app does.
                db.setDatabaseName(location.filePath);
                db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            } else {
                const bool immutable = inspected && !inspected->hasWal;
                db.setDatabaseName(SqliteFile::readOnlyUri(location.filePath, immutable));
                db.setConnectOptions(QStringLiteral(
                    "QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            }
        } else {
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            db.setPassword(location.password);
            db.setDatabaseName(location.databaseName);
            db.setConnectOptions(location.connectOptions());
        }
        if (!db.open()) {
            result = StoreError::fromConnection(location, db.lastError());
        } else {
            QSqlQuery ro(db);
            ro.exec(sqlite ? QStringLiteral("PRAGMA query_only = ON")
                           : QStringLiteral("SET default_transaction_read_only = on"));
            QSqlQuery probe(db);
            if (sqlite && !probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) &&
                !StoreError::isCorruption(probe.lastError())) {
                Error error = StoreError::fromConnection(location, probe.lastError());
                if (error.kind() == ErrorKind::NotGradus)
                    error.code = QStringLiteral("check.notdb");
                result = error;
            } else {
                result = run(db, location.backend, depth);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

IntegrityCheck::Report IntegrityCheck::run(Database& db, Depth depth)
{
    QSqlDatabase connection = db.connection();
    return run(connection, db.backend(), depth);
}

Error IntegrityCheck::damaged(const DatabaseLocation& location, const Report& report)
{
    const QString where = location.backend == SqlBackend::Sqlite
                              ? QDir::toNativeSeparators(location.filePath)
                              : location.displayName();
    QStringList first = report.problems.mid(0, 5);
    return Error{QStringLiteral("check.damaged"),
                 tr("The integrity check found damage in %1: %2. Nothing has been changed or "
                    "repaired; restore a backup, or keep a copy of the file for an expert.")
                     .arg(where, first.join(QStringLiteral("; "))),
                 ErrorKind::Damaged};
}

} // namespace gradus
