#pragma once

#include "connection/DatabaseLocation.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace gradus {

class Database;
class Workspace;

// What a SQLite backup holds, as far as a clinician choosing one needs to know.
struct BackupInfo
{
    QString path;
    int schemaVersion = 0;
    qint64 patients = 0;
    qint64 visits = 0;
    qint64 programmes = 0;
    qint64 bytes = 0;
    QDateTime modified;
};

// What the automatic backup at start-up did.
struct DailyBackupResult
{
    QString written;     // the new copy; empty when none was due (or they are off)
    QStringList removed; // older copies beyond the number kept
};

// Backups and restore (README "Where your data is"):
//  - restore(): checks a backup (a Gradus SQLite database that passes SQLite's integrity
//    check, with a schema this Gradus can read) and writes it as a new database file;
//  - dailyBackup(): at most one copy a day in backups/ beside the store, keeping the newest N;
//  - backup(): a copy now, through pg_dump for a PostgreSQL store.
// Files are owner-only; nothing is written over the database in use.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    // Opens the backup read-only and immutable (so not even a journal appears beside it).
    // Errors: "backup.missing" (NotFound), "backup.pg_dump" (Invalid: a PostgreSQL dump),
    // "backup.foreign" (NotGradus), "backup.damaged" (Damaged), "backup.newer" (NewerSchema).
    static Result<BackupInfo> inspect(const QString& backupPath);

    // Verifies the backup, copies it to a temporary file beside `target`, verifies the copy and
    // renames it into place (0600). Refuses, writing nothing: an existing `target` unless
    // `replace` ("file.exists"); `target` being the database in use (`databaseInUse`, may be
    // empty) or the backup itself ("restore.in_use", Refused) - whatever `replace` says.
    static Result<BackupInfo> restore(const QString& backupPath, const QString& target,
                                      bool replace, const QString& databaseInUse);

    // backups/ in the folder of the database file.
    static QString backupFolder(const QString& databasePath);
    // A copy named <name>-yyyy-MM-dd.sqlite when there is none for `today`, then removes all
    // but the newest `keep` copies (0: automatic backups are off). SQLite stores only: a
    // server is backed up on the server.
    static Result<DailyBackupResult> dailyBackup(Database& db, const QDate& today, int keep);
    // The same with the workspace's clock and the clinic setting "backup/keep".
    static Result<DailyBackupResult> dailyBackup(Workspace& workspace);
    // The automatic copies of the database at `databasePath`, oldest first.
    static QStringList dailyBackups(const QString& databasePath);

    // A complete copy of the store now: SQLite's online backup for a file, pg_dump (custom
    // format, restored with pg_restore) for a server. "backup.no_pg_dump" says how to make
    // one when pg_dump is not installed.
    static Status backup(Database& db, const QString& target);
    static Status pgDump(const DatabaseLocation& location, const QString& target);
    // File → Back Up on a SQLite store: a copy at `target`, never written over the store
    // itself ("backup.same_file"); an existing `target` is replaced only when `replace`.
    static Status copyTo(Workspace& store, const QString& target, bool replace);
};

} // namespace gradus
