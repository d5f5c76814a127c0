#include "storage/SqliteFile.h"

#include "util/AppPaths.h"
#include "util/FileAccess.h"
#include "util/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gradus {
namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// ".gradus.sqlite.creating-1234-ab12cd": the pid says whether its creator is still alive.
QString temporaryPrefix(const QFileInfo& target)
{
    return u'.' + target.fileName() + QStringLiteral(".creating-");
}

} // namespace

Result<SqliteFile::Inspection> SqliteFile::inspect(const QString& path)
{
    Inspection result;
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR) {
            result.state = State::Missing;
            return result;
        }
        return Error{
            QStringLiteral("open.stat"),
            tr("Could not open %1: %2.").arg(native(path), FileAccess::causeOfErrno(error)),
            FileAccess::kindOfErrno(error)};
    }
    if (!S_ISREG(st.st_mode))
        return Error{QStringLiteral("open.notfile"),
                     tr("%1 is not a database file (it is a folder or a device). It has not been "
                        "changed.")
                         .arg(native(path)),
                     ErrorKind::NotGradus};
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        return Error{
            QStringLiteral("open.permission"),
            tr("Could not read %1: %2.").arg(native(path), FileAccess::causeOfErrno(error)),
            FileAccess::kindOfErrno(error)};
    }
    ::close(fd);
    result.state = st.st_size == 0 ? State::Empty : State::Present;
    if (FileAccess::onReadOnlyMount(path))
        result.readOnlyReason = tr("the file system holding it is read-only");
    else if (!FileAccess::mayWrite(path))
        result.readOnlyReason = tr("the file is read-only");
    else if (!FileAccess::mayWrite(folder))
        result.readOnlyReason = tr("its folder %1 is read-only").arg(native(folder));
    result.hasWal = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    return result;
}

Status SqliteFile::prepareFolder(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QString existing = FileAccess::nearestExistingFolder(folder);
    if (!FileAccess::mayWrite(existing))
        return Error{QStringLiteral("create.readonly"),
                     tr("A new database cannot be made at %1: the folder %2 is read-only. "
                        "Nothing was created.")
                         .arg(native(path), native(existing)),
                     ErrorKind::ReadOnly};
    if (!AppPaths::ensurePrivateDirectory(folder)) {
        const int error = errno;
        return Error{QStringLiteral("create.folder"),
                     tr("Could not create the folder %1: %2.")
                         .arg(native(folder), FileAccess::causeOfErrno(error)),
                     FileAccess::kindOfErrno(error)};
    }
    return {};
}

Result<QString> SqliteFile::reserveTemporary(const QString& path)
{
    const QFileInfo target(path);
    QByteArray pattern = QFile::encodeName(target.absoluteDir().filePath(
        temporaryPrefix(target) + QString::number(::getpid()) + QStringLiteral("-XXXXXX")));
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC); // 0600 from the start
    if (fd < 0) {
        const int error = errno;
        return Error{QStringLiteral("create.file"),
                     tr("Could not create a new database at %1: %2. Nothing was created.")
                         .arg(native(path), FileAccess::causeOfErrno(error)),
                     FileAccess::kindOfErrno(error)};
    }
    ::close(fd);
    return QFile::decodeName(pattern);
}

Status SqliteFile::publish(const QString& temporary, const QString& path, bool replaceEmpty)
{
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(path);
    const auto failed = [&](int error) {
        discard(temporary);
        return Error{QStringLiteral("create.file"),
                     tr("Could not create a new database at %1: %2. Nothing was created.")
                         .arg(native(path), FileAccess::causeOfErrno(error)),
                     FileAccess::kindOfErrno(error)};
    };
    const int fd = ::open(from.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return failed(errno);
    const int synced = ::fsync(fd);
    const int syncError = errno;
    ::close(fd);
    if (synced != 0)
        return failed(syncError);

    struct stat st = {};
    const bool targetExists = ::lstat(to.constData(), &st) == 0;
    if (targetExists && !(replaceEmpty && S_ISREG(st.st_mode) && st.st_size == 0)) {
        discard(temporary);
        return Error{QStringLiteral("create.exists"),
                     tr("%1 appeared while the new database was being made; it was left as it "
                        "is.")
                         .arg(native(path)),
                     ErrorKind::Conflict};
    }
    const int renamed = targetExists ? ::rename(from.constData(), to.constData())
                                     : ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD,
                                                   to.constData(), RENAME_NOREPLACE);
    if (renamed != 0) {
        const int error = errno;
        if ((error == EINVAL || error == ENOSYS) && !targetExists &&
            ::link(from.constData(), to.constData()) == 0) {
            ::unlink(from.constData());
        } else {
            return failed(error);
        }
    }
    PrivateFile::syncFolder(QFileInfo(path).absolutePath());
    return {};
}

void SqliteFile::discard(const QString& temporary)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(temporary + QLatin1String(suffix));
}

void SqliteFile::removeAbandoned(const QString& path)
{
    const QFileInfo target(path);
    const QString prefix = temporaryPrefix(target);
    static const QRegularExpression pidPart(QStringLiteral("^(\\d+)-[^-]+$"));
    const QDir dir = target.absoluteDir();
    const QStringList names =
        dir.entryList({prefix + u'*'}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : names) {
        const auto match = pidPart.match(name.mid(prefix.size()));
        if (!match.hasMatch())
            continue; // a journal file; it goes with its database below
        const pid_t pid = match.captured(1).toInt();
        if (pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM))
            continue; // still being built by a live process
        discard(dir.filePath(name));
    }
}

QString SqliteFile::readOnlyUri(const QString& path, bool immutable)
{
    QString uri =
        QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro");
    if (immutable)
        uri += QStringLiteral("&immutable=1");
    return uri;
}

} // namespace gradus
