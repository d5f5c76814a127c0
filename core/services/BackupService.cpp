#include "services/BackupService.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "settings/ClinicSettings.h"
#include "storage/Database.h"
#include "storage/SqliteFileReader.h"
#include "util/AppPaths.h"
#include "util/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cstdio>

namespace gradus {
namespace {

const auto logger = &logging::module<"backup">;

Error backupError(const char* code, const QString& message, ErrorKind kind)
{
    return Error{QString::fromLatin1(code), message, kind};
}

// POSIX rename(2): atomic, and replaces the target (QFile::rename refuses to).
bool replaceFile(const QString& from, const QString& to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

QString sameFile(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

} // namespace

Result<BackupInfo> BackupService::inspect(const QString& backupPath)
{
    const QFileInfo info(backupPath);
    if (!info.exists() || !info.isFile())
        return backupError("backup.missing", tr("There is no backup file %1.").arg(backupPath),
                           ErrorKind::NotFound);
    QFile file(backupPath);
    if (!file.open(QIODevice::ReadOnly))
        return backupError("backup.unreadable",
                           tr("Could not read %1: %2").arg(backupPath, file.errorString()),
                           ErrorKind::Permission);
    const QByteArray head = file.read(16);
    file.close();
    if (head.startsWith("PGDMP"))
        return backupError(
            "backup.pg_dump",
            tr("%1 is a PostgreSQL dump. Restore it on the server with pg_restore, for example: "
               "pg_restore --clean --dbname=gradus %1")
                .arg(backupPath),
            ErrorKind::Invalid);
    if (head != QByteArray("SQLite format 3\0", 16))
        return backupError(
            "backup.foreign",
            tr("%1 is not a Gradus backup (it is not a SQLite database).").arg(backupPath),
            ErrorKind::NotGradus);

    SqliteFileReader backup(backupPath);
    if (!backup.isOpen())
        return backupError("backup.damaged",
                           tr("%1 could not be opened: %2").arg(backupPath, backup.openError()),
                           ErrorKind::Damaged);
    if (const QString problem = backup.integrityProblem(); !problem.isEmpty())
        return backupError(
            "backup.damaged",
            tr("%1 is damaged: SQLite's integrity check failed (%2).").arg(backupPath, problem),
            ErrorKind::Damaged);
    const std::optional<int> schema = backup.schemaVersion();
    if (!schema)
        return backupError(
            "backup.foreign",
            tr("%1 is a SQLite database, but not a Gradus database.").arg(backupPath),
            ErrorKind::NotGradus);
    BackupInfo result;
    result.path = info.absoluteFilePath();
    result.schemaVersion = *schema;
    if (result.schemaVersion > Database::latestSchemaVersion())
        return backupError("backup.newer",
                           tr("%1 was written by a newer Gradus (schema %2; this program reads up "
                              "to %3). Restore it with the newer Gradus.")
                               .arg(backupPath)
                               .arg(result.schemaVersion)
                               .arg(Database::latestSchemaVersion()),
                           ErrorKind::NewerSchema);
    if (result.schemaVersion < 1)
        return backupError("backup.damaged",
                           tr("%1 records no usable schema version.").arg(backupPath),
                           ErrorKind::Damaged);
    result.patients = backup.countRows(QStringLiteral("patient"));
    result.visits = backup.countRows(QStringLiteral("visit"));
    result.programmes = backup.countRows(QStringLiteral("programme"));
    result.bytes = info.size();
    result.modified = info.lastModified();
    return result;
}

Result<BackupInfo> BackupService::restore(const QString& backupPath, const QString& target,
                                          bool replace, const QString& databaseInUse)
{
    const QString to = sameFile(target);
    if (!databaseInUse.isEmpty() && to == sameFile(databaseInUse))
        return backupError("restore.in_use",
                           tr("%1 is the database in use; restore into a new file and open "
                              "that instead.")
                               .arg(target),
                           ErrorKind::Refused);
    if (to == sameFile(backupPath))
        return backupError("restore.in_use",
                           tr("%1 is the backup itself; restore into a new file.").arg(target),
                           ErrorKind::Refused);
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && !targetInfo.isFile())
        return backupError("restore.target", tr("%1 is not a file.").arg(target),
                           ErrorKind::Invalid);
    if (targetInfo.exists() && !replace)
        return PrivateFile::existsError(target);
    auto info = inspect(backupPath);
    if (!info)
        return info.error();
    if (!QFileInfo(targetInfo.absolutePath()).isDir())
        return backupError("restore.target",
                           tr("The folder %1 does not exist.").arg(targetInfo.absolutePath()),
                           ErrorKind::Invalid);

    // The copy is made beside the target and checked again before it takes the target's
    // name, so a failed copy never leaves a half-written database under that name.
    QTemporaryFile copy(targetInfo.absoluteFilePath() + QStringLiteral(".restoring-XXXXXX"));
    QFile source(backupPath);
    if (!copy.open() || !source.open(QIODevice::ReadOnly))
        return backupError("restore.write",
                           tr("Could not write %1: %2").arg(target, copy.errorString()),
                           ErrorKind::Permission);
    copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || copy.write(chunk) != chunk.size())
            return backupError("restore.write",
                               tr("Could not write %1: %2").arg(target, copy.errorString()),
                               ErrorKind::DiskFull);
    }
    if (!copy.flush())
        return backupError("restore.write",
                           tr("Could not write %1: %2").arg(target, copy.errorString()),
                           ErrorKind::DiskFull);
    copy.close();
    auto copied = inspect(copy.fileName());
    if (!copied)
        return backupError("restore.verify",
                           tr("The copy of %1 did not pass the check (%2); nothing was restored.")
                               .arg(backupPath, copied.error().message),
                           ErrorKind::Failed);
    // A journal left beside a file being replaced would be applied to the restored copy.
    if (replace)
        for (const char* side : {"-wal", "-shm", "-journal"})
            QFile::remove(targetInfo.absoluteFilePath() + QLatin1String(side));
    if (!replaceFile(copy.fileName(), targetInfo.absoluteFilePath()))
        return backupError("restore.write",
                           tr("Could not move the restored copy to %1.").arg(target),
                           ErrorKind::Failed);
    copy.setAutoRemove(false);
    BackupInfo result = *info;
    result.path = targetInfo.absoluteFilePath();
    logger()->info("backup restored into a new database (schema {})", result.schemaVersion);
    return result;
}

QString BackupService::backupFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<DailyBackupResult> BackupService::dailyBackup(Database& db, const QDate& today, int keep)
{
    DailyBackupResult result;
    if (db.backend() != SqlBackend::Sqlite || keep <= 0)
        return result;
    const QString folder = backupFolder(db.location().filePath);
    if (!AppPaths::ensurePrivateDirectory(folder))
        return backupError("backup.folder", tr("Could not create the folder %1.").arg(folder),
                           ErrorKind::Permission);
    const QString stem = QFileInfo(db.location().filePath).completeBaseName();
    QDir dir(folder);
    const QString name = QStringLiteral("%1-%2.sqlite").arg(stem, today.toString(Qt::ISODate));
    if (!dir.exists(name)) {
        // backupTo writes under a temporary name and renames the whole copy into place, so a
        // copy cut short (power cut, full disk) never counts as today's backup.
        if (auto st = db.backupTo(dir.filePath(name)); !st)
            return Error{
                QStringLiteral("backup.failed"),
                tr("The automatic backup could not be written: %1").arg(st.error().message),
                ErrorKind::Failed};
        result.written = dir.filePath(name);
        logger()->info("daily backup written");
    }
    // Names sort by date; the newest `keep` stay.
    QStringList copies = dailyBackups(db.location().filePath);
    while (copies.size() > keep) {
        const QString oldest = copies.takeFirst();
        if (QFile::remove(oldest))
            result.removed << oldest;
    }
    if (!result.removed.isEmpty())
        logger()->info("removed {} old daily backups", result.removed.size());
    return result;
}

QStringList BackupService::dailyBackups(const QString& databasePath)
{
    static const QRegularExpression dated(QStringLiteral("^(.*)-\\d{4}-\\d{2}-\\d{2}\\.sqlite$"));
    const QString stem = QFileInfo(databasePath).completeBaseName();
    const QDir dir(backupFolder(databasePath));
    QStringList copies;
    for (const QString& file :
         dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name)) {
        const auto match = dated.match(file);
        if (match.hasMatch() && match.captured(1) == stem)
            copies << dir.filePath(file);
    }
    return copies;
}

Result<DailyBackupResult> BackupService::dailyBackup(Workspace& workspace)
{
    return dailyBackup(workspace.db(), workspace.clock().today(),
                       workspace.settings().intValue(ClinicSettings::Key::BackupsToKeep));
}

Status BackupService::backup(Database& db, const QString& target)
{
    if (db.backend() == SqlBackend::Postgres)
        return pgDump(db.location(), target);
    return db.backupTo(target);
}

Status BackupService::copyTo(Workspace& store, const QString& target, bool replace)
{
    Database& db = store.db();
    const QString current = QFileInfo(db.location().filePath).canonicalFilePath();
    if (!current.isEmpty() && QFileInfo(target).canonicalFilePath() == current)
        return backupError(
            "backup.same_file",
            tr("A backup cannot be written over the database it copies (%1).").arg(target),
            ErrorKind::Invalid);
    return db.backupTo(target, replace);
}

Status BackupService::pgDump(const DatabaseLocation& location, const QString& target)
{
    if (QFileInfo::exists(target))
        return PrivateFile::existsError(target);
    const QString pgDump = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    const QString manual = QStringLiteral("pg_dump --format=custom --host=%1 --port=%2 "
                                          "--username=%3 --file=%4 %5")
                               .arg(location.host)
                               .arg(location.port)
                               .arg(location.user, target, location.databaseName);
    if (pgDump.isEmpty())
        return backupError("backup.no_pg_dump",
                           tr("pg_dump is not installed on this computer. Install the "
                              "PostgreSQL client tools (Debian: sudo apt-get install "
                              "postgresql-client), or make the backup on the server with: %1")
                               .arg(manual),
                           ErrorKind::Failed);
    const QFileInfo targetInfo(target);
    QTemporaryFile dump(targetInfo.absoluteFilePath() + QStringLiteral(".dumping-XXXXXX"));
    if (!dump.open())
        return backupError("backup.write",
                           tr("Could not write %1: %2").arg(target, dump.errorString()),
                           ErrorKind::Permission);
    dump.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    dump.close();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!location.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), location.password);
    process.setProcessEnvironment(env);
    // --no-password: a missing password fails at once instead of waiting for a prompt.
    process.start(pgDump, {QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                           QStringLiteral("--host=") + location.host,
                           QStringLiteral("--port=") + QString::number(location.port),
                           QStringLiteral("--username=") + location.user,
                           QStringLiteral("--file=") + dump.fileName(), location.databaseName});
    if (!process.waitForFinished(30 * 60 * 1000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return backupError(
            "backup.pg_dump_failed",
            tr("pg_dump could not back up the server database: %1")
                .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed().left(500)),
            ErrorKind::Failed);
    if (QFileInfo::exists(target))
        return PrivateFile::existsError(target);
    if (!replaceFile(dump.fileName(), targetInfo.absoluteFilePath()))
        return backupError("backup.write", tr("Could not move the dump to %1.").arg(target),
                           ErrorKind::Failed);
    dump.setAutoRemove(false);
    logger()->info("server database dumped with pg_dump");
    return {};
}

} // namespace gradus
