// Several gradus-cli processes writing to one store at once, on SQLite and PostgreSQL: every
// acknowledged change is there afterwards, none fails for a lock, and an active programme
// gets exactly one draft however many desks add to it at the same moment; an episode's PSFS
// activities are named once however many desks record its first PSFS together.
#include "support/CliRunner.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using gradus::SqlBackend;
using gradus::test::CliRun;
using gradus::test::CliRunner;
using gradus::test::TestStore;

constexpr int kWriters = 30;

class ConcurrentWritesCliTest : public testing::TestWithParam<SqlBackend>
{
protected:
    ConcurrentWritesCliTest() : store(GetParam()) {}

    void SetUp() override
    {
        GRADUS_REQUIRE_STORE(store);
        if (GetParam() == SqlBackend::Sqlite)
            (void)store.open(); // create and migrate once, as the first desk would
        cli = std::make_unique<CliRunner>(CliRunner::argumentFor(store.location()));
        const CliRun patient = cli->run({QStringLiteral("patient"), QStringLiteral("add"),
                                         QStringLiteral("--given"), QStringLiteral("Ines"),
                                         QStringLiteral("--family"), QStringLiteral("Fictional"),
                                         QStringLiteral("--dob"), QStringLiteral("1981-02-03")});
        ASSERT_EQ(patient.exitCode, 0) << patient.err.toStdString();
        patientId = patient.out.trimmed();
    }

    QJsonValue json(const QStringList& args)
    {
        const CliRun r = cli->run(args + QStringList{QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object().isEmpty()
                   ? QJsonValue(QJsonDocument::fromJson(r.out.toUtf8()).array())
                   : QJsonValue(QJsonDocument::fromJson(r.out.toUtf8()).object());
    }

    int prescriptionCount(const QString& programmeId)
    {
        const QJsonObject p =
            json({QStringLiteral("programme"), QStringLiteral("show"), programmeId}).toObject();
        int n = 0;
        for (const QJsonValue& s : p.value(QStringLiteral("sections")).toArray())
            n += s.toObject().value(QStringLiteral("items")).toArray().size();
        return n;
    }

    QList<QStringList> additions(const QString& programmeId)
    {
        QList<QStringList> commands;
        for (int i = 0; i < kWriters; ++i)
            commands.append({QStringLiteral("programme"), QStringLiteral("add"), programmeId,
                             QStringLiteral("bird_dog"), QStringLiteral("--sets"),
                             QStringLiteral("1"), QStringLiteral("--hold"), QStringLiteral("8"),
                             QStringLiteral("--reps"), QString::number(2 + i % 8),
                             QStringLiteral("--days-per-week"), QStringLiteral("3")});
        return commands;
    }

    TestStore store;
    std::unique_ptr<CliRunner> cli;
    QString patientId;
};

TEST_P(ConcurrentWritesCliTest, EveryConcurrentAdditionToADraftLands)
{
    const CliRun created = cli->run({QStringLiteral("programme"), QStringLiteral("create"),
                                     patientId, QStringLiteral("--name"), QStringLiteral("Core")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    const QString programmeId = created.out.trimmed();

    const QList<CliRun> results = cli->runConcurrently(additions(programmeId));
    int acknowledged = 0;
    for (const CliRun& r : results) {
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        if (r.exitCode == 0) {
            ++acknowledged;
            EXPECT_EQ(r.out.trimmed(), programmeId);
        }
    }
    EXPECT_EQ(acknowledged, kWriters);
    EXPECT_EQ(prescriptionCount(programmeId), acknowledged);
}

TEST_P(ConcurrentWritesCliTest, ConcurrentAdditionsToAnActiveProgrammeShareOneDraft)
{
    const CliRun created = cli->run({QStringLiteral("programme"), QStringLiteral("create"),
                                     patientId, QStringLiteral("--name"), QStringLiteral("Walk")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    const QString activeId = created.out.trimmed();
    ASSERT_EQ(
        cli->run({QStringLiteral("programme"), QStringLiteral("add"), activeId,
                  QStringLiteral("walking"), QStringLiteral("--minutes"), QStringLiteral("10")})
            .exitCode,
        0);
    ASSERT_EQ(
        cli->run({QStringLiteral("programme"), QStringLiteral("activate"), activeId}).exitCode, 0);

    const QList<CliRun> results = cli->runConcurrently(additions(activeId));
    QSet<QString> draftIds;
    for (const CliRun& r : results) {
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        if (r.exitCode == 0)
            draftIds.insert(r.out.trimmed());
    }
    ASSERT_EQ(draftIds.size(), 1) << "every desk's change goes into the one draft";
    const QString draftId = *draftIds.begin();
    EXPECT_NE(draftId, activeId);
    EXPECT_EQ(prescriptionCount(draftId), 1 + kWriters);
    EXPECT_EQ(prescriptionCount(activeId), 1) << "the patient's version is never changed";
    const QJsonArray versions =
        json({QStringLiteral("programme"), QStringLiteral("list"), patientId}).toArray();
    EXPECT_EQ(versions.size(), 1) << "one lineage, listed at its newest version";
}

TEST_P(ConcurrentWritesCliTest, ConcurrentEditsOfDifferentFieldsKeepBoth)
{
    QList<QStringList> commands;
    for (int i = 0; i < 10; ++i) {
        commands.append({QStringLiteral("patient"), QStringLiteral("edit"), patientId,
                         QStringLiteral("--phone"),
                         QStringLiteral("0100 000 %1").arg(i, 3, 10, QChar(u'0'))});
        commands.append({QStringLiteral("patient"), QStringLiteral("edit"), patientId,
                         QStringLiteral("--email"), QStringLiteral("ines%1@example.org").arg(i)});
    }
    const QList<CliRun> results = cli->runConcurrently(commands);
    for (const CliRun& r : results)
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject p =
        json({QStringLiteral("patient"), QStringLiteral("show"), patientId}).toObject();
    EXPECT_TRUE(p.value(QStringLiteral("phone")).toString().startsWith(QStringLiteral("0100")))
        << "a later e-mail edit must not take the phone number back";
    EXPECT_TRUE(p.value(QStringLiteral("email")).toString().startsWith(QStringLiteral("ines")))
        << "a later phone edit must not take the e-mail back";
}

TEST_P(ConcurrentWritesCliTest, ConcurrentFirstPsfsNameTheActivitiesOnce)
{
    QList<QStringList> commands;
    for (int i = 0; i < 20; ++i)
        commands.append({QStringLiteral("measure"), QStringLiteral("add"), patientId,
                         QStringLiteral("--type"), QStringLiteral("psfs"),
                         QStringLiteral("--answers"), QStringLiteral("3,4,%1").arg(i % 10),
                         QStringLiteral("--activities"),
                         QStringLiteral("Sitting;Lifting;Walking")});
    const QList<CliRun> results = cli->runConcurrently(commands);
    for (const CliRun& r : results)
        EXPECT_EQ(r.exitCode, 0) << "one desk names the activities, the others re-rate them: "
                                 << r.err.toStdString();
    const CliRun next = cli->run({QStringLiteral("measure"), QStringLiteral("add"), patientId,
                                  QStringLiteral("--type"), QStringLiteral("psfs"),
                                  QStringLiteral("--answers"), QStringLiteral("5,5,5")});
    EXPECT_EQ(next.exitCode, 0) << "three activities, named once: " << next.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, ConcurrentWritesCliTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         [](const testing::TestParamInfo<SqlBackend>& info) {
                             return info.param == SqlBackend::Sqlite ? "Sqlite" : "Postgres";
                         });

} // namespace
