// What the store does when a PostgreSQL server says no, or goes away: each failure gets its
// own kind, and nothing is half-written.
#include "Workspace.h"
#include "model/Patient.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/PatientRepository.h"
#include "storage/UnitOfWork.h"
#include "support/TestStore.h"
#include "util/Clock.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace gradus;
using gradus::test::TestStore;

namespace {

// Runs statements as the server's superuser on the test database.
bool asAdmin(const DatabaseLocation& where, const QStringList& statements)
{
    const QString name = QStringLiteral("fault-admin-") + QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(where.host);
        db.setPort(where.port);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(where.databaseName);
        ok = db.open();
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

Patient patient(const QString& family)
{
    Patient p;
    p.givenName = QStringLiteral("Grace");
    p.familyName = family;
    p.dateOfBirth = QDate(1970, 5, 6);
    return p;
}

} // namespace

TEST(ServerFaultTest, ARoleWithoutPermissionsIsToldSoNotThatTheStoreIsDamaged)
{
    TestStore store(SqlBackend::Postgres);
    GRADUS_REQUIRE_STORE(store);
    ASSERT_TRUE(store.open());
    const QString role =
        QStringLiteral("gradus_noperm_%1").arg(QRandomGenerator::global()->generate(), 0, 36);
    ASSERT_TRUE(asAdmin(store.location(), {QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)}));
    DatabaseLocation as = store.location();
    as.user = role;
    auto db = Database::open(as);
    auto check = IntegrityCheck::run(as);
    asAdmin(store.location(), {QStringLiteral("DROP ROLE %1").arg(role)});
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().kind(), ErrorKind::Permission) << db.error().message.toStdString();
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("may not read")));
    EXPECT_FALSE(db.error().message.contains(QStringLiteral("damaged")));
    ASSERT_TRUE(check);
    EXPECT_FALSE(check->ok()) << "the check cannot read the tables either, and says so";
}

TEST(ServerFaultTest, SslModeInTheAddressIsHonoured)
{
    TestStore store(SqlBackend::Postgres);
    GRADUS_REQUIRE_STORE(store);
    const DatabaseLocation base = store.location();
    // The test server has no TLS: a URL that demands it must not connect in the clear.
    auto location =
        DatabaseLocation::parse(QStringLiteral("postgresql://postgres@%1:%2/%3?sslmode=require")
                                    .arg(base.host)
                                    .arg(base.port)
                                    .arg(base.databaseName));
    ASSERT_TRUE(location) << location.error().message.toStdString();
    auto db = Database::open(*location);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().kind(), ErrorKind::TlsRequired) << db.error().message.toStdString();

    location->sslMode = QStringLiteral("disable");
    EXPECT_TRUE(Database::open(*location));
}

TEST(ServerFaultTest, AnUnknownRoleIsAnAuthenticationFailure)
{
    TestStore store(SqlBackend::Postgres);
    GRADUS_REQUIRE_STORE(store);
    DatabaseLocation as = store.location();
    as.user = QStringLiteral("nobody_%1").arg(QRandomGenerator::global()->generate(), 0, 36);
    auto db = Database::open(as);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().kind(), ErrorKind::Authentication) << db.error().message.toStdString();
}

TEST(ServerFaultTest, AMissingDatabaseIsNoDatabase)
{
    TestStore store(SqlBackend::Postgres);
    GRADUS_REQUIRE_STORE(store);
    DatabaseLocation other = store.location();
    other.databaseName = QStringLiteral("no_such_gradus_db");
    auto db = Database::open(other);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().kind(), ErrorKind::NoDatabase) << db.error().message.toStdString();
}

TEST(ServerFaultTest, AServerThatIsNotThereIsUnreachableWithinTheTimeout)
{
    auto closed = DatabaseLocation::parse(
        QStringLiteral("postgresql://postgres@127.0.0.1:1/gradus?connect_timeout=2"));
    ASSERT_TRUE(closed);
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(*closed);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().kind(), ErrorKind::Unreachable) << db.error().message.toStdString();
    EXPECT_LT(timer.elapsed(), 5000);
}

TEST(ServerFaultTest, AServerThatGoesAwayMidTransactionLeavesNothingHalfWritten)
{
    TestStore store(SqlBackend::Postgres);
    GRADUS_REQUIRE_STORE(store);
    {
        auto db = store.open();
        ASSERT_TRUE(db);
        ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        Workspace ws(std::move(db), clock);
        PatientRepository patients(ws);
        UnitOfWork tx(ws.db());
        ASSERT_TRUE(tx.isActive());
        ASSERT_TRUE(patients.add(patient(QStringLiteral("First"))));
        // The server ends this desk's connection, as a restart or a network cut would.
        ASSERT_TRUE(asAdmin(store.location(),
                            {QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                            "pg_stat_activity WHERE datname = current_database() "
                                            "AND pid <> pg_backend_pid()")}));
        auto second = patients.add(patient(QStringLiteral("Second")));
        ASSERT_FALSE(second);
        EXPECT_EQ(second.error().kind(), ErrorKind::Unreachable)
            << second.error().message.toStdString();
        auto committed = tx.commit();
        EXPECT_FALSE(committed);
    }
    auto db = store.open();
    ASSERT_TRUE(db);
    auto q = db->exec(QStringLiteral("SELECT count(*) FROM patient"));
    ASSERT_TRUE(q && q->next());
    EXPECT_EQ(q->value(0).toInt(), 0) << "the unit of work was not half committed";
}

TEST(ServerFaultTest, TheServerCheckPassesOnAHealthyStore)
{
    TestStore store(SqlBackend::Postgres);
    GRADUS_REQUIRE_STORE(store);
    ASSERT_TRUE(store.open());
    auto report = IntegrityCheck::run(store.location());
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_TRUE(report->ok()) << report->problems.join(u'\n').toStdString();
    EXPECT_EQ(report->schemaVersion, Database::latestSchemaVersion());
}

TEST(DatabaseLocationOptionsTest, PassesSslAndTimeoutOptionsToLibpq)
{
    auto server = DatabaseLocation::parse(QStringLiteral(
        "postgresql://ann@db.local/clinic?sslmode=verify-full&sslrootcert=/etc/ssl/clinic%20ca.pem"
        "&connect_timeout=4"));
    ASSERT_TRUE(server) << server.error().message.toStdString();
    EXPECT_EQ(server->sslMode, QStringLiteral("verify-full"));
    EXPECT_EQ(server->sslRootCert, QStringLiteral("/etc/ssl/clinic ca.pem"));
    EXPECT_EQ(server->connectTimeoutSeconds, 4);
    EXPECT_EQ(server->connectOptions(), QStringLiteral("connect_timeout=4;sslmode=verify-full;"
                                                       "sslrootcert='/etc/ssl/clinic ca.pem'"));
    auto plain = DatabaseLocation::parse(QStringLiteral("postgresql://ann@db.local/clinic"));
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->connectOptions(), QStringLiteral("connect_timeout=10"));
}

TEST(DatabaseLocationOptionsTest, RefusesUnknownAndBadOptions)
{
    for (const char* bad :
         {"postgresql://h/db?sslmod=require", "postgresql://h/db?sslmode=always",
          "postgresql://h/db?connect_timeout=0", "postgresql://h/db?connect_timeout=ten",
          "postgresql://h/db?sslmode=require&sslmode=disable",
          "postgresql://h/db?application_name=x", "postgresql://h/db?sslrootcert=a;b"}) {
        auto parsed = DatabaseLocation::parse(QString::fromLatin1(bad));
        ASSERT_FALSE(parsed) << bad;
        EXPECT_EQ(parsed.error().kind(), ErrorKind::Invalid) << bad;
    }
    auto unknown = DatabaseLocation::parse(QStringLiteral("postgresql://h/db?sslmod=require"));
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("sslmod")));
}
