#include "TestStore.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace gradus::test {
namespace {

// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot
// run inside the test database itself).
bool adminExec(const DatabaseLocation& server, const QString& sql, QString* error)
{
    const QString name = QStringLiteral("gradus-test-admin-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setPassword(server.password);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString postgresTestUrl()
{
    return qEnvironmentVariable("GRADUS_TEST_PG_URL");
}

bool postgresRequired()
{
    return qEnvironmentVariable("GRADUS_REQUIRE_PG") == QLatin1String("1");
}

TestStore::TestStore(SqlBackend backend)
{
    if (backend == SqlBackend::Sqlite) {
        m_location = DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("test.sqlite")));
        m_available = m_dir.isValid();
        return;
    }
    const QString base = postgresTestUrl();
    if (base.isEmpty()) {
        m_reason = QStringLiteral("GRADUS_TEST_PG_URL is not set; scripts/test starts a server");
        return;
    }
    auto parsed = DatabaseLocation::parse(base);
    if (!parsed) {
        m_reason = parsed.error().message;
        return;
    }
    m_location = *parsed;
    m_location.databaseName =
        QStringLiteral("gradus_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    QString error;
    if (!adminExec(m_location, QStringLiteral("CREATE DATABASE %1").arg(m_location.databaseName),
                   &error)) {
        m_reason = QStringLiteral("could not create a test database: ") + error;
        return;
    }
    m_available = true;
}

TestStore::~TestStore()
{
    if (m_available && m_location.backend == SqlBackend::Postgres)
        adminExec(
            m_location,
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_location.databaseName),
            nullptr);
}

std::unique_ptr<Database> TestStore::open(const OpenOptions& options) const
{
    auto db = Database::open(m_location, options);
    if (!db)
        return nullptr;
    return std::move(*db);
}

} // namespace gradus::test
