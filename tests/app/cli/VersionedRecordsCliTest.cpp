// The clinic's settings and its exercises as versioned records, on both engines: every change
// raises the version shown by --json, and an edit with --if-version on a version another desk
// has moved on from is refused as a conflict naming what changed, writing nothing.
#include "support/CliRunner.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace {

using gradus::SqlBackend;
using gradus::test::CliRun;
using gradus::test::CliRunner;
using gradus::test::TestStore;

class VersionedRecordsCliTest : public testing::TestWithParam<SqlBackend>
{
protected:
    VersionedRecordsCliTest() : store(GetParam()) {}

    void SetUp() override
    {
        GRADUS_REQUIRE_STORE(store);
        if (GetParam() == SqlBackend::Sqlite)
            (void)store.open();
        cli = std::make_unique<CliRunner>(CliRunner::argumentFor(store.location()));
    }

    QJsonObject shown()
    {
        const CliRun r = cli->run({u"clinic"_qs, u"show"_qs, u"--json"_qs});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    TestStore store;
    std::unique_ptr<CliRunner> cli;
};

TEST_P(VersionedRecordsCliTest, AStaleChangeOfTheClinicsSettingsIsRefused)
{
    const int version = shown().value(u"version"_qs).toInt();
    ASSERT_GE(version, 1);

    const CliRun first = cli->run({u"clinic"_qs, u"set"_qs, u"--name"_qs, u"Riverside Physio"_qs,
                                   u"--if-version"_qs, QString::number(version)});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(shown().value(u"version"_qs).toInt(), version + 1);

    // Another desk read the same version and changes a different setting: refused.
    const CliRun stale = cli->run({u"clinic"_qs, u"set"_qs, u"--phone"_qs, u"0161 496 0000"_qs,
                                   u"--if-version"_qs, QString::number(version)});
    EXPECT_EQ(stale.exitCode, 1);
    EXPECT_TRUE(stale.err.contains(u"The record of the clinic's settings"_qs))
        << stale.err.toStdString();
    EXPECT_TRUE(stale.err.contains(u"clinic/name"_qs)) << stale.err.toStdString();
    EXPECT_TRUE(stale.err.contains(u"Nothing was written"_qs)) << stale.err.toStdString();
    const QJsonObject after = shown();
    EXPECT_EQ(after.value(u"version"_qs).toInt(), version + 1);
    EXPECT_EQ(after.value(u"clinic"_qs).toObject().value(u"phone"_qs).toString(), QString());
    EXPECT_EQ(after.value(u"clinic"_qs).toObject().value(u"name"_qs).toString(),
              u"Riverside Physio"_qs);

    // Clearing a text is a change too, and the version never goes back.
    ASSERT_EQ(cli->run({u"clinic"_qs, u"set"_qs, u"--name"_qs, QString(), u"--if-version"_qs,
                        QString::number(version + 1)})
                  .exitCode,
              0);
    EXPECT_EQ(shown().value(u"version"_qs).toInt(), version + 2);
    ASSERT_EQ(cli->run({u"clinic"_qs, u"set"_qs, u"--name"_qs, u"Riverside"_qs}).exitCode, 0);
    EXPECT_EQ(shown().value(u"version"_qs).toInt(), version + 3);
    EXPECT_EQ(
        cli->run({u"clinic"_qs, u"set"_qs, u"--name"_qs, u"X"_qs, u"--if-version"_qs, u"many"_qs})
            .exitCode,
        2);
}

TEST_P(VersionedRecordsCliTest, AStaleEditOfAnExerciseIsRefused)
{
    auto show = [&] {
        const CliRun r = cli->run({u"exercise"_qs, u"show"_qs, u"bird_dog"_qs, u"--json"_qs});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    };
    // The first command of a new store loads the library.
    const int version = show().value(u"version"_qs).toInt();
    ASSERT_GE(version, 1);

    const CliRun renamed =
        cli->run({u"exercise"_qs, u"edit"_qs, u"bird_dog"_qs, u"--name"_qs, u"Bird dog (slow)"_qs,
                  u"--if-version"_qs, QString::number(version)});
    ASSERT_EQ(renamed.exitCode, 0) << renamed.err.toStdString();
    QJsonObject after = show();
    EXPECT_EQ(after.value(u"version"_qs).toInt(), version + 1);
    EXPECT_EQ(after.value(u"name"_qs).toString(), u"Bird dog (slow)"_qs);
    EXPECT_TRUE(after.value(u"edited"_qs).toBool());

    // Another desk retires it from the version it read: refused, naming the change.
    const CliRun stale = cli->run({u"exercise"_qs, u"edit"_qs, u"bird_dog"_qs, u"--retire"_qs,
                                   u"--if-version"_qs, QString::number(version)});
    EXPECT_EQ(stale.exitCode, 1);
    EXPECT_TRUE(stale.err.contains(u"name"_qs)) << stale.err.toStdString();
    EXPECT_TRUE(stale.err.contains(u"Nothing was written"_qs)) << stale.err.toStdString();
    after = show();
    EXPECT_FALSE(after.value(u"retired"_qs).toBool());
    EXPECT_EQ(after.value(u"version"_qs).toInt(), version + 1);

    // On the current version it goes through.
    const CliRun retired =
        cli->run({u"exercise"_qs, u"edit"_qs, u"bird_dog"_qs, u"--retire"_qs, u"--if-version"_qs,
                  QString::number(version + 1), u"--json"_qs});
    ASSERT_EQ(retired.exitCode, 0) << retired.err.toStdString();
    const QJsonObject printed = QJsonDocument::fromJson(retired.out.toUtf8()).object();
    EXPECT_TRUE(printed.value(u"retired"_qs).toBool());
    EXPECT_EQ(printed.value(u"version"_qs).toInt(), version + 2);
    EXPECT_EQ(cli->run({u"exercise"_qs, u"edit"_qs, u"bird_dog"_qs}).exitCode, 2);
}

INSTANTIATE_TEST_SUITE_P(Engines, VersionedRecordsCliTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         [](const testing::TestParamInfo<SqlBackend>& info) {
                             return info.param == SqlBackend::Sqlite ? "Sqlite" : "Postgres";
                         });

} // namespace
