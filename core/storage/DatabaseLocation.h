#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace gradus {

enum class SqlBackend
{
    Sqlite,
    Postgres
};

// Where the clinic's data lives: a SQLite file (the embedded default) or a PostgreSQL
// server shared by every desk, written as postgresql://user[:password]@host[:port]/dbname.
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

    static Result<DatabaseLocation> parse(const QString& text);
    static DatabaseLocation sqliteFile(const QString& path);

    // For status bars and logs: never includes the password.
    QString displayName() const;
};

} // namespace gradus
