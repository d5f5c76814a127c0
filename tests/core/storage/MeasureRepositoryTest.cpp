// Outcome measures on SQLite and PostgreSQL: answers stored by item number with the score,
// PSFS activities named once per episode, amendments keep the original.
#include "storage/MeasureRepository.h"
#include "Workspace.h"
#include "outcomes/ProgressData.h"
#include "services/ProgressLoader.h"
#include "storage/VisitRepository.h"
#include "support/TestStore.h"
#include "support/VisitFixtures.h"

#include <gtest/gtest.h>

using namespace gradus;
using gradus::test::TestStore;

namespace {

class MeasureRepositoryTest : public testing::TestWithParam<SqlBackend>
{
protected:
    void SetUp() override
    {
        m_store = std::make_unique<TestStore>(GetParam());
        GRADUS_REQUIRE_STORE(*m_store);
        auto db = m_store->open();
        ASSERT_TRUE(db);
        m_workspace = std::make_unique<Workspace>(std::move(db), m_clock);
        m_patient = test::insertPatient(m_workspace->db());
        m_episode = test::insertEpisode(m_workspace->db(), m_patient);
    }

    MeasureInput input(Instrument instrument, const QString& answers, const QDate& date) const
    {
        MeasureInput in;
        in.patientId = m_patient;
        in.episodeId = m_episode;
        in.instrument = instrument;
        in.takenOn = date;
        in.answers = *OutcomeScoring::parseAnswers(instrument, answers);
        return in;
    }

    std::unique_ptr<TestStore> m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_patient = 0;
    qint64 m_episode = 0;
};

} // namespace

TEST_P(MeasureRepositoryTest, StoresAnswersByItemNumberAndTheScore)
{
    MeasureRepository repo(*m_workspace);
    auto id =
        repo.add(input(Instrument::Odi, QStringLiteral("3,2,2,1,2,1,2,x,2,1"), QDate(2026, 10, 1)),
                 QStringLiteral("Pat"));
    ASSERT_TRUE(id) << id.error().message.toStdString();
    auto q = m_workspace->db().exec(
        QStringLiteral("SELECT r.answers, r.score, r.band, m.instrument FROM measure m JOIN "
                       "measure_revision r ON r.measure_id = m.id WHERE m.id = ?"),
        {*id});
    ASSERT_TRUE(q && q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("3,2,2,1,2,1,2,x,2,1"));
    EXPECT_DOUBLE_EQ(q->value(1).toDouble(), 35.6);
    EXPECT_EQ(q->value(2).toString(), QStringLiteral("moderate"));
    EXPECT_EQ(q->value(3).toString(), QStringLiteral("odi"));

    auto m = repo.find(*id);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->instrument, Instrument::Odi);
    EXPECT_EQ(m->takenOn, QDate(2026, 10, 1));
    EXPECT_FALSE(m->answers[7].has_value());
    EXPECT_EQ(m->score.missing, 1);
    EXPECT_EQ(m->episodeId, m_episode);

    auto sb = repo.add(
        input(Instrument::StartBack, QStringLiteral("1,1,0,1,1,1,1,0,4"), QDate(2026, 10, 1)),
        QStringLiteral("Pat"));
    ASSERT_TRUE(sb);
    EXPECT_EQ(repo.find(*sb)->score.band, QStringLiteral("high"));
    EXPECT_EQ(*repo.find(*sb)->score.subscale, 4);
}

TEST_P(MeasureRepositoryTest, RefusesInvalidMeasuresAndWritesNothing)
{
    MeasureRepository repo(*m_workspace);
    MeasureInput bad =
        input(Instrument::Odi, QStringLiteral("1,1,1,1,1,1,1,1,1,1"), QDate(2026, 10, 1));
    bad.answers[3] = 7;
    auto r = repo.add(bad, QStringLiteral("Pat"));
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("section 4 is 7")));
    auto future = repo.add(input(Instrument::Rmdq,
                                 QStringLiteral("1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"),
                                 QDate(2026, 11, 22)),
                           QStringLiteral("Pat"));
    ASSERT_FALSE(future);
    EXPECT_TRUE(future.error().message.contains(QStringLiteral("future")));
    MeasureInput otherVisit = input(
        Instrument::Tsk, QStringLiteral("2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2"), QDate(2026, 10, 1));
    otherVisit.visitId = 12345;
    EXPECT_FALSE(repo.add(otherVisit, QStringLiteral("Pat")));
    EXPECT_EQ(test::countRows(m_workspace->db(), QStringLiteral("measure")), 0);
    EXPECT_EQ(test::countRows(m_workspace->db(), QStringLiteral("measure_revision")), 0);
}

TEST_P(MeasureRepositoryTest, PsfsActivitiesAreNamedOncePerEpisodeAndReRated)
{
    MeasureRepository repo(*m_workspace);
    MeasureInput first = input(Instrument::Psfs, QStringLiteral("2,3,4"), QDate(2026, 10, 1));
    auto unnamed = repo.add(first, QStringLiteral("Pat"));
    ASSERT_FALSE(unnamed);
    EXPECT_TRUE(unnamed.error().message.contains(QStringLiteral("names its activities")));
    EXPECT_EQ(test::countRows(m_workspace->db(), QStringLiteral("psfs_activity")), 0);

    first.psfsActivities = {QStringLiteral("Sitting through a film"),
                            QStringLiteral("Lifting a shopping bag"),
                            QStringLiteral("Walking to the station")};
    ASSERT_TRUE(repo.add(first, QStringLiteral("Pat")));
    auto named = repo.psfsActivities(m_patient, m_episode);
    ASSERT_TRUE(named);
    ASSERT_EQ(named->size(), 3);
    EXPECT_EQ(named->at(1).name, QStringLiteral("Lifting a shopping bag"));
    EXPECT_EQ(named->at(1).position, 2);

    // A follow-up re-rates the same three; renaming or a different count is refused.
    MeasureInput followUp = input(Instrument::Psfs, QStringLiteral("5,6,7"), QDate(2026, 11, 1));
    ASSERT_TRUE(repo.add(followUp, QStringLiteral("Pat")));
    MeasureInput renamed = followUp;
    renamed.psfsActivities = {QStringLiteral("Running"), QStringLiteral("b"), QStringLiteral("c")};
    auto r1 = repo.add(renamed, QStringLiteral("Pat"));
    ASSERT_FALSE(r1);
    EXPECT_TRUE(r1.error().message.contains(QStringLiteral("already named")));
    MeasureInput four = input(Instrument::Psfs, QStringLiteral("5,6,7,8"), QDate(2026, 11, 1));
    auto r2 = repo.add(four, QStringLiteral("Pat"));
    ASSERT_FALSE(r2);
    EXPECT_TRUE(r2.error().message.contains(QStringLiteral("give 3 ratings")));
    EXPECT_EQ(test::countRows(m_workspace->db(), QStringLiteral("psfs_activity")), 3);

    // A new episode names its own activities.
    const qint64 next = test::insertEpisode(m_workspace->db(), m_patient,
                                            QStringLiteral("Sciatica"), QDate(2026, 11, 10));
    MeasureInput other = input(Instrument::Psfs, QStringLiteral("1,2,3,4"), QDate(2026, 11, 12));
    other.episodeId = next;
    other.psfsActivities = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                            QStringLiteral("d")};
    ASSERT_TRUE(repo.add(other, QStringLiteral("Pat")));
    EXPECT_EQ(repo.psfsActivities(m_patient, next)->size(), 4);

    auto progress = ProgressLoader::load(*m_workspace, m_patient);
    ASSERT_TRUE(progress);
    EXPECT_EQ(progress->psfsActivities.size(), 4);
}

TEST_P(MeasureRepositoryTest, AmendmentKeepsTheOriginal)
{
    MeasureRepository repo(*m_workspace);
    auto id = repo.add(input(Instrument::Rmdq,
                             QStringLiteral("1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"),
                             QDate(2026, 10, 1)),
                       QStringLiteral("Pat"));
    ASSERT_TRUE(id);
    const MeasureAnswers corrected = *OutcomeScoring::parseAnswers(
        Instrument::Rmdq, QStringLiteral("1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"));
    EXPECT_FALSE(repo.amend(*id, QDate(2026, 10, 1), corrected, QStringLiteral("Sam"), QString()));
    auto rev = repo.amend(*id, QDate(2026, 10, 1), corrected, QStringLiteral("Sam"),
                          QStringLiteral("item 9 missed when copying"));
    ASSERT_TRUE(rev) << rev.error().message.toStdString();
    EXPECT_EQ(*rev, 2);
    EXPECT_DOUBLE_EQ(repo.find(*id)->score.score, 9);
    auto history = repo.history(*id);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 2);
    EXPECT_DOUBLE_EQ(history->at(0).score.score, 8);
    EXPECT_EQ(history->at(0).recordedBy, QStringLiteral("Pat"));
    EXPECT_EQ(history->at(1).reason, QStringLiteral("item 9 missed when copying"));

    ASSERT_TRUE(repo.markEnteredInError(*id, QStringLiteral("Sam"), QStringLiteral("duplicate")));
    EXPECT_TRUE(repo.listForPatient(m_patient)->isEmpty());
    EXPECT_EQ(repo.history(*id)->size(), 3);
}

TEST_P(MeasureRepositoryTest, ProgressDataJudgesBaselineToLatest)
{
    MeasureRepository measures(*m_workspace);
    VisitRepository visits(*m_workspace);
    const int pains[] = {7, 6, 4, 3};
    for (int i = 0; i < 4; ++i) {
        VisitRecord r;
        r.date = QDate(2026, 10, 1).addDays(i * 14);
        r.clinician = QStringLiteral("Pat");
        r.painNow = pains[i];
        r.painBest = pains[i] - 1;
        r.painWorst = pains[i] + 2;
        r.activityMinutes = 10 + 10 * i;
        ASSERT_TRUE(visits.add(m_patient, m_episode, r, QStringLiteral("Pat")));
    }
    ASSERT_TRUE(measures.add(
        input(Instrument::Odi, QStringLiteral("4,4,4,4,4,0,0,0,0,0"), QDate(2026, 10, 1)),
        QStringLiteral("Pat")));
    ASSERT_TRUE(measures.add(
        input(Instrument::Odi, QStringLiteral("2,2,2,2,2,0,0,0,0,0"), QDate(2026, 11, 12)),
        QStringLiteral("Pat")));

    auto data = ProgressLoader::load(*m_workspace, m_patient);
    ASSERT_TRUE(data);
    EXPECT_EQ(data->visits.size(), 4);
    EXPECT_EQ(data->pain.points.size(), 4);
    EXPECT_EQ(data->pain.bandHigh.at(0).value, 9);
    ASSERT_EQ(data->measureSeries.size(), 1);
    EXPECT_EQ(data->measureSeries.first().key, QStringLiteral("odi"));
    ASSERT_FALSE(data->measureSeries.first().references.isEmpty());
    EXPECT_DOUBLE_EQ(data->measureSeries.first().references.first().value, 30.0);

    const auto changeOf = [&](const QString& key) {
        for (const Change& c : data->changes)
            if (c.key == key)
                return c;
        ADD_FAILURE() << key.toStdString();
        return Change{};
    };
    const Change pain = changeOf(QStringLiteral("nprs"));
    EXPECT_DOUBLE_EQ(pain.baseline, 7);
    EXPECT_DOUBLE_EQ(pain.latest, 3);
    EXPECT_EQ(pain.verdict, Change::Verdict::ImportantImprovement);
    const Change odi = changeOf(QStringLiteral("odi"));
    EXPECT_DOUBLE_EQ(odi.baseline, 40);
    EXPECT_DOUBLE_EQ(odi.latest, 20);
    EXPECT_EQ(odi.verdict, Change::Verdict::ImportantImprovement);
    EXPECT_EQ(odi.baselineBand, QStringLiteral("moderate"));
    EXPECT_EQ(odi.latestBand, QStringLiteral("minimal"));
    EXPECT_EQ(changeOf(QStringLiteral("activity")).verdict, Change::Verdict::NotJudged);

    EXPECT_FALSE(ProgressLoader::load(*m_workspace, m_patient + 50));
}

INSTANTIATE_TEST_SUITE_P(Backends, MeasureRepositoryTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         [](const testing::TestParamInfo<SqlBackend>& info) {
                             return info.param == SqlBackend::Sqlite ? "Sqlite" : "Postgres";
                         });
