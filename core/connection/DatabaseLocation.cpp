#include "connection/DatabaseLocation.h"

#include <QFileInfo>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

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
    // No file name or address can hold one; found by fuzzing (tests/fuzz).
    if (trimmed.contains(QChar(u'\0')))
        return Error{QStringLiteral("location.invalid"),
                     tr("The database location contains a NUL character."), ErrorKind::Invalid};

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
    if (auto st = location.applyOptions(QUrlQuery(url)); !st)
        return st.error();
    return location;
}

Status DatabaseLocation::applyOptions(const QUrlQuery& query)
{
    static const QStringList sslModes = {
        QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    QSet<QString> seen;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        const auto invalid = [](const QString& message) {
            return Error{QStringLiteral("location.option"), message, ErrorKind::Invalid};
        };
        if (seen.contains(key))
            return invalid(tr("The server address gives the option \"%1\" twice.").arg(key));
        seen.insert(key);
        if (key == QLatin1String("sslmode")) {
            if (!sslModes.contains(value))
                return invalid(tr("sslmode must be one of %1, not \"%2\".")
                                   .arg(sslModes.join(QStringLiteral(", ")), value));
            sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            // Qt separates connect options with ';', so a path holding one cannot be passed.
            if (value.isEmpty() || value.contains(u';'))
                return invalid(tr("sslrootcert must name a certificate file without ';', not "
                                  "\"%1\".")
                                   .arg(value));
            sslRootCert = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 3600)
                return invalid(tr("connect_timeout must be a number of seconds from 1 to 3600, "
                                  "not \"%1\".")
                                   .arg(value));
            connectTimeoutSeconds = seconds;
        } else {
            return invalid(tr("The server address has an unknown option \"%1\"; Gradus "
                              "understands sslmode, sslrootcert and connect_timeout.")
                               .arg(key));
        }
    }
    return {};
}

QString DatabaseLocation::connectOptions() const
{
    // libpq's conninfo quoting: single quotes, with \ and ' escaped.
    const auto quoted = [](QString value) {
        value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        return u'\'' + value + u'\'';
    };
    QStringList options{QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds)};
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + quoted(sslRootCert);
    return options.join(u';');
}

QString DatabaseLocation::displayName() const
{
    if (backend == SqlBackend::Sqlite)
        return filePath;
    QString who = user.isEmpty() ? QString() : user + u'@';
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(who, host).arg(port).arg(databaseName);
}

} // namespace gradus
