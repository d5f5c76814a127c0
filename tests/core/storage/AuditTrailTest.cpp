#include "storage/AuditTrail.h"

#include "storage/EpisodeRepository.h"
#include "storage/PatientRepository.h"
#include "support/PatientFixtures.h"

#include <gtest/gtest.h>

using namespace gradus;
using gradus::test::samplePatient;
using gradus::test::WorkspaceFixture;

namespace {

class AuditTrailTest : public testing::TestWithParam<SqlBackend>
{
protected:
    AuditTrailTest() : fx(GetParam()) {}

    qint64 addPatient()
    {
        auto id = PatientRepository(fx.ws()).add(
            samplePatient(QStringLiteral("Ada"), QStringLiteral("Quill"), QDate(1979, 5, 2)));
        EXPECT_TRUE(id) << (id ? std::string() : id.error().message.toStdString());
        return id ? *id : 0;
    }

    // Who the database records as the author of this connection's changes.
    QString expectedAuthor()
    {
        if (GetParam() == SqlBackend::Sqlite)
            return fx.ws().db().author();
        auto q = fx.ws().db().exec(QStringLiteral("SELECT session_user"));
        return q && q->next() ? q->value(0).toString() : QString();
    }

    WorkspaceFixture fx;
};

} // namespace

TEST_P(AuditTrailTest, RecordsInsertAndUpdateWithAuthorAndChangedFields)
{
    GRADUS_OPEN_WORKSPACE(fx);
    fx.ws().db().setAuthor(QStringLiteral("Desk Two"));
    const qint64 id = addPatient();
    ASSERT_GT(id, 0);
    PatientRepository repo(fx.ws());
    Patient p = *repo.get(id);
    EXPECT_EQ(p.version, 1);
    p.phone = QStringLiteral("07700 900777");
    auto saved = repo.update(p);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    EXPECT_EQ(saved->version, 2);

    auto entries = AuditTrail(fx.ws().db()).forPatient(id);
    ASSERT_TRUE(entries) << entries.error().message.toStdString();
    ASSERT_GE(entries->size(), 2);
    const AuditEntry& newest = entries->front();
    EXPECT_EQ(newest.action, QStringLiteral("update"));
    EXPECT_EQ(newest.table, QStringLiteral("patient"));
    EXPECT_EQ(newest.recordId, id);
    EXPECT_EQ(newest.patientId, id);
    EXPECT_EQ(newest.author, expectedAuthor());
    EXPECT_EQ(newest.changedColumns(), QStringList{QStringLiteral("phone")});
    EXPECT_EQ(newest.newValues.value(QStringLiteral("row_version")).toInt(), 2);
    EXPECT_TRUE(newest.changedAt.isValid());
    EXPECT_EQ(entries->back().action, QStringLiteral("insert"));
    EXPECT_TRUE(entries->back().oldValues.isEmpty());
}

TEST_P(AuditTrailTest, PlainSqlChangesAndDeletesAreRecordedToo)
{
    GRADUS_OPEN_WORKSPACE(fx);
    const qint64 id = addPatient();
    Database& db = fx.ws().db();
    // What a script with a SQL prompt would do: the database records it all the same.
    ASSERT_TRUE(db.write([&]() -> Status {
        auto q = db.exec(QStringLiteral("UPDATE patient SET notes = 'edited by hand' WHERE id = ?"),
                         {id});
        return q ? Status{} : Status{q.error()};
    }));
    auto last = AuditTrail(db).forRecord(QStringLiteral("patient"), id, 1);
    ASSERT_TRUE(last && last->size() == 1);
    EXPECT_EQ(last->front().changedColumns(), QStringList{QStringLiteral("notes")});
    EXPECT_EQ(last->front().newValues.value(QStringLiteral("notes")).toString(),
              QStringLiteral("edited by hand"));

    auto before = AuditTrail(db).lastId();
    ASSERT_TRUE(before);
    ASSERT_TRUE(db.write([&]() -> Status {
        auto q = db.exec(QStringLiteral("DELETE FROM episode WHERE patient_id = ?"), {id});
        return q ? Status{} : Status{q.error()};
    }));
    auto since = AuditTrail(db).since(*before);
    ASSERT_TRUE(since);
    for (const AuditEntry& e : *since) {
        EXPECT_EQ(e.action, QStringLiteral("delete"));
        EXPECT_EQ(e.patientId, id);
        EXPECT_TRUE(e.newValues.isEmpty());
    }
}

TEST_P(AuditTrailTest, StaleEditIsRefusedNamingWhoChangedWhat)
{
    GRADUS_OPEN_WORKSPACE(fx);
    const qint64 id = addPatient();
    PatientRepository repo(fx.ws());
    Patient deskA = *repo.get(id);
    Patient deskB = *repo.get(id);
    deskA.email = QStringLiteral("ada@example.org");
    ASSERT_TRUE(repo.update(deskA));
    deskB.notes = QStringLiteral("stale");
    auto refused = repo.update(deskB);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("email")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(expectedAuthor()))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("version 1")));
    EXPECT_EQ(repo.get(id)->notes, samplePatient({}, {}, {}).notes);
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditTrailTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         gradus::test::backendName);
