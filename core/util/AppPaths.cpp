#include "util/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>

#include <sys/stat.h>

namespace gradus::AppPaths {

bool ensurePrivateDirectory(const QString& dir)
{
    const QString path = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (QFileInfo(path).isDir())
        return true;
    const QString parent = QFileInfo(path).absolutePath();
    if (parent != path && !ensurePrivateDirectory(parent))
        return false;
    if (::mkdir(QFile::encodeName(path).constData(), S_IRWXU) == 0 || errno == EEXIST)
        return QFileInfo(path).isDir();
    return false;
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
    // Only a path: the folder is made when a database is created there, never by reading.
    return QDir(dataDirectoryPath()).filePath(QStringLiteral("gradus.sqlite"));
}

QString logDirectory()
{
    const QString dir = QDir(dataDirectory()).filePath(QStringLiteral("logs"));
    ensurePrivateDirectory(dir);
    return dir;
}

} // namespace gradus::AppPaths
