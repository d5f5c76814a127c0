#include "storage/DatabaseLocation.h"

#include <QFileInfo>
#include <QUrl>

namespace gradus {

DatabaseLocation DatabaseLocation::sqliteFile(const QString& path)
{
    DatabaseLocation location;
    location.backend = SqlBackend::Sqlite;
    location.filePath = QFileInfo(path).absoluteFilePath();
    return location;
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{QStringLiteral("location.empty"), tr("No database location was given.")};

    if (!trimmed.startsWith(QLatin1String("postgresql://")) &&
        !trimmed.startsWith(QLatin1String("postgres://")))
        return sqliteFile(trimmed);

    const QUrl url(trimmed, QUrl::StrictMode);
    const QString dbName = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || dbName.isEmpty() || dbName.contains(u'/'))
        return Error{QStringLiteral("location.invalid"),
                     tr("\"%1\" is not a valid server address. Use "
                        "postgresql://user@host:port/database.")
                         .arg(url.toString(QUrl::RemovePassword))};
    DatabaseLocation location;
    location.backend = SqlBackend::Postgres;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.password = url.password();
    location.databaseName = dbName;
    return location;
}

QString DatabaseLocation::displayName() const
{
    if (backend == SqlBackend::Sqlite)
        return filePath;
    QString who = user.isEmpty() ? QString() : user + u'@';
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(who, host).arg(port).arg(databaseName);
}

} // namespace gradus
