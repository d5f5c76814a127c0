#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

class QUrlQuery;

namespace gradus {

enum class SqlBackend
{
    Sqlite,
    Postgres
};

// Where the clinic's data lives: a SQLite file (the embedded default) or a PostgreSQL
// server shared by every desk, written as postgresql://user[:password]@host[:port]/dbname with
// the libpq options sslmode, sslrootcert and connect_timeout allowed after '?'.
struct DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    SqlBackend backend = SqlBackend::Sqlite;
    QString filePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    // Passed to libpq as given; empty means libpq's default (or $PGSSLMODE).
    QString sslMode;
    QString sslRootCert;
    int connectTimeoutSeconds = 10;

    static Result<DatabaseLocation> parse(const QString& text);
    static DatabaseLocation sqliteFile(const QString& path);

    // For status bars and logs: never includes the password.
    QString displayName() const;
    // The QPSQL connect options ("connect_timeout=10;sslmode=require").
    QString connectOptions() const;

private:
    Status applyOptions(const QUrlQuery& query);
};

} // namespace gradus
