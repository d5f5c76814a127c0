#include "storage/EpisodeRepository.h"
#include "storage/ConditionRepository.h"
#include "storage/PatientRepository.h"
#include "storage/UnitOfWork.h"

#include "patients/CarePhase.h"
#include "support/PatientFixtures.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace gradus;
using gradus::test::samplePatient;
using gradus::test::WorkspaceFixture;

namespace {

class EpisodeRepositoryTest : public testing::TestWithParam<SqlBackend>
{
protected:
    EpisodeRepositoryTest() : fx(GetParam()) {}

    qint64 patient()
    {
        auto id = PatientRepository(fx.ws()).add(
            samplePatient(QStringLiteral("Ana"), QStringLiteral("García"), QDate(1980, 4, 4)));
        EXPECT_TRUE(id);
        return id ? *id : 0;
    }

    Episode episode(qint64 patientId, int onsetDaysAgo)
    {
        Episode e;
        e.patientId = patientId;
        e.complaint = QStringLiteral("Low back pain with left leg pain");
        e.onsetDate = fx.clock.today().addDays(-onsetDaysAgo);
        e.openedOn = fx.clock.today();
        return e;
    }

    Condition condition(qint64 episodeId, const QString& code)
    {
        Condition c;
        c.episodeId = episodeId;
        c.code = code;
        return c;
    }

    WorkspaceFixture fx;
};

} // namespace

TEST_P(EpisodeRepositoryTest, OneOpenEpisodeAtATime)
{
    GRADUS_OPEN_WORKSPACE(fx);
    EpisodeRepository repo(fx.ws());
    const qint64 pid = patient();
    EXPECT_FALSE(repo.openEpisode(pid)->has_value());

    auto first = repo.add(episode(pid, 10));
    ASSERT_TRUE(first) << first.error().message.toStdString();
    auto open = repo.openEpisode(pid);
    ASSERT_TRUE(open && open->has_value());
    EXPECT_EQ((*open)->id, *first);
    EXPECT_EQ(CarePhase::of(**open, fx.clock), CarePhase::Phase::Acute);

    auto second = repo.add(episode(pid, 3));
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, QStringLiteral("episode.already_open"));
    EXPECT_EQ(fx.count(QStringLiteral("episode")), 1);

    fx.clock.advanceDays(50);
    auto closed = repo.close(*first);
    ASSERT_TRUE(closed) << closed.error().message.toStdString();
    EXPECT_EQ(closed->closedOn, fx.clock.today());
    EXPECT_FALSE(repo.close(*first)); // already closed
    EXPECT_FALSE(repo.openEpisode(pid)->has_value());

    auto third = repo.add(episode(pid, 2));
    ASSERT_TRUE(third);
    // Newest first.
    auto all = repo.forPatient(pid);
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).id, *third);
    EXPECT_EQ(all->at(1).id, *first);

    // Reopening the first while the third is open is refused.
    Episode reopen = *repo.get(*first);
    reopen.closedOn = {};
    auto refused = repo.update(reopen);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("episode.already_open"));
}

TEST_P(EpisodeRepositoryTest, EnsureOpenEpisodeOpensOnlyWhenNoneIsOpen)
{
    GRADUS_OPEN_WORKSPACE(fx);
    EpisodeRepository repo(fx.ws());
    const qint64 pid = patient();
    QSignalSpy added(&fx.ws().notifier(), &StoreNotifier::added);
    auto opened = repo.ensureOpenEpisode(pid);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_EQ(opened->complaint, QStringLiteral("Complaint not yet recorded"));
    EXPECT_EQ(opened->openedOn, fx.clock.today());
    EXPECT_TRUE(opened->isOpen());
    EXPECT_EQ(added.count(), 1);
    auto same = repo.ensureOpenEpisode(pid, QStringLiteral("ignored"));
    ASSERT_TRUE(same);
    EXPECT_EQ(same->id, opened->id);
    EXPECT_EQ(added.count(), 1);
    EXPECT_EQ(fx.count(QStringLiteral("episode")), 1);

    auto nobody = repo.ensureOpenEpisode(pid + 999);
    ASSERT_FALSE(nobody);
    EXPECT_EQ(nobody.error().code, QStringLiteral("patient.not_found"));
    EXPECT_EQ(fx.count(QStringLiteral("episode")), 1);
}

TEST_P(EpisodeRepositoryTest, EnsureOpenEpisodeJoinsACallersTransaction)
{
    GRADUS_OPEN_WORKSPACE(fx);
    EpisodeRepository repo(fx.ws());
    const qint64 pid = patient();
    ASSERT_TRUE(repo.ensureOpenEpisode(pid));
    // Finding the open episode inside an outer transaction must not spoil that transaction
    // (gradus-cli condition add does exactly this).
    UnitOfWork tx(fx.ws().db());
    auto found = repo.ensureOpenEpisode(pid);
    ASSERT_TRUE(found);
    Condition c;
    c.episodeId = found->id;
    c.code = QStringLiteral("osteoporosis");
    ASSERT_TRUE(ConditionRepository(fx.ws()).add(c));
    EXPECT_TRUE(tx.commit());
    EXPECT_EQ(fx.count(QStringLiteral("episode_condition")), 1);
}

TEST_P(EpisodeRepositoryTest, InvalidEpisodesAreRefused)
{
    GRADUS_OPEN_WORKSPACE(fx);
    EpisodeRepository repo(fx.ws());
    const qint64 pid = patient();
    Episode e = episode(pid, -3); // onset in the future
    auto refused = repo.add(e);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("episode.invalid"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("in the future")));
    EXPECT_EQ(fx.count(QStringLiteral("episode")), 0);
}

TEST_P(EpisodeRepositoryTest, ConditionsWithSideAmountAndStatus)
{
    GRADUS_OPEN_WORKSPACE(fx);
    EpisodeRepository episodes(fx.ws());
    ConditionRepository repo(fx.ws());
    const qint64 pid = patient();
    const qint64 eid = *episodes.add(episode(pid, 20));

    Condition sciatica = condition(eid, QStringLiteral("sciatica"));
    sciatica.side = Condition::Side::Left;
    sciatica.onsetDate = fx.clock.today().addDays(-20);
    Condition pregnancy = condition(eid, QStringLiteral("pregnancy"));
    pregnancy.amount = 24;
    pregnancy.note = QStringLiteral("Due in July");
    Condition old = condition(eid, QStringLiteral("recent_surgery"));
    old.status = Condition::Status::Resolved;
    QSignalSpy added(&fx.ws().notifier(), &StoreNotifier::added);
    const qint64 s = *repo.add(sciatica);
    const qint64 p = *repo.add(pregnancy);
    const qint64 r = *repo.add(old);
    EXPECT_EQ(added.count(), 3);
    EXPECT_EQ(added[0][0].value<StoreNotifier::Kind>(), StoreNotifier::Kind::Condition);

    auto active = repo.active(eid);
    ASSERT_TRUE(active);
    ASSERT_EQ(active->size(), 2);
    // Known onsets first (newest first), unknown last, on both backends.
    EXPECT_EQ(active->at(0).id, s);
    EXPECT_EQ(active->at(0).side, Condition::Side::Left);
    EXPECT_EQ(active->at(0).onsetDate, fx.clock.today().addDays(-20));
    EXPECT_EQ(active->at(1).id, p);
    EXPECT_EQ(active->at(1).amount, 24);
    EXPECT_EQ(active->at(1).note, QStringLiteral("Due in July"));
    EXPECT_FALSE(active->at(0).amount.has_value());

    auto all = repo.forEpisode(eid);
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(2).id, r);
    EXPECT_EQ(all->at(2).status, Condition::Status::Resolved);

    auto forPatient = repo.activeForPatient(pid);
    ASSERT_TRUE(forPatient);
    EXPECT_EQ(forPatient->size(), 2);
    ASSERT_TRUE(episodes.close(eid));
    EXPECT_TRUE(repo.activeForPatient(pid)->isEmpty()); // no open episode any more
}

TEST_P(EpisodeRepositoryTest, InvalidOrDuplicateConditionsAreRefused)
{
    GRADUS_OPEN_WORKSPACE(fx);
    EpisodeRepository episodes(fx.ws());
    ConditionRepository repo(fx.ws());
    const qint64 eid = *episodes.add(episode(patient(), 5));

    Condition unknown = condition(eid, QStringLiteral("broken_leg"));
    auto refused = repo.add(unknown);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("condition.invalid"));

    Condition sided = condition(eid, QStringLiteral("osteoporosis"));
    sided.side = Condition::Side::Right;
    EXPECT_FALSE(repo.add(sided));
    Condition weeks = condition(eid, QStringLiteral("pregnancy"));
    weeks.amount = 50;
    EXPECT_FALSE(repo.add(weeks));
    EXPECT_FALSE(repo.add(condition(eid + 100, QStringLiteral("osteoporosis"))));
    EXPECT_EQ(fx.count(QStringLiteral("episode_condition")), 0);

    Condition left = condition(eid, QStringLiteral("sciatica"));
    left.side = Condition::Side::Left;
    ASSERT_TRUE(repo.add(left));
    auto twice = repo.add(left);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, QStringLiteral("condition.duplicate"));
    EXPECT_EQ(twice.error().message,
              QStringLiteral("Sciatica (radicular leg pain) (left) is already an active part of "
                             "this episode's profile."));
    Condition right = left;
    right.side = Condition::Side::Right;
    EXPECT_TRUE(repo.add(right));
    EXPECT_EQ(fx.count(QStringLiteral("episode_condition")), 2);
}

TEST_P(EpisodeRepositoryTest, UpdateRemoveAndReinsertConditions)
{
    GRADUS_OPEN_WORKSPACE(fx);
    EpisodeRepository episodes(fx.ws());
    ConditionRepository repo(fx.ws());
    const qint64 eid = *episodes.add(episode(patient(), 5));
    const qint64 id = *repo.add(condition(eid, QStringLiteral("acute_nonspecific_lbp")));
    Condition c = *repo.get(id);
    c.status = Condition::Status::Resolved;
    fx.clock.advanceDays(1);
    auto saved = repo.update(c);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    EXPECT_EQ(saved->status, Condition::Status::Resolved);
    EXPECT_TRUE(repo.active(eid)->isEmpty());
    // A stale copy does not overwrite.
    c.note = QStringLiteral("stale");
    EXPECT_FALSE(repo.update(c));

    const Condition before = *repo.get(id);
    ASSERT_TRUE(repo.remove(id));
    EXPECT_FALSE(repo.get(id));
    ASSERT_TRUE(repo.reinsert(before));
    EXPECT_EQ(*repo.get(id), before);
}

TEST_P(EpisodeRepositoryTest, RemovingAnEpisodeRemovesItsConditions)
{
    GRADUS_OPEN_WORKSPACE(fx);
    EpisodeRepository episodes(fx.ws());
    ConditionRepository conditions(fx.ws());
    const qint64 eid = *episodes.add(episode(patient(), 5));
    ASSERT_TRUE(conditions.add(condition(eid, QStringLiteral("hypermobility"))));
    const Episode before = *episodes.get(eid);
    ASSERT_TRUE(episodes.remove(eid));
    EXPECT_EQ(fx.count(QStringLiteral("episode")), 0);
    EXPECT_EQ(fx.count(QStringLiteral("episode_condition")), 0);
    ASSERT_TRUE(episodes.reinsert(before));
    EXPECT_EQ(*episodes.get(eid), before);
}

INSTANTIATE_TEST_SUITE_P(Backends, EpisodeRepositoryTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         test::backendName);
