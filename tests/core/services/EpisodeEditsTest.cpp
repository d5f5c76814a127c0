// Adding a condition to the patient's open episode of care (EpisodeEdits::addToOpenEpisode),
// on SQLite and PostgreSQL: the rule the CLI and any other caller share. An episode is opened
// when none is, dated from a complaint's onset; a refused condition leaves no episode behind.

#include "services/EpisodeRecords.h"
#include "services/PatientRecords.h"
#include "storage/PatientRepository.h"
#include "support/PatientFixtures.h"

#include <gtest/gtest.h>

using namespace gradus;
using gradus::test::samplePatient;
using gradus::test::WorkspaceFixture;

namespace {

class EpisodeEditsTest : public testing::TestWithParam<SqlBackend>
{
protected:
    EpisodeEditsTest() : fx(GetParam()) {}

    qint64 addPatient()
    {
        auto id = PatientRepository(fx.ws()).add(
            samplePatient(u"Iris"_qs, u"Quill"_qs, QDate(1980, 5, 17)));
        return id ? *id : 0;
    }

    WorkspaceFixture fx;
};

TEST_P(EpisodeEditsTest, AComplaintOpensAnEpisodeDatedFromItsOnset)
{
    GRADUS_OPEN_WORKSPACE(fx);
    const qint64 patientId = addPatient();
    ASSERT_GT(patientId, 0);
    Condition sciatica;
    sciatica.code = u"sciatica"_qs;
    sciatica.side = Condition::Side::Left;
    sciatica.onsetDate = fx.clock.today().addDays(-20);
    auto added = EpisodeEdits(fx.ws()).addToOpenEpisode(patientId, sciatica);
    ASSERT_TRUE(added) << added.error().message.toStdString();
    EXPECT_TRUE(added->episodeOpened);
    auto open = EpisodeRecords(fx.ws()).openEpisode(patientId);
    ASSERT_TRUE(open && open->has_value());
    EXPECT_EQ((*open)->onsetDate, sciatica.onsetDate) << "the phase of care can be known";
    auto stored = EpisodeRecords(fx.ws()).condition(added->conditionId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->episodeId, (*open)->id);

    // A second one joins the same episode and leaves its onset alone.
    Condition pregnancy;
    pregnancy.code = u"pregnancy"_qs;
    pregnancy.amount = 12;
    pregnancy.onsetDate = fx.clock.today().addDays(-80);
    auto second = EpisodeEdits(fx.ws()).addToOpenEpisode(patientId, pregnancy);
    ASSERT_TRUE(second) << second.error().message.toStdString();
    EXPECT_FALSE(second->episodeOpened);
    auto episodes = EpisodeRecords(fx.ws()).episodes(patientId);
    ASSERT_TRUE(episodes);
    ASSERT_EQ(episodes->size(), 1);
    EXPECT_EQ(episodes->first().onsetDate, sciatica.onsetDate);
}

TEST_P(EpisodeEditsTest, ARefusedConditionLeavesNoEpisodeBehind)
{
    GRADUS_OPEN_WORKSPACE(fx);
    const qint64 patientId = addPatient();
    ASSERT_GT(patientId, 0);
    Condition pregnancy;
    pregnancy.code = u"pregnancy"_qs;
    pregnancy.amount = 99; // beyond 42 weeks
    auto added = EpisodeEdits(fx.ws()).addToOpenEpisode(patientId, pregnancy);
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().code, u"condition.invalid"_qs);
    auto episodes = EpisodeRecords(fx.ws()).episodes(patientId);
    ASSERT_TRUE(episodes);
    EXPECT_TRUE(episodes->isEmpty()) << "the episode opened for it was rolled back";
}

TEST_P(EpisodeEditsTest, AnUnknownPatientIsNamed)
{
    GRADUS_OPEN_WORKSPACE(fx);
    Condition sciatica;
    sciatica.code = u"sciatica"_qs;
    auto added = EpisodeEdits(fx.ws()).addToOpenEpisode(987654, sciatica);
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().code, u"patient.not_found"_qs);
}

INSTANTIATE_TEST_SUITE_P(Backends, EpisodeEditsTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         test::backendName);

} // namespace
