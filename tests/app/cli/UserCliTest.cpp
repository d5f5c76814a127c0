// gradus-cli user add|list|disable|enable|password on a real PostgreSQL server, and what a
// clinician's own login may and may not do from the command line. Passwords go in on
// standard input and never come out: not on the terminal, not in the program's logs.
#include "support/ServerAccountFixture.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using gradus::DatabaseLocation;
using gradus::SqlBackend;
using gradus::test::DropRoles;
using gradus::test::TestStore;

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

class UserCliTest : public testing::Test
{
protected:
    void SetUp() override
    {
        store = std::make_unique<TestStore>(SqlBackend::Postgres);
        GRADUS_REQUIRE_STORE(*store);
        drop = std::make_unique<DropRoles>(store->location());
        clinician = gradus::test::freshAccountName("c");
        admin = gradus::test::freshAccountName("a");
        drop->add(clinician);
        drop->add(admin);
        const CliResult patient =
            owner({u"patient"_qs, u"add"_qs, u"--given"_qs, u"Oda"_qs, u"--family"_qs,
                   u"Fictional"_qs, u"--dob"_qs, u"1975-09-30"_qs});
        ASSERT_EQ(patient.exitCode, 0) << patient.err.toStdString();
        patientId = patient.out.trimmed();
    }

    QString url(const QString& user) const
    {
        const DatabaseLocation where = store->location();
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(user, where.host)
            .arg(where.port)
            .arg(where.databaseName);
    }

    // Runs gradus-cli against `database`, with `input` on standard input and `password` in
    // PGPASSWORD (as libpq allows), in a home folder of its own.
    CliResult cli(const QString& database, const QStringList& args, const QByteArray& input = {},
                  const QString& password = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_qs, home.filePath(u"data"_qs));
        env.insert(u"XDG_CONFIG_HOME"_qs, home.filePath(u"config"_qs));
        env.remove(u"GRADUS_DATABASE"_qs);
        env.remove(u"PGPASSWORD"_qs);
        if (!password.isEmpty())
            env.insert(u"PGPASSWORD"_qs, password);
        process.setProcessEnvironment(env);
        QStringList full{u"--database"_qs, database};
        full << args;
        process.start(QStringLiteral(GRADUS_CLI_PATH), full);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    CliResult owner(const QStringList& args, const QByteArray& input = {})
    {
        return cli(url(store->location().user), args, input);
    }
    CliResult as(const QString& user, const QString& password, const QStringList& args,
                 const QByteArray& input = {})
    {
        return cli(url(user), args, input, password);
    }

    // Whether `text` is anywhere in the files the program wrote (its logs among them).
    bool homeContains(const QString& text) const
    {
        QDirIterator it(home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(text.toUtf8()))
                return true;
        }
        return false;
    }

    static inline const QString kPassword = u"first secret 731"_qs;
    QTemporaryDir home;
    std::unique_ptr<TestStore> store;
    std::unique_ptr<DropRoles> drop;
    QString clinician;
    QString admin;
    QString patientId;
};

} // namespace

TEST_F(UserCliTest, AnOwnerAddsAccountsThatAreListedWithTheirRoles)
{
    const CliResult added = owner(
        {u"user"_qs, u"add"_qs, clinician, u"--role"_qs, u"clinician"_qs, u"--password-stdin"_qs},
        kPassword.toUtf8() + "\n");
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(clinician));
    const CliResult second =
        owner({u"user"_qs, u"add"_qs, admin, u"--role"_qs, u"admin"_qs, u"--password-stdin"_qs},
              kPassword.toUtf8());
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    const CliResult again =
        owner({u"user"_qs, u"add"_qs, admin, u"--role"_qs, u"admin"_qs, u"--password-stdin"_qs},
              kPassword.toUtf8());
    EXPECT_EQ(again.exitCode, 2) << "an account of that name exists";
    EXPECT_TRUE(again.err.contains(u"already"_qs)) << again.err.toStdString();

    const CliResult list = owner({u"user"_qs, u"list"_qs});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(clinician)) << list.out.toStdString();
    const CliResult json = owner({u"user"_qs, u"list"_qs, u"--json"_qs});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    QJsonObject mine;
    QJsonObject theirs;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.out.toUtf8()).array()) {
        if (v[u"name"_qs].toString() == clinician)
            mine = v.toObject();
        if (v[u"name"_qs].toString() == admin)
            theirs = v.toObject();
    }
    EXPECT_EQ(mine[u"role"_qs].toString(), u"clinician"_qs);
    EXPECT_EQ(mine[u"enabled"_qs].toBool(), true);
    EXPECT_EQ(theirs[u"role"_qs].toString(), u"admin"_qs);

    // An administrator (not the owner, not a superuser) manages accounts too.
    const QString third = gradus::test::freshAccountName("b");
    drop->add(third);
    const CliResult byAdmin =
        as(admin, kPassword,
           {u"user"_qs, u"add"_qs, third, u"--role"_qs, u"clinician"_qs, u"--password-stdin"_qs},
           "third one's secret\n");
    EXPECT_EQ(byAdmin.exitCode, 0) << byAdmin.err.toStdString();

    for (const CliResult& r : {added, second, again, list, json, byAdmin})
        EXPECT_FALSE((r.out + r.err).contains(kPassword)) << "a password is never echoed";
    EXPECT_FALSE(homeContains(kPassword)) << "nor written to the logs";
    EXPECT_FALSE(homeContains(u"third one's secret"_qs));
}

TEST_F(UserCliTest, AClinicianRecordsUnderTheirOwnNameAndIsToldWhatNeedsAnAdministrator)
{
    ASSERT_EQ(owner({u"user"_qs, u"add"_qs, clinician, u"--role"_qs, u"clinician"_qs,
                     u"--password-stdin"_qs},
                    kPassword.toUtf8())
                  .exitCode,
              0);
    const CliResult visit = as(clinician, kPassword,
                               {u"visit"_qs, u"add"_qs, patientId, u"--date"_qs, u"2026-03-02"_qs,
                                u"--pain"_qs, u"4"_qs, u"--clinician"_qs, u"someone-else"_qs});
    ASSERT_EQ(visit.exitCode, 0) << visit.err.toStdString();
    const CliResult shown =
        as(clinician, kPassword, {u"visit"_qs, u"show"_qs, visit.out.trimmed(), u"--json"_qs});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QJsonObject v = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    EXPECT_EQ(v[u"created_by"_qs].toString(), clinician)
        << "the server records the signed-in account: " << shown.out.toStdString();
    const CliResult audit =
        as(clinician, kPassword,
           {u"audit"_qs, u"--record"_qs, u"visit:"_qs + visit.out.trimmed(), u"--json"_qs});
    ASSERT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    const QJsonArray entries = QJsonDocument::fromJson(audit.out.toUtf8()).array();
    ASSERT_FALSE(entries.isEmpty());
    EXPECT_EQ(entries.first()[u"author"_qs].toString(), clinician);

    const CliResult setting =
        as(clinician, kPassword, {u"clinic"_qs, u"set"_qs, u"--name"_qs, u"Not Mine To Change"_qs});
    EXPECT_EQ(setting.exitCode, 1) << setting.err.toStdString();
    EXPECT_TRUE(setting.err.contains(
        QStringLiteral("needs an administrator (signed in as %1)").arg(clinician)))
        << setting.err.toStdString();
    EXPECT_FALSE(setting.err.contains(u"ERROR:"_qs)) << "no raw SQL error";

    const CliResult add = as(clinician, kPassword,
                             {u"user"_qs, u"add"_qs, gradus::test::freshAccountName("x"),
                              u"--role"_qs, u"admin"_qs, u"--password-stdin"_qs},
                             "whatever it is\n");
    EXPECT_EQ(add.exitCode, 1);
    EXPECT_TRUE(add.err.contains(
        QStringLiteral("Managing user accounts needs an administrator (signed in as %1)")
            .arg(clinician)))
        << add.err.toStdString();
}

TEST_F(UserCliTest, ADisabledAccountCannotSignInAndANewPasswordWorks)
{
    ASSERT_EQ(owner({u"user"_qs, u"add"_qs, clinician, u"--role"_qs, u"clinician"_qs,
                     u"--password-stdin"_qs},
                    kPassword.toUtf8())
                  .exitCode,
              0);
    const QStringList list{u"patient"_qs, u"list"_qs};
    ASSERT_EQ(as(clinician, kPassword, list).exitCode, 0);
    EXPECT_EQ(as(clinician, u"wrong password"_qs, list).exitCode, 6);

    const CliResult disabled = owner({u"user"_qs, u"disable"_qs, clinician});
    ASSERT_EQ(disabled.exitCode, 0) << disabled.err.toStdString();
    const CliResult refused = as(clinician, kPassword, list);
    EXPECT_EQ(refused.exitCode, 6) << refused.err.toStdString();
    const CliResult json = owner({u"user"_qs, u"list"_qs, u"--json"_qs});
    EXPECT_TRUE(json.out.contains(u"\"enabled\": false"_qs)) << json.out.toStdString();
    ASSERT_EQ(owner({u"user"_qs, u"enable"_qs, clinician}).exitCode, 0);
    EXPECT_EQ(as(clinician, kPassword, list).exitCode, 0);

    const CliResult changed = owner({u"user"_qs, u"password"_qs, clinician, u"--password-stdin"_qs},
                                    "second secret 913\n");
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    EXPECT_EQ(as(clinician, kPassword, list).exitCode, 6) << "the old password is gone";
    EXPECT_EQ(as(clinician, u"second secret 913"_qs, list).exitCode, 0);

    EXPECT_EQ(owner({u"user"_qs, u"disable"_qs, u"nobody_here"_qs}).exitCode, 2);
    EXPECT_EQ(owner({u"user"_qs, u"add"_qs, u"Bad Name"_qs, u"--role"_qs, u"clinician"_qs,
                     u"--password-stdin"_qs},
                    kPassword.toUtf8())
                  .exitCode,
              2);
    EXPECT_EQ(owner({u"user"_qs, u"add"_qs, clinician, u"--role"_qs, u"clinician"_qs}).exitCode, 2)
        << "no password option: refused before anything";
    EXPECT_EQ(owner({u"user"_qs, u"password"_qs, clinician, u"--password-stdin"_qs}, "").exitCode,
              2)
        << "an empty standard input is no password";
}

TEST(UserCliSqliteTest, AFileHasNoAccounts)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"clinic.sqlite"_qs);
    QProcess process;
    process.start(QStringLiteral(GRADUS_CLI_PATH),
                  {u"--database"_qs, file, u"user"_qs, u"list"_qs});
    process.waitForFinished(60000);
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardError())
                    .contains(u"only on a database server"_qs));
    EXPECT_FALSE(QFile::exists(file)) << "nothing was created";
}
