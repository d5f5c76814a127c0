#include "util/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace gradus::AppPaths {

bool ensurePrivateDirectory(const QString& dir)
{
    QDir d(dir);
    if (d.exists())
        return true;
    if (!d.mkpath(QStringLiteral(".")))
        return false;
    return QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
}

bool restrictToOwner(const QString& filePath)
{
    return QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString dataDirectoryPath()
{
    // The folder Gradus has always used (it was organisation "Gradus", application "Gradus"),
    // named explicitly since the settings moved to the io.github.gradus identity: patient
    // databases never move because an identifier changed.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Gradus/Gradus"));
}

QString dataDirectory()
{
    const QString dir = dataDirectoryPath();
    ensurePrivateDirectory(dir);
    return dir;
}

QString defaultDatabasePath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("gradus.sqlite"));
}

QString logDirectory()
{
    const QString dir = QDir(dataDirectory()).filePath(QStringLiteral("logs"));
    ensurePrivateDirectory(dir);
    return dir;
}

} // namespace gradus::AppPaths
