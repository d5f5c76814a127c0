#include "storage/PatientRepository.h"

#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "support/PatientFixtures.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace gradus;
using gradus::test::samplePatient;
using gradus::test::WorkspaceFixture;

namespace {

class PatientRepositoryTest : public testing::TestWithParam<SqlBackend>
{
protected:
    PatientRepositoryTest() : fx(GetParam()) {}

    qint64 addOrFail(const Patient& p)
    {
        auto id = PatientRepository(fx.ws()).add(p);
        EXPECT_TRUE(id) << (id ? std::string() : id.error().message.toStdString());
        return id ? *id : 0;
    }

    WorkspaceFixture fx;
};

Patient zoe()
{
    Patient p = samplePatient(QStringLiteral("Zoë"), QStringLiteral("Müller"), QDate(1985, 3, 14));
    p.preferredName = QStringLiteral("Zo");
    p.sex = Sex::Female;
    p.phone = QStringLiteral("07700 900123");
    p.email = QStringLiteral("zoe@example.org");
    p.address = QStringLiteral("4 Linden Close, Westmere");
    p.clinicNumber = QStringLiteral("K-1042");
    p.referralSource = QStringLiteral("GP");
    p.notes = QStringLiteral("Prefers morning appointments.\nSecond line.");
    return p;
}

} // namespace

TEST_P(PatientRepositoryTest, AddsAndReadsBackEveryField)
{
    GRADUS_OPEN_WORKSPACE(fx);
    PatientRepository repo(fx.ws());
    QSignalSpy added(&fx.ws().notifier(), &StoreNotifier::added);
    const qint64 id = addOrFail(zoe());
    ASSERT_GT(id, 0);
    ASSERT_EQ(added.count(), 1);
    EXPECT_EQ(added[0][0].value<StoreNotifier::Kind>(), StoreNotifier::Kind::Patient);
    EXPECT_EQ(added[0][1].toLongLong(), id);

    auto stored = repo.get(id);
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    Patient expected = zoe();
    expected.id = id;
    expected.createdAt = test::fixedNow();
    expected.updatedAt = test::fixedNow();
    expected.version = 1;
    EXPECT_EQ(*stored, expected);
    EXPECT_EQ(stored->fullName(), QStringLiteral("Zo Müller"));
    EXPECT_EQ(stored->listName(), QStringLiteral("Müller, Zoë (Zo)"));
    EXPECT_EQ(stored->ageOn(fx.clock.today()), 41);

    auto missing = repo.get(id + 100);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, QStringLiteral("patient.not_found"));
}

TEST_P(PatientRepositoryTest, InvalidInputIsRefusedAndWritesNothing)
{
    GRADUS_OPEN_WORKSPACE(fx);
    PatientRepository repo(fx.ws());
    QSignalSpy added(&fx.ws().notifier(), &StoreNotifier::added);
    Patient p = zoe();
    p.familyName = QStringLiteral("  ");
    p.dateOfBirth = fx.clock.today().addDays(1);
    auto id = repo.add(p);
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().code, QStringLiteral("patient.invalid"));
    EXPECT_EQ(id.error().message, QStringLiteral("The family name is required. The date of birth "
                                                 "2026-03-16 is in the future."));
    EXPECT_EQ(fx.count(QStringLiteral("patient")), 0);
    EXPECT_EQ(added.count(), 0);
}

TEST_P(PatientRepositoryTest, ClinicNumberIsUniqueWithoutRegardToCase)
{
    GRADUS_OPEN_WORKSPACE(fx);
    PatientRepository repo(fx.ws());
    const qint64 first = addOrFail(zoe());
    Patient other =
        samplePatient(QStringLiteral("Anna"), QStringLiteral("Schmidt"), QDate(1970, 1, 1));
    other.clinicNumber = QStringLiteral(" k-1042 ");
    auto refused = repo.add(other);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("patient.clinic_number_taken"));
    EXPECT_EQ(refused.error().message, QStringLiteral("The clinic number k-1042 is already used by "
                                                      "another patient (Müller, Zoë (Zo))."));
    EXPECT_EQ(fx.count(QStringLiteral("patient")), 1);

    // Patients without a number do not collide with each other.
    other.clinicNumber.clear();
    const qint64 second = addOrFail(other);
    Patient third =
        samplePatient(QStringLiteral("Ben"), QStringLiteral("Okafor"), QDate(1990, 2, 2));
    addOrFail(third);
    EXPECT_EQ(fx.count(QStringLiteral("patient")), 3);

    // Editing someone else onto a taken number is refused; keeping one's own is fine.
    auto stored = repo.get(second);
    ASSERT_TRUE(stored);
    Patient edit = *stored;
    edit.clinicNumber = QStringLiteral("K-1042");
    auto updated = repo.update(edit);
    ASSERT_FALSE(updated);
    EXPECT_EQ(updated.error().code, QStringLiteral("patient.clinic_number_taken"));
    EXPECT_TRUE(repo.get(second)->clinicNumber.isEmpty());
    auto own = repo.get(first);
    own->notes = QStringLiteral("changed");
    EXPECT_TRUE(repo.update(*own));
    EXPECT_EQ(*repo.clinicNumberOwner(QStringLiteral("K-1042")), first);
    EXPECT_EQ(*repo.clinicNumberOwner(QStringLiteral("K-1042"), first), 0);
}

TEST_P(PatientRepositoryTest, TheStoreItselfRefusesADuplicateClinicNumberInAnyCase)
{
    GRADUS_OPEN_WORKSPACE(fx);
    addOrFail(zoe());
    // As if another desk had slipped in between the repository's check and its write.
    auto raw = fx.ws().db().exec(
        QStringLiteral("INSERT INTO patient (given_name, family_name, date_of_birth, "
                       "clinic_number, search_text, created_at, updated_at) "
                       "VALUES ('A', 'B', '1970-01-01', 'k-1042', 'a b', 'x', 'x')"));
    EXPECT_FALSE(raw);
    EXPECT_EQ(fx.count(QStringLiteral("patient")), 1);
}

TEST_P(PatientRepositoryTest, UpdateRefusesToOverwriteAChangeMadeElsewhere)
{
    GRADUS_OPEN_WORKSPACE(fx);
    PatientRepository repo(fx.ws());
    const qint64 id = addOrFail(zoe());
    Patient deskA = *repo.get(id);
    Patient deskB = *repo.get(id);

    fx.clock.advanceDays(1);
    deskA.phone = QStringLiteral("07700 900555");
    QSignalSpy changed(&fx.ws().notifier(), &StoreNotifier::changed);
    auto saved = repo.update(deskA);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    EXPECT_EQ(saved->phone, QStringLiteral("07700 900555"));
    EXPECT_EQ(saved->updatedAt, test::fixedNow().addDays(1));
    EXPECT_EQ(saved->createdAt, test::fixedNow());
    EXPECT_EQ(changed.count(), 1);

    fx.clock.advanceDays(1);
    deskB.notes = QStringLiteral("overwrite?");
    auto refused = repo.update(deskB);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("patient.conflict"));
    auto now = repo.get(id);
    EXPECT_EQ(now->phone, QStringLiteral("07700 900555"));
    EXPECT_EQ(now->notes, zoe().notes);
    EXPECT_EQ(changed.count(), 1);
}

TEST_P(PatientRepositoryTest, ArchiveHidesFromListsAndRestoreBringsBack)
{
    GRADUS_OPEN_WORKSPACE(fx);
    PatientRepository repo(fx.ws());
    const qint64 a = addOrFail(zoe());
    const qint64 b = addOrFail(
        samplePatient(QStringLiteral("Anna"), QStringLiteral("Adams"), QDate(1960, 5, 5)));
    ASSERT_TRUE(repo.setArchived(a, true));
    EXPECT_TRUE(repo.get(a)->archived);
    EXPECT_EQ(repo.list(false)->size(), 1);
    EXPECT_EQ(repo.list(true)->size(), 2);
    EXPECT_EQ(*repo.count(false), 1);
    EXPECT_EQ(*repo.count(true), 2);
    EXPECT_EQ(repo.list(true)->at(0).id, b); // Adams before Müller
    ASSERT_TRUE(repo.setArchived(a, false));
    EXPECT_EQ(repo.list(false)->size(), 2);
    EXPECT_FALSE(repo.setArchived(a + b + 10, true));
}

TEST_P(PatientRepositoryTest, SearchIsAccentAndCaseInsensitiveOnBothBackends)
{
    GRADUS_OPEN_WORKSPACE(fx);
    PatientRepository repo(fx.ws());
    const qint64 zoeId = addOrFail(zoe());
    const qint64 soren = addOrFail(
        samplePatient(QStringLiteral("Søren"), QStringLiteral("Østergaard"), QDate(1990, 6, 30)));
    const qint64 lukasz = addOrFail(
        samplePatient(QStringLiteral("Łukasz"), QStringLiteral("Straßer"), QDate(1960, 1, 9)));
    Patient old = samplePatient(QStringLiteral("Zoe"), QStringLiteral("Archer"), QDate(1950, 1, 1));
    old.archived = true;
    const qint64 archer = addOrFail(old);

    const auto ids = [&repo](const QString& text, bool archived = false) {
        QList<qint64> list;
        const auto found = repo.search(text, archived);
        for (const Patient& p : *found)
            list << p.id;
        return list;
    };
    EXPECT_EQ(ids(QStringLiteral("zoe")), QList<qint64>{zoeId});
    EXPECT_EQ(ids(QStringLiteral("ZOË mül")), QList<qint64>{zoeId});
    EXPECT_EQ(ids(QStringLiteral("mueller")), QList<qint64>{zoeId});
    EXPECT_EQ(ids(QStringLiteral("soren")), QList<qint64>{soren});
    EXPECT_EQ(ids(QStringLiteral("strasse")), QList<qint64>{lukasz});
    EXPECT_EQ(ids(QStringLiteral("k-10")), QList<qint64>{zoeId});
    EXPECT_EQ(ids(QStringLiteral("14.03.1985")), QList<qint64>{zoeId});
    EXPECT_EQ(ids(QStringLiteral("zoe"), true), (QList<qint64>{archer, zoeId}));
    // LIKE wildcards in the query are taken literally.
    EXPECT_TRUE(ids(QStringLiteral("%")).isEmpty());
    EXPECT_TRUE(ids(QStringLiteral("_")).isEmpty());
    EXPECT_EQ(ids(QString()).size(), 3);
}

TEST_P(PatientRepositoryTest, EraseRemovesThePatientWithEpisodesAndConditions)
{
    GRADUS_OPEN_WORKSPACE(fx);
    PatientRepository repo(fx.ws());
    const qint64 keep = addOrFail(
        samplePatient(QStringLiteral("Anna"), QStringLiteral("Adams"), QDate(1960, 5, 5)));
    const qint64 gone = addOrFail(zoe());
    EpisodeRepository episodes(fx.ws());
    ConditionRepository conditions(fx.ws());
    for (qint64 id : {keep, gone}) {
        auto e = episodes.ensureOpenEpisode(id, QStringLiteral("Low back pain"));
        ASSERT_TRUE(e);
        Condition c;
        c.episodeId = e->id;
        c.code = QStringLiteral("sciatica");
        c.side = Condition::Side::Left;
        ASSERT_TRUE(conditions.add(c));
    }
    QSignalSpy removed(&fx.ws().notifier(), &StoreNotifier::removed);
    auto erased = repo.erase(gone);
    ASSERT_TRUE(erased) << erased.error().message.toStdString();
    EXPECT_EQ(erased->episodes, 1);
    EXPECT_EQ(erased->conditions, 1);
    EXPECT_FALSE(repo.get(gone));
    EXPECT_EQ(fx.count(QStringLiteral("patient")), 1);
    EXPECT_EQ(fx.count(QStringLiteral("episode")), 1);
    EXPECT_EQ(fx.count(QStringLiteral("episode_condition")), 1);
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed[0][1].toLongLong(), gone);
    EXPECT_FALSE(repo.erase(gone));
}

TEST_P(PatientRepositoryTest, ReinsertPutsBackThePatientWithItsId)
{
    GRADUS_OPEN_WORKSPACE(fx);
    PatientRepository repo(fx.ws());
    const qint64 id = addOrFail(zoe());
    const Patient before = *repo.get(id);
    ASSERT_TRUE(repo.erase(id));
    auto again = repo.reinsert(before);
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_EQ(*again, id);
    EXPECT_EQ(repo.get(id)->clinicNumber, before.clinicNumber);
    EXPECT_EQ(repo.get(id)->createdAt, before.createdAt);
    // New patients still get fresh ids after a reinsert.
    const qint64 next =
        addOrFail(samplePatient(QStringLiteral("Ben"), QStringLiteral("Eze"), QDate(1990, 1, 1)));
    EXPECT_GT(next, id);
}

INSTANTIATE_TEST_SUITE_P(Backends, PatientRepositoryTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         test::backendName);
