#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/UnitOfWork.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace gradus;
using gradus::test::TestStore;

namespace {

QByteArray fileDigest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

qint64 countRows(Database& db, const QString& table)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

// Writes to a SQLite file through a connection of its own, bypassing Database, so tests can
// make files "as another program or a newer Gradus left them".
void rawSqlite(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QList<Migration> syntheticMigrations(bool thirdStepBroken)
{
    QList<Migration> steps = embeddedMigrations();
    const int base = steps.last().version;
    steps.append({base + 1, QStringLiteral("note"),
                  QStringLiteral("CREATE TABLE note (id {{ID}}, body TEXT NOT NULL);\n"
                                 "INSERT INTO note (body) VALUES ('first');\n")});
    steps.append({base + 2, QStringLiteral("tag"),
                  thirdStepBroken ? QStringLiteral("CREATE TABLE tag (id {{ID}}, label TEXT);\n"
                                                   "INSERT INTO note (body) VALUES ('second');\n"
                                                   "INSERT INTO no_such_table VALUES (1);\n")
                                  : QStringLiteral("CREATE TABLE tag (id {{ID}}, label TEXT);\n")});
    return steps;
}

class StoreTest : public testing::TestWithParam<SqlBackend>
{
};

} // namespace

TEST(MigrationsTest, EmbeddedStepsAreNumberedWithoutGaps)
{
    const auto steps = embeddedMigrations();
    ASSERT_FALSE(steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i) {
        EXPECT_EQ(steps[i].version, i + 1) << steps[i].name.toStdString();
        EXPECT_FALSE(steps[i].script.trimmed().isEmpty());
    }
    EXPECT_EQ(Database::latestSchemaVersion(), steps.size());
}

TEST_P(StoreTest, CreatesANewStoreAtTheLatestSchema)
{
    TestStore store(GetParam());
    GRADUS_REQUIRE_STORE(store);
    auto db = Database::open(store.location());
    ASSERT_TRUE(db) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_GE((*db)->schemaVersion(), 1);
    auto q = (*db)->exec(QStringLiteral("SELECT value FROM schema_meta WHERE key = ?"),
                         {QStringLiteral("schema_version")});
    ASSERT_TRUE(q && q->next());
    EXPECT_EQ(q->value(0).toInt(), Database::latestSchemaVersion());
    EXPECT_TRUE((*db)->upgradeBackupPath().isEmpty()) << "a new store needs no backup";
}

TEST_P(StoreTest, MigratesFromEachEarlierVersion)
{
    for (int from = 1; from < Database::latestSchemaVersion(); ++from) {
        TestStore store(GetParam());
        GRADUS_REQUIRE_STORE(store);
        {
            OpenOptions old;
            old.migrateToVersion = from;
            auto db = Database::open(store.location(), old);
            ASSERT_TRUE(db) << db.error().message.toStdString();
            ASSERT_EQ((*db)->schemaVersion(), from);
        }
        auto db = Database::open(store.location());
        ASSERT_TRUE(db) << "from " << from << ": " << db.error().message.toStdString();
        EXPECT_EQ((*db)->schemaVersion(), Database::latestSchemaVersion());
    }
}

TEST_P(StoreTest, UpgradeKeepsDataAndAFailedStepChangesNothing)
{
    TestStore store(GetParam());
    GRADUS_REQUIRE_STORE(store);
    const int base = Database::latestSchemaVersion();
    {
        OpenOptions options;
        options.migrations = syntheticMigrations(true);
        options.migrateToVersion = base + 1;
        auto db = Database::open(store.location(), options);
        ASSERT_TRUE(db) << db.error().message.toStdString();
        ASSERT_EQ(countRows(**db, QStringLiteral("note")), 1);
    }
    {
        OpenOptions options;
        options.migrations = syntheticMigrations(true);
        auto db = Database::open(store.location(), options);
        ASSERT_FALSE(db);
        EXPECT_EQ(db.error().code, QStringLiteral("upgrade.failed"));
        EXPECT_TRUE(db.error().message.contains(QString::number(base + 1)));
    }
    // The broken step rolled back as a whole: no 'tag' table, no second note, old version.
    OpenOptions options;
    options.migrations = syntheticMigrations(false);
    options.migrateToVersion = base + 1;
    auto db = Database::open(store.location(), options);
    ASSERT_TRUE(db) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), base + 1);
    EXPECT_EQ(countRows(**db, QStringLiteral("note")), 1);
    EXPECT_FALSE((*db)->connection().tables().contains(QStringLiteral("tag")));
}

TEST_P(StoreTest, RefusesAStoreFromANewerGradus)
{
    TestStore store(GetParam());
    GRADUS_REQUIRE_STORE(store);
    {
        auto db = Database::open(store.location());
        ASSERT_TRUE(db);
        ASSERT_TRUE((*db)->exec(QStringLiteral("UPDATE schema_meta SET value = ? WHERE key = ?"),
                                {QString::number(Database::latestSchemaVersion() + 5),
                                 QStringLiteral("schema_version")}));
    }
    auto db = Database::open(store.location());
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, QStringLiteral("open.newer"));
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("newer version")))
        << db.error().message.toStdString();
}

TEST_P(StoreTest, TransactionRollsBackWhenAStepFails)
{
    TestStore store(GetParam());
    GRADUS_REQUIRE_STORE(store);
    auto db = Database::open(store.location());
    ASSERT_TRUE(db);
    const QString insert =
        QStringLiteral("INSERT INTO clinic_setting (key, value, updated_at) VALUES (?, ?, ?)");
    {
        UnitOfWork tx(**db);
        ASSERT_TRUE(tx.isActive());
        ASSERT_TRUE(
            (*db)->exec(insert, {QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("t")}));
        // Same primary key: the second step fails, and the guard goes out of scope uncommitted.
        EXPECT_FALSE(
            (*db)->exec(insert, {QStringLiteral("a"), QStringLiteral("2"), QStringLiteral("t")}));
    }
    EXPECT_EQ(countRows(**db, QStringLiteral("clinic_setting")), 0);

    // An inner guard that rolls back spoils the outer transaction too.
    {
        UnitOfWork outer(**db);
        ASSERT_TRUE(
            (*db)->exec(insert, {QStringLiteral("b"), QStringLiteral("1"), QStringLiteral("t")}));
        {
            UnitOfWork inner(**db);
            ASSERT_TRUE((*db)->exec(
                insert, {QStringLiteral("c"), QStringLiteral("1"), QStringLiteral("t")}));
        }
        auto committed = outer.commit();
        EXPECT_FALSE(committed);
        EXPECT_EQ(committed.error().code, QStringLiteral("transaction.rolledback"));
    }
    EXPECT_EQ(countRows(**db, QStringLiteral("clinic_setting")), 0);

    {
        UnitOfWork tx(**db);
        ASSERT_TRUE(
            (*db)->exec(insert, {QStringLiteral("d"), QStringLiteral("1"), QStringLiteral("t")}));
        ASSERT_TRUE(tx.commit());
    }
    EXPECT_EQ(countRows(**db, QStringLiteral("clinic_setting")), 1);
}

TEST_P(StoreTest, InsertReturnsTheNewId)
{
    TestStore store(GetParam());
    GRADUS_REQUIRE_STORE(store);
    OpenOptions options;
    options.migrations = syntheticMigrations(false);
    auto db = Database::open(store.location(), options);
    ASSERT_TRUE(db) << db.error().message.toStdString();
    auto first =
        (*db)->insert(QStringLiteral("INSERT INTO tag (label) VALUES (?)"), {QStringLiteral("x")});
    auto second =
        (*db)->insert(QStringLiteral("INSERT INTO tag (label) VALUES (?)"), {QStringLiteral("y")});
    ASSERT_TRUE(first && second);
    EXPECT_GT(*second, *first);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         [](const testing::TestParamInfo<SqlBackend>& info) {
                             return info.param == SqlBackend::Sqlite ? "Sqlite" : "Postgres";
                         });

// File-level guarantees of the embedded store.

TEST(SqliteFileTest, NewStoreIsReadableByTheOwnerOnly)
{
    TestStore store;
    auto db = Database::open(store.location());
    ASSERT_TRUE(db);
    const auto perms = QFile::permissions(store.location().filePath);
    EXPECT_TRUE(perms & QFileDevice::ReadOwner);
    EXPECT_FALSE(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
    EXPECT_FALSE(perms & (QFileDevice::WriteGroup | QFileDevice::WriteOther));
}

TEST(SqliteFileTest, UsesWalAndForeignKeys)
{
    TestStore store;
    auto db = Database::open(store.location());
    ASSERT_TRUE(db);
    auto mode = (*db)->exec(QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(mode && mode->next());
    EXPECT_EQ(mode->value(0).toString(), QStringLiteral("wal"));
    auto fk = (*db)->exec(QStringLiteral("PRAGMA foreign_keys"));
    ASSERT_TRUE(fk && fk->next());
    EXPECT_EQ(fk->value(0).toInt(), 1);
}

TEST(SqliteFileTest, NewerStoreIsLeftByteForByteUnchanged)
{
    TestStore store;
    const QString path = store.location().filePath;
    {
        auto db = Database::open(store.location());
        ASSERT_TRUE(db);
    }
    rawSqlite(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                     QStringLiteral(
                         "UPDATE schema_meta SET value = '999' WHERE key = 'schema_version'")});
    const QByteArray before = fileDigest(path);
    ASSERT_FALSE(before.isEmpty());
    auto db = Database::open(store.location());
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, QStringLiteral("open.newer"));
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("999")));
    EXPECT_EQ(fileDigest(path), before);
}

TEST(SqliteFileTest, DamagedFileIsRefusedAndLeftUnchanged)
{
    TestStore store;
    const QString path = store.location().filePath;
    QByteArray garbage(16384, '\0');
    for (char& c : garbage)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    auto db = Database::open(store.location());
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, QStringLiteral("open.damaged"));
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("not been changed")));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), garbage);
}

TEST(SqliteFileTest, TruncatedStoreIsRefusedAndLeftUnchanged)
{
    TestStore store;
    const QString path = store.location().filePath;
    {
        auto db = Database::open(store.location());
        ASSERT_TRUE(db);
    }
    rawSqlite(path, {QStringLiteral("PRAGMA journal_mode = DELETE")});
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const QByteArray whole = f.readAll();
    // Keep the header but overwrite the schema page, as a disk error would.
    QByteArray damaged = whole.left(100) + QByteArray(whole.size() - 100, 'x');
    f.seek(0);
    f.write(damaged);
    f.close();
    auto db = Database::open(store.location());
    ASSERT_FALSE(db);
    EXPECT_EQ(fileDigest(path), QCryptographicHash::hash(damaged, QCryptographicHash::Sha256));
}

TEST(SqliteFileTest, AnotherProgramsDatabaseIsRefused)
{
    TestStore store;
    const QString path = store.location().filePath;
    rawSqlite(path, {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")});
    const QByteArray before = fileDigest(path);
    auto db = Database::open(store.location());
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, QStringLiteral("open.foreign"));
    EXPECT_EQ(fileDigest(path), before);
}

TEST(SqliteFileTest, UpgradeTakesABackupOfTheOldVersionFirst)
{
    TestStore store;
    const int base = Database::latestSchemaVersion();
    {
        auto db = Database::open(store.location());
        ASSERT_TRUE(db);
        ASSERT_TRUE(
            (*db)->exec(QStringLiteral("INSERT INTO clinic_setting (key, value, updated_at) "
                                       "VALUES ('clinic/name', 'Test Clinic', 'now')")));
    }
    OpenOptions options;
    options.migrations = syntheticMigrations(false);
    auto db = Database::open(store.location(), options);
    ASSERT_TRUE(db) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), base + 2);
    const QString backup = (*db)->upgradeBackupPath();
    ASSERT_FALSE(backup.isEmpty());
    ASSERT_TRUE(QFile::exists(backup));
    EXPECT_FALSE(QFile::permissions(backup) & (QFileDevice::ReadGroup | QFileDevice::ReadOther));

    // The backup is the store as it was: the old schema, with the data.
    auto old = Database::open(DatabaseLocation::sqliteFile(backup));
    ASSERT_TRUE(old) << old.error().message.toStdString();
    EXPECT_EQ((*old)->schemaVersion(), base);
    EXPECT_EQ(countRows(**old, QStringLiteral("clinic_setting")), 1);
}

TEST(SqliteFileTest, BackupRefusesToOverwrite)
{
    TestStore store;
    auto db = Database::open(store.location());
    ASSERT_TRUE(db);
    const QString target = QDir(store.dir()).filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE((*db)->backupTo(target));
    auto again = (*db)->backupTo(target);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, QStringLiteral("backup.exists"));
}

TEST(DatabaseLocationTest, ParsesFilesAndServers)
{
    auto file = DatabaseLocation::parse(QStringLiteral("/tmp/x.sqlite"));
    ASSERT_TRUE(file);
    EXPECT_EQ(file->backend, SqlBackend::Sqlite);

    auto server =
        DatabaseLocation::parse(QStringLiteral("postgresql://ann:secret@db.local:6543/clinic"));
    ASSERT_TRUE(server);
    EXPECT_EQ(server->backend, SqlBackend::Postgres);
    EXPECT_EQ(server->host, QStringLiteral("db.local"));
    EXPECT_EQ(server->port, 6543);
    EXPECT_EQ(server->databaseName, QStringLiteral("clinic"));
    EXPECT_FALSE(server->displayName().contains(QStringLiteral("secret")));

    EXPECT_FALSE(DatabaseLocation::parse(QStringLiteral("postgresql://host-only")));
    EXPECT_FALSE(DatabaseLocation::parse(QStringLiteral("   ")));
}
