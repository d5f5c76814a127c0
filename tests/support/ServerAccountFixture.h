#pragma once

// Accounts on the test server (storage/ServerAccounts): fresh login roles with a password, a
// plain SQL connection as one of them, and the roles dropped again at the end (roles belong
// to the whole server, not to the test's database).

#include "connection/DatabaseLocation.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace gradus::test {

inline QString freshAccountName(const char* prefix = "t")
{
    return QString::fromLatin1(prefix) +
           QString::number(QRandomGenerator::global()->generate64() >> 8, 36);
}

// One QSqlDatabase connection, closed and removed when this goes out of scope.
class SqlConnection
{
public:
    SqlConnection(const DatabaseLocation& where, const QString& user, const QString& password,
                  const QString& database = {})
        : m_name(QStringLiteral("account-test-") + QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(where.host);
        db.setPort(where.port);
        db.setUserName(user);
        db.setPassword(password);
        db.setDatabaseName(database.isEmpty() ? where.databaseName : database);
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        m_open = db.open();
        m_openError = db.lastError();
    }
    ~SqlConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;

    bool isOpen() const { return m_open; }
    QSqlError openError() const { return m_openError; }
    // Runs one statement; on failure returns its error (SQLSTATE in nativeErrorCode()).
    QSqlError run(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return {};
        return q.lastError();
    }
    QVariant value(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql) && q.next())
            return q.value(0);
        return {};
    }

private:
    QString m_name;
    bool m_open = false;
    QSqlError m_openError;
};

// Drops the listed roles from the server when it goes out of scope.
class DropRoles
{
public:
    explicit DropRoles(DatabaseLocation server) : m_server(std::move(server)) {}
    ~DropRoles()
    {
        SqlConnection admin(m_server, m_server.user, m_server.password, QStringLiteral("postgres"));
        for (const QString& role : m_roles)
            if (admin
                    .value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'")
                               .arg(role))
                    .toInt() > 0)
                admin.run(QStringLiteral("DROP ROLE \"%1\"").arg(role));
    }
    void add(const QString& role) { m_roles << role; }

private:
    DatabaseLocation m_server;
    QStringList m_roles;
};

} // namespace gradus::test
