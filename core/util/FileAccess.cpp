#include "util/FileAccess.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace gradus {

bool FileAccess::onReadOnlyMount(const QString& path)
{
    struct statvfs fs = {};
    return ::statvfs(QFile::encodeName(path).constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY);
}

bool FileAccess::mayWrite(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(native.constData(), &st) != 0)
        return false;
    if (onReadOnlyMount(path))
        return false;
    if (::geteuid() == 0)
        return (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0;
    return ::access(native.constData(), W_OK) == 0;
}

QString FileAccess::nearestExistingFolder(const QString& path)
{
    QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    if (info.isDir())
        return info.absoluteFilePath();
    QDir dir = info.absoluteDir();
    while (!dir.exists() && !dir.isRoot())
        dir.setPath(QDir::cleanPath(dir.absoluteFilePath(QStringLiteral(".."))));
    return dir.absolutePath();
}

ErrorKind FileAccess::kindOfErrno(int error)
{
    switch (error) {
    case EROFS:
        return ErrorKind::ReadOnly;
    case EACCES:
    case EPERM:
        return ErrorKind::Permission;
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return ErrorKind::DiskFull;
    case EBUSY:
    case ETXTBSY:
        return ErrorKind::Busy;
    default:
        return ErrorKind::Failed;
    }
}

QString FileAccess::causeOfErrno(int error)
{
    const QString system = QString::fromLocal8Bit(std::strerror(error));
    switch (kindOfErrno(error)) {
    case ErrorKind::ReadOnly:
        return tr("the file system is read-only (%1)").arg(system);
    case ErrorKind::Permission:
        return tr("permission denied (%1)").arg(system);
    case ErrorKind::DiskFull:
        return tr("the disk is full (%1)").arg(system);
    case ErrorKind::Busy:
        return tr("the file is in use (%1)").arg(system);
    default:
        return system;
    }
}

} // namespace gradus
