#pragma once

#include "storage/DatabaseLocation.h"
#include "storage/Migrations.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

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
// Every statement is prepared; every multi-step write goes through a Transaction.
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

private:
    friend class Transaction;
    explicit Database(DatabaseLocation location, QString connectionName);
    static Result<std::unique_ptr<Database>> openSqlite(const DatabaseLocation& location,
                                                        const OpenOptions& options,
                                                        const QList<Migration>& migrations);
    static Status createSqlite(const DatabaseLocation& location, const OpenOptions& options,
                               const QList<Migration>& migrations);
    // `immutable`: nothing may write the file, so SQLite need not look for other writers.
    Status connect(bool readOnly, bool immutable = false);
    Status migrate(const OpenOptions& options, const QList<Migration>& migrations);
    Status applyMigration(int version, const QString& script);
    Result<int> readSchemaVersion();

    Status beginTransaction();
    Status commitTransaction();
    void rollbackTransaction();

    DatabaseLocation m_location;
    QString m_connectionName;
    int m_schemaVersion = 0;
    QString m_upgradeBackupPath;
    QString m_readOnlyReason;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace gradus
