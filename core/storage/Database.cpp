#include "storage/Database.h"

#include "log/Logging.h"
#include "model/VisitClinician.h"
#include "storage/AuditTrail.h"
#include "storage/Migrations.h"
#include "storage/ServerRoles.h"
#include "storage/ServerStatement.h"
#include "storage/SqlDialect.h"
#include "storage/StoreError.h"
#include "util/AppPaths.h"
#include "util/PrivateFile.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QThread>

namespace gradus {
namespace {

const auto log = &logging::module<"storage">;

Error sqlError(const QString& code, const QSqlError& error)
{
    return StoreError::fromStatement(code, error);
}

// How often a unit of work that lost a race runs again before the error is reported. Each
// try waits a little longer, with jitter so that competing desks do not collide again.
constexpr int kMaxUnitAttempts = 12;

} // namespace

Database::Database(DatabaseLocation location, QString connectionName)
    : m_location(std::move(location)), m_connectionName(std::move(connectionName)),
      m_author(defaultClinicianName())
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
        const bool last = migration.version == target || &migration == &migrations.last();
        if (auto st = applyMigration(migration.version, migration.script, last); !st) {
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

Status Database::applyMigration(int version, const QString& script, bool last)
{
    UnitOfWork tx(*this);
    if (!tx.isActive())
        return tx.begun().error();
    const QString expanded = SqlDialect::expandPlaceholders(script, backend());
    for (const QString& statement : SqlDialect::splitStatements(expanded)) {
        QSqlQuery q(connection());
        if (!q.exec(statement)) {
            if (StoreError::classify(q.lastError()) == ErrorKind::NeedsAdmin)
                return StoreError::needsAdministrator(QStringLiteral("upgrade.statement"),
                                                      q.lastError(),
                                                      StoreError::accountName(m_location));
            return sqlError(QStringLiteral("upgrade.statement"), q.lastError());
        }
    }
    if (auto r = exec(QStringLiteral("DELETE FROM schema_meta WHERE key = ?"),
                      {QStringLiteral("schema_version")});
        !r)
        return r.error();
    if (auto r = exec(QStringLiteral("INSERT INTO schema_meta (key, value) VALUES (?, ?)"),
                      {QStringLiteral("schema_version"), QString::number(version)});
        !r)
        return r.error();
    // The audit triggers follow the tables as they are after the last step, in the same
    // transaction: the schema is never without its trail.
    if (last && SqlDialect::tableExists(connection(), QStringLiteral("audit_log")))
        if (auto st = AuditTrail::install(*this); !st)
            return st;
    // The grants, likewise, cover every table there is after the last step.
    if (last)
        if (auto st = ServerRoles::install(*this); !st)
            return st;
    return tx.commit();
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values)
{
    if (m_observer)
        m_observer(sql, values);
    QSqlQuery q(connection());
    // On a server, the values go into the statement as the driver's literals: one round trip
    // instead of three (ServerStatement.h).
    std::optional<QString> direct;
    if (backend() == SqlBackend::Postgres) {
        const QSqlDriver* driver = q.driver();
        direct = ServerStatement::withValues(sql, values, [driver](const QVariant& v) {
            return ServerStatement::literal(driver, v);
        });
    }
    const auto failed = [&] {
        Error error = sqlError(QStringLiteral("sql.exec"), q.lastError());
        error.explicitKind = classify(q.lastError());
        if (error.explicitKind == ErrorKind::NeedsAdmin)
            error = StoreError::needsAdministrator(error.code, q.lastError(),
                                                   StoreError::accountName(m_location));
        return error;
    };
    if (direct) {
        if (!q.exec(*direct))
            return failed();
        return q;
    }
    if (!q.prepare(sql))
        return sqlError(QStringLiteral("sql.prepare"), q.lastError());
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return failed();
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

ErrorKind Database::classify(const QSqlError& error) const
{
    // One mapping of the engines' codes and messages to kinds, shared with opening a store.
    return StoreError::classify(error);
}

Status Database::runStatement(const QString& sql)
{
    if (m_observer)
        m_observer(sql, {});
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        Error error = sqlError(QStringLiteral("transaction.statement"), q.lastError());
        error.explicitKind = classify(q.lastError());
        if (error.explicitKind == ErrorKind::NeedsAdmin)
            error = StoreError::needsAdministrator(error.code, q.lastError(),
                                                   StoreError::accountName(m_location));
        return error;
    }
    return {};
}

Status Database::beginUnit(UnitOfWork::Mode mode)
{
    if (m_transactionDepth > 0) {
        // A write inside a read snapshot would have to upgrade its lock, which is exactly
        // the race BEGIN IMMEDIATE avoids: refuse it loudly so the caller is fixed.
        if (mode == UnitOfWork::Mode::Write && m_unitMode == UnitOfWork::Mode::Read)
            return Error{QStringLiteral("transaction.mode"),
                         tr("A change was attempted inside a read-only unit of work."),
                         ErrorKind::Failed};
        ++m_transactionDepth;
        return {};
    }
    m_rollbackOnly = false;
    m_pendingNotices.clear();
    m_pendingKeys.clear();
    const bool sqlite = backend() == SqlBackend::Sqlite;
    QString begin;
    if (mode == UnitOfWork::Mode::Write)
        begin = sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    else
        begin = sqlite ? QStringLiteral("BEGIN")
                       : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // Each BEGIN IMMEDIATE waits up to the busy timeout (5 s). SQLite's busy wait is not first
    // come, first served, so with many desks or scripts saving at once one writer can lose
    // several rounds in a row. It has done nothing yet, so it simply asks again until its
    // wait is used up: an append must not fail because others were saving (20 scripts
    // writing at once saw 1 % of their entries refused with a single round).
    Status begun = runStatement(begin);
    QElapsedTimer waiting;
    waiting.start();
    while (!begun && sqlite && mode == UnitOfWork::Mode::Write &&
           begun.error().explicitKind == ErrorKind::Busy && waiting.elapsed() < m_writeLockWaitMs) {
        ++m_retriedUnits;
        log()->debug("write lock busy, asking again after {} ms", waiting.elapsed());
        QThread::msleep(static_cast<unsigned long>(QRandomGenerator::global()->bounded(1, 20)));
        begun = runStatement(begin);
    }
    if (auto st = begun; !st) {
        Error error = st.error();
        error.code = QStringLiteral("transaction.begin");
        if (error.explicitKind == ErrorKind::Busy)
            error.message = tr("The database is busy: another desk or program is saving and "
                               "did not finish in time. Nothing was changed; try again.");
        return error;
    }
    m_transactionDepth = 1;
    m_unitMode = mode;
    // SQLite has no signed-in account: the audit triggers take the author from here, set by
    // each writer inside its own write lock.
    if (mode == UnitOfWork::Mode::Write && sqlite && m_hasAuditContext) {
        if (auto r = exec(QStringLiteral("UPDATE audit_context SET author = ? WHERE id = 1"),
                          {m_author});
            !r) {
            m_transactionDepth = 0;
            (void)runStatement(QStringLiteral("ROLLBACK"));
            return r.error();
        }
    }
    return {};
}

Status Database::commitUnit()
{
    if (m_transactionDepth <= 0)
        return Error{QStringLiteral("transaction.inactive"), tr("No transaction is open.")};
    if (--m_transactionDepth > 0)
        return {};
    if (m_rollbackOnly) {
        (void)runStatement(QStringLiteral("ROLLBACK"));
        m_pendingNotices.clear();
        m_pendingKeys.clear();
        return Error{QStringLiteral("transaction.rolledback"),
                     tr("An earlier step failed, so nothing was saved.")};
    }
    if (auto st = runStatement(QStringLiteral("COMMIT")); !st) {
        (void)runStatement(QStringLiteral("ROLLBACK"));
        m_pendingNotices.clear();
        m_pendingKeys.clear();
        Error error = st.error();
        error.code = QStringLiteral("transaction.commit");
        return error;
    }
    flushNotices();
    return {};
}

void Database::rollbackUnit()
{
    if (m_transactionDepth <= 0)
        return;
    if (--m_transactionDepth > 0) {
        m_rollbackOnly = true;
        return;
    }
    (void)runStatement(QStringLiteral("ROLLBACK"));
    m_pendingNotices.clear();
    m_pendingKeys.clear();
}

Status Database::write(const std::function<Status()>& body)
{
    const bool outermost = m_transactionDepth == 0;
    for (int attempt = 1;; ++attempt) {
        Status result = [&]() -> Status {
            UnitOfWork unit(*this);
            if (!unit.isActive())
                return unit.begun().error();
            if (auto st = body(); !st)
                return st;
            return unit.commit();
        }();
        // A busy BEGIN has already waited its whole write-lock wait (beginUnit): running the
        // unit again would only multiply it. What is retried here is a race lost inside the
        // unit (a PostgreSQL serialization failure or deadlock).
        if (result.ok() || !outermost || attempt >= kMaxUnitAttempts ||
            result.error().kind() != ErrorKind::Busy ||
            result.error().code == QLatin1String("transaction.begin"))
            return result;
        ++m_retriedUnits;
        // 2, 4, 8 ... ms up to about half a second, with jitter.
        const int ceiling = std::min(512, 2 << std::min(attempt, 8));
        QThread::msleep(static_cast<unsigned long>(
            QRandomGenerator::global()->bounded(ceiling / 2, ceiling + 1)));
        log()->debug("unit of work retried (attempt {})", attempt + 1);
    }
}

Status Database::lockRow(const QString& table, qint64 id)
{
    // Table names come from the repositories, never from users.
    return holdRows(QStringLiteral("SELECT id FROM %1 WHERE id = ? FOR UPDATE").arg(table), {id});
}

Status Database::holdRows(const QString& lockingSelect, const QVariantList& values)
{
    // SQLite: BEGIN IMMEDIATE already holds the only write lock there is.
    if (backend() == SqlBackend::Sqlite)
        return {};
    auto q = exec(lockingSelect, values);
    if (!q)
        return q.error();
    return {};
}

void Database::notify(const StoreNotice& notice)
{
    if (m_transactionDepth == 0) {
        if (m_noticeSink)
            m_noticeSink({notice});
        return;
    }
    // A bulk write (an import, the demo clinic) would queue thousands of notices: past a few
    // hundred of one kind, one Reset tells the views to reload that kind instead.
    constexpr int kResetAfter = 200;
    const auto kindKey = QStringLiteral("r%1").arg(static_cast<int>(notice.kind));
    if (m_pendingKeys.contains(kindKey))
        return;
    const auto key = QStringLiteral("%1/%2/%3")
                         .arg(static_cast<int>(notice.change))
                         .arg(static_cast<int>(notice.kind))
                         .arg(notice.id);
    if (m_pendingKeys.contains(key))
        return;
    const auto sameKind = [&](const StoreNotice& n) { return n.kind == notice.kind; };
    if (notice.change == StoreNotice::Change::Reset ||
        std::count_if(m_pendingNotices.cbegin(), m_pendingNotices.cend(), sameKind) >=
            kResetAfter) {
        m_pendingNotices.removeIf(sameKind);
        m_pendingNotices.append(StoreNotice::reset(notice.kind));
        m_pendingKeys.insert(kindKey);
        return;
    }
    m_pendingKeys.insert(key);
    m_pendingNotices.append(notice);
}

void Database::setNoticeSink(std::function<void(const QList<StoreNotice>&)> sink)
{
    m_noticeSink = std::move(sink);
}

void Database::flushNotices()
{
    if (m_pendingNotices.isEmpty())
        return;
    const QList<StoreNotice> notices = std::exchange(m_pendingNotices, {});
    m_pendingKeys.clear();
    if (m_noticeSink)
        m_noticeSink(notices);
}

} // namespace gradus
