#include "storage/Database.h"

#include "log/Logging.h"
#include "storage/Migrations.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "util/AppPaths.h"

#include <QAtomicInteger>
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

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("gradus-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error sqlError(const QString& code, const QSqlError& error)
{
    return Error{code, error.text()};
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

Status Database::connect(bool readOnly)
{
    const bool sqlite = m_location.backend == SqlBackend::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error{QStringLiteral("driver.missing"),
                     tr("The %1 database driver is not installed (package %2).")
                         .arg(driver, sqlite ? QStringLiteral("libqt6sql6-sqlite")
                                             : QStringLiteral("libqt6sql6-psql"))};

    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (sqlite) {
        db.setDatabaseName(m_location.filePath);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setDatabaseName(m_location.databaseName);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open())
        return Error{QStringLiteral("open.failed"),
                     tr("Could not open the database %1: %2")
                         .arg(m_location.displayName(), db.lastError().text())};
    return {};
}

Result<int> Database::readSchemaVersion()
{
    QSqlDatabase db = connection();
    // Reading the catalogue is also what exposes a damaged or foreign file.
    QSqlQuery probe(db);
    const QString catalogue = m_location.backend == SqlBackend::Sqlite
                                  ? QStringLiteral("SELECT count(*) FROM sqlite_master")
                                  : QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                                   "WHERE table_schema = current_schema()");
    if (!probe.exec(catalogue) || !probe.next())
        return Error{QStringLiteral("open.damaged"),
                     tr("%1 is damaged or is not a database (%2). It has not been changed.")
                         .arg(m_location.displayName(), probe.lastError().text())};
    const qint64 tableCount = probe.value(0).toLongLong();

    if (!SqlDialect::tableExists(db, QStringLiteral("schema_meta"))) {
        if (tableCount > 0)
            return Error{QStringLiteral("open.foreign"),
                         tr("%1 is a database of another program, not a Gradus database. It "
                            "has not been changed.")
                             .arg(m_location.displayName())};
        return 0;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM schema_meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("schema_version"));
    if (!q.exec() || !q.next())
        return Error{QStringLiteral("open.damaged"),
                     tr("%1 has no schema version recorded; it may be damaged. It has not "
                        "been changed.")
                         .arg(m_location.displayName())};
    bool ok = false;
    const int version = q.value(0).toString().toInt(&ok);
    if (!ok || version < 0)
        return Error{QStringLiteral("open.damaged"),
                     tr("%1 records an unreadable schema version. It has not been changed.")
                         .arg(m_location.displayName())};
    return version;
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation& location,
                                                 const OpenOptions& options)
{
    const QList<Migration> migrations =
        options.migrations.isEmpty() ? embeddedMigrations() : options.migrations;
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    const bool sqlite = location.backend == SqlBackend::Sqlite;

    if (sqlite) {
        const QFileInfo info(location.filePath);
        if (info.exists() && !info.isFile())
            return Error{QStringLiteral("open.notfile"),
                         tr("%1 is not a file.").arg(location.filePath)};
        if (!AppPaths::ensurePrivateDirectory(info.absolutePath()))
            return Error{QStringLiteral("open.nodir"),
                         tr("Could not create the folder %1.").arg(info.absolutePath())};
        if (info.exists() && info.size() > 0) {
            // Look before touching: a read-only probe cannot change a file we will refuse.
            Database probe(location, nextConnectionName());
            if (auto st = probe.connect(true); !st)
                return st.error();
            auto version = probe.readSchemaVersion();
            if (!version)
                return version.error();
            if (*version > latest)
                return Error{QStringLiteral("open.newer"),
                             tr("%1 was written by a newer version of Gradus (schema %2; this "
                                "program understands up to %3). Install the newer Gradus to "
                                "open it. The file has not been changed.")
                                 .arg(location.filePath)
                                 .arg(*version)
                                 .arg(latest)};
        } else if (!info.exists()) {
            QFile create(location.filePath);
            if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return Error{
                    QStringLiteral("open.create"),
                    tr("Could not create %1: %2").arg(location.filePath, create.errorString())};
            create.close();
        }
        AppPaths::restrictToOwner(location.filePath);
    }

    std::unique_ptr<Database> db(new Database(location, nextConnectionName()));
    if (auto st = db->connect(false); !st)
        return st.error();
    QSqlDatabase conn = db->connection();
    if (auto st = SqlDialect::configureConnection(conn, location.backend); !st)
        return Error{QStringLiteral("open.configure"),
                     tr("Could not prepare the database %1: %2")
                         .arg(location.displayName(), st.error().message)};
    if (auto st = db->migrate(options, migrations); !st)
        return st.error();
    if (sqlite) {
        for (const char* suffix : {"-wal", "-shm"}) {
            const QString side = location.filePath + QLatin1String(suffix);
            if (QFile::exists(side))
                AppPaths::restrictToOwner(side);
        }
    }
    log()->info("opened store ({}), schema version {}", sqlite ? "sqlite" : "postgresql",
                db->m_schemaVersion);
    return db;
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
                         .arg(latest)};
    m_schemaVersion = *current;
    if (m_schemaVersion >= target)
        return {};

    if (m_schemaVersion > 0 && options.backupBeforeUpgrade && backend() == SqlBackend::Sqlite) {
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backupPath = QStringLiteral("%1.schema%2-%3.bak")
                                       .arg(m_location.filePath)
                                       .arg(m_schemaVersion)
                                       .arg(stamp);
        if (auto st = backupTo(backupPath); !st)
            return Error{QStringLiteral("upgrade.backup"),
                         tr("The database needs an upgrade, but the backup copy before the "
                            "upgrade could not be written (%1). Nothing has been changed.")
                             .arg(st.error().message)};
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
                             .arg(m_schemaVersion)};
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

Status Database::backupTo(const QString& targetPath)
{
    if (backend() != SqlBackend::Sqlite)
        return Error{QStringLiteral("backup.server"),
                     tr("Backups of a server database are made on the server (pg_dump).")};
    if (QFile::exists(targetPath))
        return Error{QStringLiteral("backup.exists"),
                     tr("%1 already exists; choose another name.").arg(targetPath)};
    QSqlDatabase conn = connection();
    if (auto st = SqlDialect::sqliteBackupTo(conn, targetPath); !st)
        return st;
    AppPaths::restrictToOwner(targetPath);
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
