// Visits on SQLite and PostgreSQL: saved visits are never overwritten, amendments keep the
// original with who, when and why, and invalid input writes nothing.
#include "storage/VisitRepository.h"
#include "Workspace.h"
#include "model/VisitValidator.h"
#include "support/TestStore.h"
#include "support/VisitFixtures.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace gradus;
using gradus::test::TestStore;

namespace {

class VisitRepositoryTest : public testing::TestWithParam<SqlBackend>
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
        ASSERT_GT(m_patient, 0);
    }

    VisitRecord record(const QDate& date, int pain) const
    {
        VisitRecord r;
        r.date = date;
        r.time = QTime(9, 30);
        r.clinician = QStringLiteral("Pat Clinician");
        r.painNow = pain;
        r.painBest = std::max(0, pain - 2);
        r.painWorst = std::min(10, pain + 2);
        r.activityLabel = QStringLiteral("walking");
        r.activityMinutes = 20;
        r.sessionsDone = 4;
        r.sessionsPlanned = 5;
        r.legSymptoms = LegSymptoms::Centralising;
        r.notes = QStringLiteral("Fictional note.");
        return r;
    }

    std::unique_ptr<TestStore> m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_patient = 0;
};

} // namespace

TEST_P(VisitRepositoryTest, AddsAndReadsBackEveryField)
{
    VisitRepository repo(*m_workspace);
    QSignalSpy added(&m_workspace->notifier(), &StoreNotifier::added);
    VisitRecord r = record(QDate(2026, 11, 3), 6);
    r.painExercise = 3;
    r.painNextMorning = 4;
    r.steps = 5400;
    r.newNeuroSigns = true;
    auto id = repo.add(m_patient, std::nullopt, r, QStringLiteral("Pat Clinician"));
    ASSERT_TRUE(id) << id.error().message.toStdString();
    ASSERT_EQ(added.count(), 1);
    EXPECT_EQ(added.first().at(1).toLongLong(), *id);

    auto visit = repo.find(*id);
    ASSERT_TRUE(visit);
    EXPECT_EQ(visit->record, r);
    EXPECT_EQ(visit->patientId, m_patient);
    EXPECT_EQ(visit->revision, 1);
    EXPECT_FALSE(visit->amended());
    EXPECT_EQ(visit->createdBy, QStringLiteral("Pat Clinician"));
    EXPECT_EQ(visit->createdAt, m_clock.now());
}

TEST_P(VisitRepositoryTest, AmendmentKeepsTheOriginalWithWhoWhenAndWhy)
{
    VisitRepository repo(*m_workspace);
    const VisitRecord original = record(QDate(2026, 11, 3), 6);
    auto id = repo.add(m_patient, std::nullopt, original, QStringLiteral("Pat Clinician"));
    ASSERT_TRUE(id);

    m_clock.advanceDays(1);
    VisitRecord corrected = original;
    corrected.painNow = 5;
    QSignalSpy changed(&m_workspace->notifier(), &StoreNotifier::changed);
    auto rev = repo.amend(*id, corrected, QStringLiteral("Sam Second"),
                          QStringLiteral("Patient said 5, typed 6"));
    ASSERT_TRUE(rev) << rev.error().message.toStdString();
    EXPECT_EQ(*rev, 2);
    EXPECT_EQ(changed.count(), 1);

    auto visit = repo.find(*id);
    ASSERT_TRUE(visit);
    EXPECT_EQ(visit->record.painNow, 5);
    EXPECT_TRUE(visit->amended());
    EXPECT_EQ(visit->createdBy, QStringLiteral("Pat Clinician"));
    EXPECT_EQ(visit->recordedBy, QStringLiteral("Sam Second"));
    EXPECT_EQ(visit->reason, QStringLiteral("Patient said 5, typed 6"));

    auto history = repo.history(*id);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(0).record, original);
    EXPECT_EQ(history->at(0).recordedBy, QStringLiteral("Pat Clinician"));
    EXPECT_TRUE(history->at(0).reason.isEmpty());
    EXPECT_EQ(history->at(0).recordedAt, QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
    EXPECT_EQ(history->at(1).record, corrected);
    EXPECT_EQ(history->at(1).recordedAt, QDateTime(QDate(2026, 11, 22), QTime(10, 0)));
    EXPECT_EQ(history->at(1).recordedBy, QStringLiteral("Sam Second"));
    EXPECT_EQ(test::countRows(m_workspace->db(), QStringLiteral("visit")), 1);
    EXPECT_EQ(test::countRows(m_workspace->db(), QStringLiteral("visit_revision")), 2);
}

TEST_P(VisitRepositoryTest, AmendmentNeedsAReasonAWhoAndAChange)
{
    VisitRepository repo(*m_workspace);
    const VisitRecord original = record(QDate(2026, 11, 3), 6);
    auto id = repo.add(m_patient, std::nullopt, original, QStringLiteral("Pat Clinician"));
    ASSERT_TRUE(id);
    VisitRecord corrected = original;
    corrected.painNow = 4;
    auto noReason = repo.amend(*id, corrected, QStringLiteral("Sam"), QStringLiteral("  "));
    ASSERT_FALSE(noReason);
    EXPECT_TRUE(noReason.error().message.contains(QStringLiteral("reason")));
    EXPECT_FALSE(repo.amend(*id, corrected, QString(), QStringLiteral("typo")));
    auto same = repo.amend(*id, original, QStringLiteral("Sam"), QStringLiteral("typo"));
    ASSERT_FALSE(same);
    EXPECT_TRUE(same.error().message.contains(QStringLiteral("changes nothing")));
    corrected.painNow = 11;
    auto invalid = repo.amend(*id, corrected, QStringLiteral("Sam"), QStringLiteral("typo"));
    ASSERT_FALSE(invalid);
    EXPECT_TRUE(invalid.error().message.contains(QStringLiteral("0 to 10")));
    EXPECT_FALSE(repo.amend(*id + 100, corrected, QStringLiteral("Sam"), QStringLiteral("x")));
    EXPECT_EQ(test::countRows(m_workspace->db(), QStringLiteral("visit_revision")), 1);
}

TEST_P(VisitRepositoryTest, InvalidVisitsWriteNothing)
{
    VisitRepository repo(*m_workspace);
    VisitRecord future = record(QDate(2026, 11, 22), 5);
    auto f = repo.add(m_patient, std::nullopt, future, QStringLiteral("Pat"));
    ASSERT_FALSE(f);
    EXPECT_TRUE(f.error().message.contains(QStringLiteral("in the future")));

    VisitRecord laterToday = record(QDate(2026, 11, 21), 5);
    laterToday.time = QTime(11, 0); // the clock says 10:00
    EXPECT_FALSE(repo.add(m_patient, std::nullopt, laterToday, QStringLiteral("Pat")));

    VisitRecord adherence = record(QDate(2026, 11, 3), 5);
    adherence.sessionsDone = 6;
    auto a = repo.add(m_patient, std::nullopt, adherence, QStringLiteral("Pat"));
    ASSERT_FALSE(a);
    EXPECT_TRUE(a.error().message.contains(QStringLiteral("more than the 5 prescribed")));

    VisitRecord pain = record(QDate(2026, 11, 3), 5);
    pain.painWorst = 12;
    EXPECT_FALSE(repo.add(m_patient, std::nullopt, pain, QStringLiteral("Pat")));

    auto noPatient = repo.add(m_patient + 99, std::nullopt, record(QDate(2026, 11, 3), 5),
                              QStringLiteral("Pat"));
    ASSERT_FALSE(noPatient);
    EXPECT_TRUE(noPatient.error().message.contains(QStringLiteral("no patient")));

    const qint64 otherPatient =
        test::insertPatient(m_workspace->db(), QStringLiteral("Bo"), QStringLiteral("Other"));
    const qint64 otherEpisode = test::insertEpisode(m_workspace->db(), otherPatient);
    auto wrongEpisode =
        repo.add(m_patient, otherEpisode, record(QDate(2026, 11, 3), 5), QStringLiteral("Pat"));
    ASSERT_FALSE(wrongEpisode);
    EXPECT_TRUE(wrongEpisode.error().message.contains(QStringLiteral("not an episode")));

    EXPECT_EQ(test::countRows(m_workspace->db(), QStringLiteral("visit")), 0);
    EXPECT_EQ(test::countRows(m_workspace->db(), QStringLiteral("visit_revision")), 0);
}

TEST_P(VisitRepositoryTest, ListsCurrentVisitsInDateOrder)
{
    VisitRepository repo(*m_workspace);
    const qint64 episode = test::insertEpisode(m_workspace->db(), m_patient);
    VisitRecord noTime = record(QDate(2026, 10, 20), 7);
    noTime.time.reset();
    auto b = repo.add(m_patient, episode, record(QDate(2026, 11, 3), 5), QStringLiteral("Pat"));
    auto a = repo.add(m_patient, episode, record(QDate(2026, 10, 20), 6), QStringLiteral("Pat"));
    auto c = repo.add(m_patient, episode, noTime, QStringLiteral("Pat"));
    ASSERT_TRUE(a && b && c);
    const qint64 other =
        test::insertPatient(m_workspace->db(), QStringLiteral("Cy"), QStringLiteral("Else"));
    ASSERT_TRUE(
        repo.add(other, std::nullopt, record(QDate(2026, 11, 1), 2), QStringLiteral("Pat")));

    VisitRecord corrected = record(QDate(2026, 11, 3), 4);
    ASSERT_TRUE(repo.amend(*b, corrected, QStringLiteral("Pat"), QStringLiteral("typo")));

    auto list = repo.listForPatient(m_patient);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 3);
    EXPECT_EQ(list->at(0).id, *c); // same day, no time sorts first
    EXPECT_EQ(list->at(1).id, *a);
    EXPECT_EQ(list->at(2).id, *b);
    EXPECT_EQ(list->at(2).record.painNow, 4);
    EXPECT_EQ(list->at(2).revision, 2);
    EXPECT_EQ(list->at(0).episodeId, episode);
}

TEST_P(VisitRepositoryTest, EnteredInErrorIsARevisionAndCanBeReinstated)
{
    VisitRepository repo(*m_workspace);
    auto id =
        repo.add(m_patient, std::nullopt, record(QDate(2026, 11, 3), 5), QStringLiteral("Pat"));
    ASSERT_TRUE(id);
    ASSERT_TRUE(
        repo.markEnteredInError(*id, QStringLiteral("Pat"), QStringLiteral("wrong patient")));
    EXPECT_TRUE(repo.listForPatient(m_patient)->isEmpty());
    ASSERT_EQ(repo.listForPatient(m_patient, true)->size(), 1);
    EXPECT_TRUE(repo.find(*id)->enteredInError);
    EXPECT_FALSE(
        repo.amend(*id, record(QDate(2026, 11, 3), 4), QStringLiteral("Pat"), QStringLiteral("x")));
    EXPECT_FALSE(repo.markEnteredInError(*id, QStringLiteral("Pat"), QStringLiteral("again")));

    ASSERT_TRUE(
        repo.reinstate(*id, QStringLiteral("Pat"), QStringLiteral("right patient after all")));
    EXPECT_EQ(repo.listForPatient(m_patient)->size(), 1);
    auto history = repo.history(*id);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 3);
    EXPECT_FALSE(history->at(0).enteredInError);
    EXPECT_TRUE(history->at(1).enteredInError);
    EXPECT_EQ(history->at(1).record.painNow, 5);
    EXPECT_EQ(history->at(2).reason, QStringLiteral("right patient after all"));
}

TEST_P(VisitRepositoryTest, OriginalRowsAreNeverUpdated)
{
    // Whatever the sequence of amendments, revision 1's row is byte-for-byte what was saved.
    VisitRepository repo(*m_workspace);
    auto id =
        repo.add(m_patient, std::nullopt, record(QDate(2026, 11, 3), 8), QStringLiteral("Pat"));
    ASSERT_TRUE(id);
    const auto readOriginal = [&] {
        auto q = m_workspace->db().exec(
            QStringLiteral("SELECT pain_now, clinician, recorded_at, recorded_by FROM "
                           "visit_revision WHERE visit_id = ? AND revision = 1"),
            {*id});
        EXPECT_TRUE(q && q->next());
        return QStringList{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                           q->value(3).toString()};
    };
    const QStringList before = readOriginal();
    for (int pain = 7; pain >= 3; --pain) {
        m_clock.advanceDays(1);
        ASSERT_TRUE(repo.amend(*id, record(QDate(2026, 11, 3), pain), QStringLiteral("Sam"),
                               QStringLiteral("re-checked")));
    }
    EXPECT_EQ(readOriginal(), before);
    EXPECT_EQ(repo.history(*id)->size(), 6);
}

INSTANTIATE_TEST_SUITE_P(Backends, VisitRepositoryTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         [](const testing::TestParamInfo<SqlBackend>& info) {
                             return info.param == SqlBackend::Sqlite ? "Sqlite" : "Postgres";
                         });

// --- validation messages, no store needed ------------------------------------------------

TEST(VisitValidatorTest, NamesTheFieldAndTheProblem)
{
    const QDateTime now(QDate(2026, 11, 21), QTime(10, 0));
    VisitRecord r;
    r.date = QDate(2026, 11, 20);
    r.clinician = QStringLiteral("Pat");
    r.painNow = 4;
    EXPECT_TRUE(VisitValidator::validate(r, now).isEmpty());

    r.painBest = 6;
    r.painWorst = 3;
    auto errors = VisitValidator::validate(r, now);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().field, VisitField::PainWorst);

    r = VisitRecord{};
    r.date = QDate(2026, 11, 20);
    r.painNow = -1;
    r.sessionsDone = 3;
    errors = VisitValidator::validate(r, now);
    QList<VisitField> fields;
    for (const auto& e : errors)
        fields << e.field;
    EXPECT_EQ(fields, (QList<VisitField>{VisitField::Clinician, VisitField::PainNow,
                                         VisitField::Adherence}));
}

TEST(VisitValidatorTest, ParsesPainAndAdherenceText)
{
    EXPECT_EQ(*VisitValidator::parsePain(QStringLiteral("7"), QStringLiteral("Pain")), 7);
    EXPECT_EQ(*VisitValidator::parsePain(QStringLiteral("0"), QStringLiteral("Pain")), 0);
    EXPECT_EQ(*VisitValidator::parsePain(QStringLiteral("10"), QStringLiteral("Pain")), 10);
    for (const char* bad : {"7.5", "11", "-1", "seven", ""}) {
        auto r = VisitValidator::parsePain(QLatin1String(bad), QStringLiteral("Pain now"));
        ASSERT_FALSE(r) << bad;
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("whole number from 0 to 10"))) << bad;
        EXPECT_TRUE(r.error().message.startsWith(QStringLiteral("Pain now"))) << bad;
    }
    auto adherence = VisitValidator::parseAdherence(QStringLiteral("4/5"));
    ASSERT_TRUE(adherence);
    EXPECT_EQ(adherence->first, 4);
    EXPECT_EQ(adherence->second, 5);
    EXPECT_FALSE(VisitValidator::parseAdherence(QStringLiteral("4 of 5")));
}
