#pragma once

#include "connection/DatabaseLocation.h"
#include "notify/StoreNotice.h"
#include "storage/Migrations.h"
#include "storage/UnitOfWork.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace gradus {

struct OpenOptions
{
    // Stop after this schema version (tests build databases "as an older Gradus left
    // them"); 0 means the latest version this program knows.
    int migrateToVersion = 0;
    // Take a backup copy before upgrading an existing database (SQLite only).
    bool backupBeforeUpgrade = true;
    // The schema steps to apply; empty means the ones embedded in this build. Tests pass
    // their own to exercise upgrade failures.
    QList<Migration> migrations;
    // Where no SQLite database exists yet, make one (built under a temporary name and renamed
    // into place when complete). Commands that only read pass false: they create nothing, not
    // even a folder, and fail with ErrorKind::NoDatabase.
    bool createIfMissing = true;
    // A zero-length file is refused (ErrorKind::NotGradus) unless the user asked for a new
    // database there.
    bool replaceEmptyFile = false;
};

// One open connection to the clinic's store, migrated to the schema this program expects.
// Every statement is prepared; every multi-step write is one unit of work (write(), or a
// UnitOfWork scope), and change notices queued during it are emitted after it commits.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Opens or creates the store. Refuses, and leaves the file byte-for-byte unchanged,
    // when it is damaged, is not a Gradus database, or was written by a newer Gradus. A file
    // or folder the user made read-only is opened read-only (isReadOnly()): reading works,
    // every write fails with ErrorKind::ReadOnly, and the file's mode and bytes stay as they
    // are. Every failure carries its ErrorKind (storage/StoreError.h).
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation& location,
                                                  const OpenOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static int latestSchemaVersion();

    const DatabaseLocation& location() const { return m_location; }
    SqlBackend backend() const { return m_location.backend; }
    int schemaVersion() const { return m_schemaVersion; }
    // The copy taken before this open upgraded the schema; empty when none was needed.
    QString upgradeBackupPath() const { return m_upgradeBackupPath; }
    // Opened read-only because the file, its folder or its file system is; readOnlyReason()
    // says which ("the file is read-only").
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    QSqlDatabase connection() const;

    // Runs one prepared statement with positional bind values.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {});
    // Runs an INSERT and returns the new row's id (portable: uses RETURNING id).
    Result<qint64> insert(const QString& sql, const QVariantList& values = {});

    // Consistent copy of the whole store, readable by the owner only from its first byte,
    // written under a temporary name and renamed into place when complete (SQLite only). An
    // existing target is refused unless `replace` (the app's save dialog has asked).
    Status backupTo(const QString& targetPath, bool replace = false);

    // Row counts per table, for `db info` and the About box.
    Result<QList<QPair<QString, qint64>>> recordCounts();

    // Runs `body` as one writing unit of work and commits it. When this is the outermost unit
    // and the engine reports a lost race (PostgreSQL serialization failure or deadlock, SQLite
    // still busy after the busy timeout), the body runs again from the start, a bounded number
    // of times; its notices are emitted once, after the commit that counted. Inside another
    // unit the body simply joins it. A conflict (a stale edit) is never retried.
    Status write(const std::function<Status()>& body);
    template <typename T> Result<T> write(const std::function<Result<T>()>& body);
    // A consistent snapshot for several reads (no retries needed; nothing is written).
    template <typename T> Result<T> read(const std::function<Result<T>()>& body);

    // Holds the row `id` of `table` until the unit of work ends, so that what was read from
    // it cannot change underneath (PostgreSQL: SELECT ... FOR UPDATE; SQLite: the unit already
    // holds the database's write lock). A missing row is not an error here: the caller's
    // own read reports it with its own message.
    Status lockRow(const QString& table, qint64 id);
    // The same for the rows a locking SELECT names (`... FOR UPDATE` or `... FOR SHARE`): run on
    // PostgreSQL, nothing to do on SQLite.
    Status holdRows(const QString& lockingSelect, const QVariantList& values);

    // Queues a change notice for the end of the current unit of work (emitted at once when no
    // unit is open). Duplicates within one unit are announced once.
    void notify(const StoreNotice& notice);
    // Where notices go after a commit (the Workspace passes them to its StoreNotifier).
    void setNoticeSink(std::function<void(const QList<StoreNotice>&)> sink);
    bool inUnitOfWork() const { return m_transactionDepth > 0; }
    // How many units of work reran after a lost race since the database was opened (tests and
    // the load test report it).
    int retriedUnits() const { return m_retriedUnits; }
    // SQLite: how long in all a writing unit of work keeps asking for the write lock before it
    // is refused as busy: 30 s, so that twenty scripts saving at once all get their turn. The
    // app sets 5 s, a wait a clinician sits through before hearing that another desk holds
    // the store; a busy unit is never rerun by write(), so the wait is not multiplied.
    void setWriteLockWait(int milliseconds) { m_writeLockWaitMs = milliseconds; }

    // Runs a statement that cannot be prepared (DDL, BEGIN/COMMIT). Never with user input.
    Status runStatement(const QString& sql);

    // Sees every statement sent through exec(), insert() and runStatement() (BEGIN and COMMIT
    // included), with its values, just before it runs: tests and benchmarks count the round
    // trips of a user action and check the query plans on its path. Empty: none (the default).
    using StatementObserver = std::function<void(const QString& sql, const QVariantList& values)>;
    void setStatementObserver(StatementObserver observer) { m_observer = std::move(observer); }

    // Who writes, on SQLite: recorded by the audit triggers for every change (on a server
    // the database takes the signed-in account instead). Default: the desk's clinician name.
    void setAuthor(const QString& author) { m_author = author; }
    const QString& author() const { return m_author; }

    // The error kind of a failed statement (busy, read-only, disk full, needs an
    // administrator, ...) from the engine's own error code.
    ErrorKind classify(const QSqlError& error) const;

private:
    friend class UnitOfWork;
    explicit Database(DatabaseLocation location, QString connectionName);
    static Result<std::unique_ptr<Database>> openSqlite(const DatabaseLocation& location,
                                                        const OpenOptions& options,
                                                        const QList<Migration>& migrations);
    static Status createSqlite(const DatabaseLocation& location, const OpenOptions& options,
                               const QList<Migration>& migrations);
    // `immutable`: nothing may write the file, so SQLite need not look for other writers.
    Status connect(bool readOnly, bool immutable = false);
    Status migrate(const OpenOptions& options, const QList<Migration>& migrations);
    Status applyMigration(int version, const QString& script, bool last);
    Result<int> readSchemaVersion();

    Status beginUnit(UnitOfWork::Mode mode);
    Status commitUnit();
    void rollbackUnit();
    void flushNotices();

    DatabaseLocation m_location;
    QString m_connectionName;
    int m_schemaVersion = 0;
    QString m_upgradeBackupPath;
    QString m_readOnlyReason;
    int m_transactionDepth = 0;
    UnitOfWork::Mode m_unitMode = UnitOfWork::Mode::Write;
    bool m_rollbackOnly = false;
    QList<StoreNotice> m_pendingNotices;
    QSet<QString> m_pendingKeys; // dedupes m_pendingNotices
    std::function<void(const QList<StoreNotice>&)> m_noticeSink;
    int m_retriedUnits = 0;
    int m_writeLockWaitMs = 30000;
    QString m_author;
    bool m_hasAuditContext = false;
    StatementObserver m_observer;
};

template <typename T> Result<T> Database::write(const std::function<Result<T>()>& body)
{
    std::optional<Result<T>> result;
    Status st = write([&]() -> Status {
        result.emplace(body());
        if (!*result)
            return result->error();
        return {};
    });
    if (!st)
        return st.error();
    return std::move(*result);
}

template <typename T> Result<T> Database::read(const std::function<Result<T>()>& body)
{
    UnitOfWork unit(*this, UnitOfWork::Mode::Read);
    if (!unit.isActive())
        return unit.begun().error();
    Result<T> result = body();
    if (!result)
        return result;
    if (auto st = unit.commit(); !st)
        return st.error();
    return result;
}

} // namespace gradus
