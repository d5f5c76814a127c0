#include "services/StoreOpening.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "util/PrivateFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace gradus {
namespace {

auto log()
{
    return logging::get("recovery");
}

// A desk never waits long for another desk's write: see forDesk().
constexpr int kDeskLockWaitMs = 5000;

const QStringList kSidecars = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                               QStringLiteral("-journal")};

StoreOpening::Opened atDesk(Result<std::unique_ptr<Database>> db, Clock& clock)
{
    if (!db)
        return db.error();
    (*db)->setWriteLockWait(kDeskLockWaitMs);
    return std::make_unique<Workspace>(std::move(*db), clock);
}

} // namespace

StoreOpening::Opened StoreOpening::forDesk(const DatabaseLocation& location, Clock& clock)
{
    return atDesk(Database::open(location), clock);
}

StoreOpening::Opened StoreOpening::existingForDesk(const DatabaseLocation& location, Clock& clock)
{
    OpenOptions options;
    options.createIfMissing = false;
    return atDesk(Database::open(location, options), clock);
}

StoreOpening::Opened StoreOpening::newFile(const QString& path, Clock& clock)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0)
        return Error{QStringLiteral("create.exists"),
                     tr("%1 already exists and is not empty; nothing was changed.")
                         .arg(QDir::toNativeSeparators(path)),
                     ErrorKind::Invalid};
    OpenOptions options;
    options.createIfMissing = true;
    options.replaceEmptyFile = true;
    return atDesk(Database::open(DatabaseLocation::sqliteFile(path), options), clock);
}

StoreOpening::Opened StoreOpening::forWorker(const DatabaseLocation& location,
                                             const QString& author, Clock& clock)
{
    OpenOptions options;
    options.createIfMissing = false;
    options.backupBeforeUpgrade = false;
    auto db = Database::open(location, options);
    if (db && !author.isEmpty())
        (*db)->setAuthor(author);
    return atDesk(std::move(db), clock);
}

std::optional<Error> StoreOpening::startupCheck(Workspace& store, const QDate& today)
{
    Database& db = store.db();
    QSettings settings;
    const QString key = QStringLiteral("integrity/lastQuickCheck/%1")
                            .arg(QString::fromLatin1(db.location().displayName().toUtf8().toHex()));
    if (settings.value(key).toDate() == today)
        return std::nullopt;
    const IntegrityCheck::Report report = IntegrityCheck::run(db, IntegrityCheck::Depth::Quick);
    if (!report.ok()) {
        log()->error("start-up check found damage ({} problems)", report.problems.size());
        return IntegrityCheck::damaged(db.location(), report);
    }
    settings.setValue(key, today);
    return std::nullopt;
}

Result<QString> StoreOpening::restoreFile(const QString& databasePath, const QString& backupPath)
{
    auto report =
        IntegrityCheck::run(DatabaseLocation::sqliteFile(backupPath), IntegrityCheck::Depth::Full);
    if (!report)
        return Error{report.error().code,
                     tr("The backup %1 cannot be used: %2 Nothing was changed.")
                         .arg(QDir::toNativeSeparators(backupPath), report.error().message),
                     report.error().kind()};
    if (!report->ok())
        return Error{QStringLiteral("restore.damaged"),
                     tr("The backup %1 is damaged too (%2). Nothing was changed.")
                         .arg(QDir::toNativeSeparators(backupPath), report->problems.constFirst()),
                     ErrorKind::Damaged};
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("restore.read"),
                     tr("The backup %1 cannot be read: %2. Nothing was changed.")
                         .arg(QDir::toNativeSeparators(backupPath), source.errorString()),
                     ErrorKind::Permission};
    const QByteArray bytes = source.readAll();

    // The unusable file and its journals go aside together: a journal left beside the
    // restored copy would be replayed into it.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = QStringLiteral("%1.unusable-%2").arg(databasePath, stamp);
    QStringList movedFrom;
    for (const QString& suffix : kSidecars) {
        const QString from = databasePath + suffix;
        if (!QFileInfo::exists(from))
            continue;
        if (!QFile::rename(from, aside + suffix)) {
            for (const QString& undo : movedFrom)
                QFile::rename(aside + undo, databasePath + undo);
            return Error{QStringLiteral("restore.aside"),
                         tr("%1 could not be moved aside (is the folder read-only?). Nothing "
                            "was changed.")
                             .arg(QDir::toNativeSeparators(from)),
                         ErrorKind::ReadOnly};
        }
        movedFrom << suffix;
    }
    if (auto st = PrivateFile::write(databasePath, bytes, PrivateFile::Existing::Refuse); !st) {
        for (const QString& undo : movedFrom)
            QFile::rename(aside + undo, databasePath + undo);
        return st.error();
    }
    log()->info("backup restored in place of an unusable database (kept aside)");
    return movedFrom.isEmpty() ? QString() : aside;
}

QString StoreOpening::newestBackup(const QString& databasePath)
{
    const QFileInfo database(databasePath);
    const QFileInfoList candidates =
        database.absoluteDir().entryInfoList({QStringLiteral("gradus-backup-*.sqlite"),
                                              database.fileName() + QStringLiteral(".schema*.bak")},
                                             QDir::Files | QDir::Readable, QDir::Time);
    return candidates.isEmpty() ? QString() : candidates.constFirst().absoluteFilePath();
}

} // namespace gradus
