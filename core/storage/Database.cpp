#include "storage/Database.h"

#include "log/Logging.h"
#include "storage/Migrations.h"
#include "storage/SqlDialect.h"
#include "storage/StoreError.h"
#include "storage/Transaction.h"
#include "util/PrivateFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace gradus {
namespace {

const auto& log()
{
    static const auto logger = logging::get("storage");
    return logger;
}

Error sqlError(const QString& code, const QSqlError& error)
{
    return StoreError::fromStatement(code, error);
}

} // namespace

Database::Database(DatabaseLocation location, QString connectionName)
    : m_location(std::move(location)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    const auto migrations = embeddedMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::migrate(const OpenOptions& options, const QList<Migration>& migrations)
{
    QSqlDatabase conn = connection();
    if (auto st = SqlDialect::lockForMigration(conn, backend()); !st)
        return st;
    struct Unlock
    {
        Database* self;
        ~Unlock()
        {
            QSqlDatabase c = self->connection();
            SqlDialect::unlockAfterMigration(c, self->backend());
        }
    } unlock{this};

    auto current = readSchemaVersion();
    if (!current)
        return current.error();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    const int target = options.migrateToVersion > 0 ? options.migrateToVersion : latest;
    if (*current > latest)
        return Error{QStringLiteral("open.newer"),
                     tr("%1 was written by a newer version of Gradus (schema %2; this program "
                        "understands up to %3). Install the newer Gradus to open it. Nothing "
                        "has been changed.")
                         .arg(m_location.displayName())
                         .arg(*current)
                         .arg(latest),
                     ErrorKind::NewerSchema};
    m_schemaVersion = *current;
    if (m_schemaVersion >= target)
        return {};

    if (m_schemaVersion > 0 && options.backupBeforeUpgrade && backend() == SqlBackend::Sqlite) {
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString backupPath = QStringLiteral("%1.schema%2-%3.bak")
                                 .arg(m_location.filePath)
                                 .arg(m_schemaVersion)
                                 .arg(stamp);
        // An upgrade interrupted in the same second left its (whole) backup under this name:
        // keep it, and take this one beside it.
        for (int n = 2; QFileInfo::exists(backupPath); ++n)
            backupPath = QStringLiteral("%1.schema%2-%3-%4.bak")
                             .arg(m_location.filePath)
                             .arg(m_schemaVersion)
                             .arg(stamp)
                             .arg(n);
        if (auto st = backupTo(backupPath); !st)
            return Error{QStringLiteral("upgrade.backup"),
                         tr("The database needs an upgrade, but the backup copy before the "
                            "upgrade could not be written (%1). Nothing has been changed.")
                             .arg(st.error().message),
                         st.error().kind()};
        m_upgradeBackupPath = backupPath;
        log()->info("backup before upgrade from schema {} written", m_schemaVersion);
    }

    for (const Migration& migration : migrations) {
        if (migration.version <= m_schemaVersion)
            continue;
        if (migration.version > target)
            break;
        if (migration.version != m_schemaVersion + 1)
            return Error{QStringLiteral("upgrade.gap"),
                         tr("Schema step %1 is missing from this build.").arg(m_schemaVersion + 1)};
        if (auto st = applyMigration(migration.version, migration.script); !st) {
            log()->error("schema step {} ({}) failed", migration.version,
                         migration.name.toStdString());
            return Error{QStringLiteral("upgrade.failed"),
                         tr("Upgrading the database to schema %1 failed: %2. The database was "
                            "left at schema %3.")
                             .arg(migration.version)
                             .arg(st.error().message)
                             .arg(m_schemaVersion),
                         st.error().kind()};
        }
        m_schemaVersion = migration.version;
        log()->info("applied schema step {} ({})", migration.version, migration.name.toStdString());
    }
    return {};
}

Status Database::applyMigration(int version, const QString& script)
{
    Transaction tx(*this);
    if (!tx.isActive())
        return Error{QStringLiteral("transaction.begin"), connection().lastError().text()};
    const QString expanded = SqlDialect::expandPlaceholders(script, backend());
    for (const QString& statement : SqlDialect::splitStatements(expanded)) {
        QSqlQuery q(connection());
        if (!q.exec(statement))
            return sqlError(QStringLiteral("upgrade.statement"), q.lastError());
    }
    if (auto r = exec(QStringLiteral("DELETE FROM schema_meta WHERE key = ?"),
                      {QStringLiteral("schema_version")});
        !r)
        return r.error();
    if (auto r = exec(QStringLiteral("INSERT INTO schema_meta (key, value) VALUES (?, ?)"),
                      {QStringLiteral("schema_version"), QString::number(version)});
        !r)
        return r.error();
    return tx.commit();
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(connection());
    if (!q.prepare(sql))
        return sqlError(QStringLiteral("sql.prepare"), q.lastError());
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(QStringLiteral("sql.exec"), q.lastError());
    return q;
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& values)
{
    auto q = exec(sql + QStringLiteral(" RETURNING id"), values);
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("sql.insert"), tr("The new record was not created.")};
    return q->value(0).toLongLong();
}

Status Database::backupTo(const QString& targetPath, bool replace)
{
    if (backend() != SqlBackend::Sqlite)
        return Error{QStringLiteral("backup.server"),
                     tr("Backups of a server database are made on the server (pg_dump)."),
                     ErrorKind::Invalid};
    if (QFileInfo(targetPath).absoluteFilePath() ==
        QFileInfo(m_location.filePath).absoluteFilePath())
        return Error{QStringLiteral("backup.self"),
                     tr("A backup cannot replace the database itself; choose another name."),
                     ErrorKind::Invalid};
    PrivateFile file(targetPath,
                     replace ? PrivateFile::Existing::Replace : PrivateFile::Existing::Refuse);
    if (auto st = file.open(); !st) {
        Error error = st.error();
        if (error.code == QLatin1String("file.exists"))
            error.code = QStringLiteral("backup.exists");
        return error;
    }
    // VACUUM INTO fills the empty owner-only file PrivateFile made; commit() flushes it to disk
    // and renames it into place, so a failure leaves nothing behind.
    QSqlDatabase conn = connection();
    if (auto st = SqlDialect::sqliteBackupTo(conn, file.temporaryPath()); !st) {
        file.cancel();
        Error error = st.error();
        error.message = error.kind() == ErrorKind::DiskFull
                            ? tr("Could not write the backup %1: the disk is full. Nothing was "
                                 "written.")
                                  .arg(QDir::toNativeSeparators(targetPath))
                            : tr("Could not write the backup %1: %2 Nothing was written.")
                                  .arg(QDir::toNativeSeparators(targetPath), error.message);
        return error;
    }
    if (auto st = file.commit(); !st)
        return st;
    log()->info("backup written");
    return {};
}

Result<QList<QPair<QString, qint64>>> Database::recordCounts()
{
    QList<QPair<QString, qint64>> counts;
    QStringList tables = connection().tables(QSql::Tables);
    tables.sort();
    for (const QString& table : tables) {
        if (table == QLatin1String("schema_meta") || table.startsWith(QLatin1String("sqlite_")))
            continue;
        // Table names come from the catalogue, not from the user, so quoting them is safe.
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) || !q.next())
            return sqlError(QStringLiteral("sql.count"), q.lastError());
        counts.append({table, q.value(0).toLongLong()});
    }
    return counts;
}

Status Database::beginTransaction()
{
    if (m_transactionDepth++ > 0)
        return {};
    m_rollbackOnly = false;
    if (!connection().transaction()) {
        m_transactionDepth = 0;
        return sqlError(QStringLiteral("transaction.begin"), connection().lastError());
    }
    return {};
}

Status Database::commitTransaction()
{
    if (m_transactionDepth <= 0)
        return Error{QStringLiteral("transaction.inactive"), tr("No transaction is open.")};
    if (--m_transactionDepth > 0)
        return {};
    if (m_rollbackOnly) {
        connection().rollback();
        return Error{QStringLiteral("transaction.rolledback"),
                     tr("An earlier step failed, so nothing was saved.")};
    }
    if (!connection().commit()) {
        const QSqlError error = connection().lastError();
        connection().rollback();
        return sqlError(QStringLiteral("transaction.commit"), error);
    }
    return {};
}

void Database::rollbackTransaction()
{
    if (m_transactionDepth <= 0)
        return;
    if (--m_transactionDepth > 0) {
        m_rollbackOnly = true;
        return;
    }
    connection().rollback();
}

} // namespace gradus
