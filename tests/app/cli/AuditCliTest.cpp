// gradus-cli and the shared record: a stale edit (--if-version) is refused as a conflict that
// names the changed field and writes nothing, and `audit` shows who changed what, on both
// engines.
#include "support/CliRunner.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

namespace {

using gradus::SqlBackend;
using gradus::test::CliRun;
using gradus::test::CliRunner;
using gradus::test::TestStore;

class AuditCliTest : public testing::TestWithParam<SqlBackend>
{
protected:
    AuditCliTest() : store(GetParam()) {}

    void SetUp() override
    {
        GRADUS_REQUIRE_STORE(store);
        if (GetParam() == SqlBackend::Sqlite)
            (void)store.open();
        cli = std::make_unique<CliRunner>(CliRunner::argumentFor(store.location()));
        const CliRun patient =
            cli->run({u"patient"_qs, u"add"_qs, u"--given"_qs, u"Oda"_qs, u"--family"_qs,
                      u"Fictional"_qs, u"--dob"_qs, u"1975-09-30"_qs});
        ASSERT_EQ(patient.exitCode, 0) << patient.err.toStdString();
        patientId = patient.out.trimmed();
    }

    QJsonArray auditJson(const QStringList& args)
    {
        const CliRun r = cli->run(QStringList{u"audit"_qs} + args + QStringList{u"--json"_qs});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    TestStore store;
    std::unique_ptr<CliRunner> cli;
    QString patientId;
};

TEST_P(AuditCliTest, AStaleEditIsRefusedAndTheTrailShowsWhoChangedWhat)
{
    const CliRun shown = cli->run({u"patient"_qs, u"show"_qs, patientId, u"--json"_qs});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const int version =
        QJsonDocument::fromJson(shown.out.toUtf8()).object().value(u"version"_qs).toInt();
    ASSERT_GE(version, 1);

    // Desk A edits from the version it read.
    const CliRun first =
        cli->run({u"patient"_qs, u"edit"_qs, patientId, u"--phone"_qs, u"07700 900111"_qs,
                  u"--if-version"_qs, QString::number(version)});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    // Desk B read the same version: refused, naming what changed, nothing written.
    const CliRun stale = cli->run({u"patient"_qs, u"edit"_qs, patientId, u"--notes"_qs,
                                   u"stale note"_qs, u"--if-version"_qs, QString::number(version)});
    EXPECT_EQ(stale.exitCode, 1);
    EXPECT_TRUE(stale.err.contains(u"phone"_qs)) << stale.err.toStdString();
    const CliRun after = cli->run({u"patient"_qs, u"show"_qs, patientId, u"--json"_qs});
    const QJsonObject stored = QJsonDocument::fromJson(after.out.toUtf8()).object();
    EXPECT_NE(stored.value(u"notes"_qs).toString(), u"stale note"_qs);
    EXPECT_EQ(stored.value(u"version"_qs).toInt(), version + 1);

    const QJsonArray trail = auditJson({u"--patient"_qs, patientId});
    ASSERT_GE(trail.size(), 2);
    const QJsonObject newest = trail.first().toObject();
    EXPECT_EQ(newest.value(u"action"_qs).toString(), u"update"_qs);
    EXPECT_EQ(newest.value(u"table"_qs).toString(), u"patient"_qs);
    EXPECT_EQ(newest.value(u"changed"_qs).toArray(), QJsonArray{u"phone"_qs});
    EXPECT_FALSE(newest.value(u"author"_qs).toString().isEmpty());
    EXPECT_EQ(trail.last().toObject().value(u"action"_qs).toString(), u"insert"_qs);

    const QJsonArray record = auditJson({u"--record"_qs, u"patient:"_qs + patientId});
    EXPECT_EQ(record.size(), 2);

    const CliRun text = cli->run({u"audit"_qs, u"--patient"_qs, patientId});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(u"update patient "_qs + patientId + u": phone"_qs))
        << text.out.toStdString();
    EXPECT_FALSE(text.out.contains(u"07700"_qs)) << "plain output names fields, not values";
}

TEST_P(AuditCliTest, DbWatchPrintsAnotherProcesssChangeAsItIsCommitted)
{
    QProcess watcher;
    cli->start(watcher, {u"db"_qs, u"watch"_qs, u"--json"_qs, u"--count"_qs, u"1"_qs,
                         u"--interval"_qs, u"100"_qs});
    ASSERT_TRUE(watcher.waitForStarted(10000));
    // Give the watcher time to note where the trail ends before the change.
    QThread::msleep(1500);
    const CliRun edit =
        cli->run({u"patient"_qs, u"edit"_qs, patientId, u"--email"_qs, u"oda@example.org"_qs});
    ASSERT_EQ(edit.exitCode, 0) << edit.err.toStdString();
    ASSERT_TRUE(watcher.waitForFinished(20000)) << "db watch never saw the change";
    EXPECT_EQ(watcher.exitCode(), 0);
    const QJsonObject line =
        QJsonDocument::fromJson(watcher.readAllStandardOutput().trimmed()).object();
    EXPECT_EQ(line.value(u"table"_qs).toString(), u"patient"_qs);
    EXPECT_EQ(line.value(u"action"_qs).toString(), u"update"_qs);
    EXPECT_EQ(QString::number(line.value(u"record_id"_qs).toInteger()), patientId);
    EXPECT_FALSE(line.contains(u"new"_qs)) << "no values in the stream";
}

TEST_P(AuditCliTest, BadArgumentsAreUsageErrors)
{
    EXPECT_EQ(cli->run({u"audit"_qs}).exitCode, 2);
    EXPECT_EQ(cli->run({u"audit"_qs, u"--record"_qs, u"patient"_qs}).exitCode, 2);
    EXPECT_EQ(cli->run({u"audit"_qs, u"--patient"_qs, u"x"_qs}).exitCode, 2);
    EXPECT_EQ(cli->run({u"patient"_qs, u"edit"_qs, patientId, u"--phone"_qs, u"1"_qs,
                        u"--if-version"_qs, u"zero"_qs})
                  .exitCode,
              2);
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditCliTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         [](const testing::TestParamInfo<SqlBackend>& info) {
                             return info.param == SqlBackend::Sqlite ? "Sqlite" : "Postgres";
                         });

} // namespace
