#include "storage/Database.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace gradus;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real gradus-cli binary, with its data folder (logs) inside the test's folder.
class CliTest : public testing::Test
{
protected:
    CliRun run(const QStringList& args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("GRADUS_DATABASE"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GRADUS_CLI_PATH), args);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

QByteArray digest(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

TEST_F(CliTest, VersionAndHelp)
{
    auto version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("gradus-cli 0.")))
        << version.out.toStdString();

    auto help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--database PATH")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("  db ")));
}

TEST_F(CliTest, UnknownCommandIsAUsageError)
{
    auto none = run({});
    EXPECT_EQ(none.exitCode, 2);
    auto unknown = run({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    auto badOption = run({QStringLiteral("--database"), path(QStringLiteral("x.db")),
                          QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--jsn")});
    EXPECT_EQ(badOption.exitCode, 2);
    EXPECT_TRUE(badOption.err.contains(QStringLiteral("jsn"))) << badOption.err.toStdString();
}

TEST_F(CliTest, DbInfoJsonDescribesTheStore)
{
    const QString db = path(QStringLiteral("x.db"));
    ASSERT_EQ(
        run({QStringLiteral("--database"), db, QStringLiteral("db"), QStringLiteral("create")})
            .exitCode,
        0);
    auto info = run({QStringLiteral("--database"), db, QStringLiteral("db"), QStringLiteral("info"),
                     QStringLiteral("--json")});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
    EXPECT_GE(json.value(QStringLiteral("schema_version")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("schema_version")).toInt(),
              Database::latestSchemaVersion());
    EXPECT_EQ(json.value(QStringLiteral("backend")).toString(), QStringLiteral("sqlite"));
    EXPECT_TRUE(json.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("x.db")));
    EXPECT_TRUE(json.value(QStringLiteral("records"))
                    .toObject()
                    .contains(QStringLiteral("clinic_setting")));
    EXPECT_TRUE(QFile::exists(db));

    // Plain text as well, with --database after the command.
    auto text =
        run({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--database"), db});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Schema version:")));
}

TEST_F(CliTest, NewerOrDamagedStoreIsRefusedAndUnchanged)
{
    const QString db = path(QStringLiteral("newer.db"));
    {
        auto opened = Database::open(DatabaseLocation::sqliteFile(db));
        ASSERT_TRUE(opened);
        ASSERT_TRUE((*opened)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        ASSERT_TRUE((*opened)->exec(QStringLiteral("UPDATE schema_meta SET value = '77' "
                                                   "WHERE key = 'schema_version'")));
    }
    const QByteArray before = digest(db);
    auto refused =
        run({QStringLiteral("--database"), db, QStringLiteral("db"), QStringLiteral("info")});
    EXPECT_EQ(refused.exitCode, 5);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("newer version of Gradus")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.out.isEmpty());
    EXPECT_EQ(digest(db), before);

    const QString junk = path(QStringLiteral("junk.db"));
    {
        QFile f(junk);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'j'));
    }
    const QByteArray junkBefore = digest(junk);
    auto damaged =
        run({QStringLiteral("--database"), junk, QStringLiteral("db"), QStringLiteral("info")});
    EXPECT_EQ(damaged.exitCode, 5);
    EXPECT_TRUE(damaged.err.contains(QStringLiteral("not a database")))
        << damaged.err.toStdString();
    EXPECT_EQ(digest(junk), junkBefore);
}

TEST_F(CliTest, DbBackupWritesAnOpenableCopy)
{
    const QString db = path(QStringLiteral("live.db"));
    const QString copy = path(QStringLiteral("copy.db"));
    ASSERT_EQ(
        run({QStringLiteral("--database"), db, QStringLiteral("db"), QStringLiteral("create")})
            .exitCode,
        0);
    auto backup = run(
        {QStringLiteral("--database"), db, QStringLiteral("db"), QStringLiteral("backup"), copy});
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    auto opened = Database::open(DatabaseLocation::sqliteFile(copy));
    ASSERT_TRUE(opened);
    EXPECT_EQ((*opened)->schemaVersion(), Database::latestSchemaVersion());

    auto again = run(
        {QStringLiteral("--database"), db, QStringLiteral("db"), QStringLiteral("backup"), copy});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already exists")));
}

TEST_F(CliTest, GroupsListTheirCommandsAndRefuseUnknownOnes)
{
    auto help = run({QStringLiteral("visit"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("  amend ")));
    auto unknown = run({QStringLiteral("programme"), QStringLiteral("nope")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown programme command 'nope'")));
    auto missing = run({QStringLiteral("db")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("Usage: gradus-cli db <command>")));
}
