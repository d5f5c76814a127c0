#include "util/PrivateFile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace gradus {

Error PrivateFile::existsError(const QString& path)
{
    return Error{QStringLiteral("file.exists"),
                 tr("%1 already exists; choose another name or allow replacing it.").arg(path),
                 ErrorKind::Refused};
}

Status PrivateFile::write(const QString& path, const QByteArray& bytes, Existing existing)
{
    const QFileInfo info(path);
    if (existing == Existing::Refuse && info.exists())
        return existsError(path);
    if (info.exists() && !info.isFile())
        return Error{QStringLiteral("file.write"), tr("%1 is not a file.").arg(path),
                     ErrorKind::Invalid};
    auto failure = [&path](const QSaveFile& file) {
        ErrorKind kind = ErrorKind::Failed;
        const QFileInfo folder(QFileInfo(path).absolutePath());
        if (!folder.exists())
            kind = ErrorKind::Invalid;
        else if (!folder.isWritable())
            kind = ErrorKind::Permission;
        else if (file.error() == QFileDevice::ResourceError)
            kind = ErrorKind::DiskFull;
        return Error{QStringLiteral("file.write"),
                     tr("Could not write %1: %2").arg(path, file.errorString()), kind};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file);
    // The temporary file exists now and holds nothing yet: restrict it before any data goes
    // in. On commit it is renamed over the target, so the target keeps these permissions.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failure(file);
    if (file.write(bytes) != bytes.size())
        return failure(file);
    if (!file.commit())
        return failure(file);
    return {};
}

} // namespace gradus
