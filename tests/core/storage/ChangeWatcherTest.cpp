// Two desks on one store: what one commits reaches the other's views through the change
// watcher (SQLite: data_version polling; PostgreSQL: the audit trigger's NOTIFY), and a
// large batch becomes one reload per kind.
#include "storage/ChangeWatcher.h"

#include "Workspace.h"
#include "storage/AuditTrail.h"
#include "storage/PatientRepository.h"
#include "support/PatientFixtures.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace gradus;
using gradus::test::samplePatient;
using gradus::test::TestStore;

namespace {

class ChangeWatcherTest : public testing::TestWithParam<SqlBackend>
{
protected:
    ChangeWatcherTest() : store(GetParam()), clock(test::fixedNow()) {}

    TestStore store;
    ManualClock clock;
};

} // namespace

TEST_P(ChangeWatcherTest, AnotherDesksCommitReachesThisDesksNotifier)
{
    GRADUS_REQUIRE_STORE(store);
    auto dbA = store.open();
    auto dbB = store.open();
    ASSERT_TRUE(dbA && dbB);
    auto deskA = std::make_unique<Workspace>(std::move(dbA), clock);
    auto deskB = std::make_unique<Workspace>(std::move(dbB), clock);
    auto id = PatientRepository(*deskA).add(
        samplePatient(QStringLiteral("Lene"), QStringLiteral("Fictional"), QDate(1990, 1, 2)));
    ASSERT_TRUE(id);

    ChangeWatcher watcher(*deskB);
    watcher.start(50);
    QSignalSpy changed(&deskB->notifier(), &StoreNotifier::changed);
    QSignalSpy arrived(&watcher, &ChangeWatcher::changesArrived);

    Patient p = *PatientRepository(*deskA).get(*id);
    p.phone = QStringLiteral("07700 900444");
    ASSERT_TRUE(PatientRepository(*deskA).update(p));

    ASSERT_TRUE(arrived.wait(5000)) << "desk B never heard of desk A's change";
    ASSERT_GE(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).value<StoreNotifier::Kind>(), StoreNotifier::Kind::Patient);
    EXPECT_EQ(changed.first().at(1).toLongLong(), *id);

    // Nothing new: nothing announced.
    arrived.clear();
    EXPECT_EQ(watcher.checkNow(), 0);
}

TEST(ChangeWatcherNotices, ChildRecordsAnnounceTheirParentAndABigBatchResets)
{
    AuditEntry revision;
    revision.table = QStringLiteral("visit_revision");
    revision.action = QStringLiteral("insert");
    revision.recordId = 90;
    revision.newValues = QJsonObject{{QStringLiteral("visit_id"), 12}};
    AuditEntry patient;
    patient.table = QStringLiteral("patient");
    patient.action = QStringLiteral("delete");
    patient.recordId = 4;
    EXPECT_EQ(ChangeWatcher::noticesFor({revision, patient}),
              (QList<StoreNotice>{StoreNotice::changed(StoreNotifier::Kind::Visit, 12),
                                  StoreNotice::removed(StoreNotifier::Kind::Patient, 4)}));

    QList<AuditEntry> many(500, patient);
    EXPECT_EQ(ChangeWatcher::noticesFor(many),
              QList<StoreNotice>{StoreNotice::reset(StoreNotifier::Kind::Patient)});
}

INSTANTIATE_TEST_SUITE_P(Backends, ChangeWatcherTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         gradus::test::backendName);
