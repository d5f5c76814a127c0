// Undoing the addition of a patient or an episode (PatientEdits/EpisodeEdits::withdrawAdded), and
// removing a condition as it was seen (EpisodeEdits::withdrawCondition), on SQLite and
// PostgreSQL: an undo never takes away, or unlinks, anything recorded or changed after it.

#include "core/storage/PacingStoreFixture.h"
#include "services/EpisodeRecords.h"
#include "services/PatientEdits.h"
#include "services/PatientRecords.h"
#include "services/VisitRecords.h"
#include "support/PatientFixtures.h"

#include <gtest/gtest.h>

using namespace gradus;
using gradus::test::samplePatient;
using gradus::test::WorkspaceFixture;

namespace {

class UndoOfAnAdditionTest : public testing::TestWithParam<SqlBackend>
{
protected:
    UndoOfAnAdditionTest() : fx(GetParam()) {}

    qint64 addPatient()
    {
        auto id =
            PatientEdits(fx.ws()).add(samplePatient(u"Iris"_qs, u"Quill"_qs, QDate(1980, 5, 17)));
        return id ? *id : 0;
    }

    qint64 addEpisode(qint64 patientId)
    {
        Episode e;
        e.patientId = patientId;
        e.complaint = u"Low back pain"_qs;
        e.openedOn = fx.clock.today();
        auto id = EpisodeEdits(fx.ws()).addEpisode(e);
        return id ? *id : 0;
    }

    Result<qint64> addVisit(qint64 patientId, std::optional<qint64> episodeId)
    {
        return VisitEdits(fx.ws()).addVisit(patientId, episodeId, test::goodVisit(fx.clock.today()),
                                            u"Pat"_qs);
    }

    Condition addCondition(qint64 episodeId)
    {
        Condition c;
        c.episodeId = episodeId;
        c.code = u"sciatica"_qs;
        c.side = Condition::Side::Left;
        auto id = EpisodeEdits(fx.ws()).addCondition(c);
        if (!id)
            return {};
        auto stored = EpisodeRecords(fx.ws()).condition(*id);
        return stored ? *stored : Condition{};
    }

    Patient stored(qint64 id)
    {
        auto p = PatientRecords(fx.ws()).get(id);
        return p ? *p : Patient{};
    }

    WorkspaceFixture fx;
};

TEST_P(UndoOfAnAdditionTest, APatientWithNothingRecordedIsTakenAwayAndComesBackAsItWas)
{
    GRADUS_OPEN_WORKSPACE(fx);
    const qint64 id = addPatient();
    ASSERT_GT(id, 0);
    auto withdrawn = PatientEdits(fx.ws()).withdrawAdded(stored(id));
    ASSERT_TRUE(withdrawn) << withdrawn.error().message.toStdString();
    EXPECT_EQ(withdrawn->familyName, u"Quill"_qs);
    EXPECT_FALSE(PatientRecords(fx.ws()).get(id));
    auto back = PatientEdits(fx.ws()).reinsert(*withdrawn);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, id);
}

TEST_P(UndoOfAnAdditionTest, APatientWithAVisitRecordedSinceIsKeptWithTheVisit)
{
    GRADUS_OPEN_WORKSPACE(fx);
    const qint64 id = addPatient();
    ASSERT_GT(id, 0);
    // No episode: before, only episodes were looked for, and the visit went with the patient.
    auto visit = addVisit(id, std::nullopt);
    ASSERT_TRUE(visit) << visit.error().message.toStdString();
    auto withdrawn = PatientEdits(fx.ws()).withdrawAdded(stored(id));
    ASSERT_FALSE(withdrawn);
    EXPECT_EQ(withdrawn.error().code, u"undo.patient_in_use"_qs);
    EXPECT_EQ(withdrawn.error().kind(), ErrorKind::Refused);
    EXPECT_TRUE(PatientRecords(fx.ws()).get(id));
    EXPECT_EQ(fx.count(u"visit"_qs), 1);
}

TEST_P(UndoOfAnAdditionTest, APatientChangedSinceIsAConflict)
{
    GRADUS_OPEN_WORKSPACE(fx);
    const qint64 id = addPatient();
    ASSERT_GT(id, 0);
    const Patient added = stored(id);
    ASSERT_TRUE(PatientEdits(fx.ws()).edit(id, [](Patient& p) {
        p.phone = u"01632 960001"_qs;
        return Status{};
    }));
    auto withdrawn = PatientEdits(fx.ws()).withdrawAdded(added);
    ASSERT_FALSE(withdrawn);
    EXPECT_EQ(withdrawn.error().kind(), ErrorKind::Conflict);
    EXPECT_TRUE(PatientRecords(fx.ws()).get(id));
}

TEST_P(UndoOfAnAdditionTest, AnEpisodeWithAVisitInItIsKeptAndTheVisitStaysInIt)
{
    GRADUS_OPEN_WORKSPACE(fx);
    const qint64 patientId = addPatient();
    const qint64 episodeId = addEpisode(patientId);
    ASSERT_GT(episodeId, 0);
    auto visit = addVisit(patientId, episodeId);
    ASSERT_TRUE(visit) << visit.error().message.toStdString();
    // Before, only conditions were looked for, and removing the episode unlinked the visit.
    auto withdrawn =
        EpisodeEdits(fx.ws()).withdrawAdded(*EpisodeRecords(fx.ws()).episode(episodeId));
    ASSERT_FALSE(withdrawn);
    EXPECT_EQ(withdrawn.error().code, u"undo.episode_in_use"_qs);
    auto stored = VisitRecords(fx.ws()).visit(*visit);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->episodeId, std::optional<qint64>(episodeId));
}

TEST_P(UndoOfAnAdditionTest, AnEmptyEpisodeIsTakenAwayAndComesBackAsItWas)
{
    GRADUS_OPEN_WORKSPACE(fx);
    const qint64 patientId = addPatient();
    const qint64 episodeId = addEpisode(patientId);
    ASSERT_GT(episodeId, 0);
    auto withdrawn =
        EpisodeEdits(fx.ws()).withdrawAdded(*EpisodeRecords(fx.ws()).episode(episodeId));
    ASSERT_TRUE(withdrawn) << withdrawn.error().message.toStdString();
    EXPECT_FALSE(EpisodeRecords(fx.ws()).episode(episodeId));
    auto back = EpisodeEdits(fx.ws()).reinsertEpisode(*withdrawn);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, episodeId);
}

TEST_P(UndoOfAnAdditionTest, AConditionAsSeenIsRemovedAndComesBackAsItWas)
{
    GRADUS_OPEN_WORKSPACE(fx);
    const Condition seen = addCondition(addEpisode(addPatient()));
    ASSERT_GT(seen.id, 0);
    auto withdrawn = EpisodeEdits(fx.ws()).withdrawCondition(seen);
    ASSERT_TRUE(withdrawn) << withdrawn.error().message.toStdString();
    EXPECT_FALSE(EpisodeRecords(fx.ws()).condition(seen.id));
    auto back = EpisodeEdits(fx.ws()).reinsertCondition(*withdrawn);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, seen.id);
    EXPECT_EQ(EpisodeRecords(fx.ws()).condition(seen.id)->side, Condition::Side::Left);
}

TEST_P(UndoOfAnAdditionTest, AConditionChangedSinceItWasSeenIsKeptWithTheChange)
{
    GRADUS_OPEN_WORKSPACE(fx);
    const Condition seen = addCondition(addEpisode(addPatient()));
    ASSERT_GT(seen.id, 0);
    // Another desk records the onset: the phase of care, and so the safety rules, rest on it.
    Condition dated = seen;
    dated.onsetDate = fx.clock.today().addDays(-10);
    ASSERT_TRUE(EpisodeEdits(fx.ws()).updateCondition(dated));
    auto withdrawn = EpisodeEdits(fx.ws()).withdrawCondition(seen);
    ASSERT_FALSE(withdrawn);
    EXPECT_EQ(withdrawn.error().kind(), ErrorKind::Conflict);
    auto stored = EpisodeRecords(fx.ws()).condition(seen.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->onsetDate, fx.clock.today().addDays(-10));
}

INSTANTIATE_TEST_SUITE_P(Backends, UndoOfAnAdditionTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         test::backendName);

} // namespace
