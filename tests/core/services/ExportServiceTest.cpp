// ExportService on SQLite and PostgreSQL: the FHIR input, the calendar and the outcomes CSV are
// read from a real store with a patient, a condition, visits, measures, an active programme and
// a stored graded activity plan.
#include "services/ExportService.h"

#include "core/storage/PacingStoreFixture.h"
#include "exchange/Csv.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/MeasureRepository.h"
#include "support/QtPrinters.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace gradus;

namespace {

class ExportServiceTest : public testing::TestWithParam<SqlBackend>
{
protected:
    void SetUp() override
    {
        m_store = std::make_unique<test::PacingStore>(GetParam());
        GRADUS_REQUIRE_STORE(m_store->fixture.store);
        ASSERT_TRUE(m_store->open());
        ASSERT_TRUE(m_store->createWalkingPlan());
        Workspace& ws = m_store->ws();
        auto episode = EpisodeRepository(ws).openEpisode(m_store->patientId);
        ASSERT_TRUE(episode && episode->has_value());
        m_episodeId = (*episode)->id;
        Condition sciatica;
        sciatica.episodeId = m_episodeId;
        sciatica.code = QStringLiteral("sciatica");
        sciatica.side = Condition::Side::Right;
        sciatica.onsetDate = QDate(2026, 3, 1);
        ASSERT_TRUE(ConditionRepository(ws).add(sciatica));
        ASSERT_TRUE(m_store->addVisit(test::goodVisit(QDate(2026, 3, 16))));
        MeasureInput psfs;
        psfs.patientId = m_store->patientId;
        psfs.episodeId = m_episodeId;
        psfs.instrument = Instrument::Psfs;
        psfs.takenOn = QDate(2026, 3, 16);
        psfs.answers = {3, 5, 2};
        psfs.psfsActivities = {QStringLiteral("Sitting through a film"),
                               QStringLiteral("Gardening, weeding"), QStringLiteral("Cycling")};
        auto added = MeasureRepository(ws).add(psfs, QStringLiteral("Pat Clinician"));
        ASSERT_TRUE(added) << added.error().message.toStdString();
    }

    std::unique_ptr<test::PacingStore> m_store;
    qint64 m_episodeId = 0;
};

} // namespace

TEST_P(ExportServiceTest, FhirInputHoldsTheRecordAndTheActiveProgramme)
{
    ExportService service(m_store->ws());
    auto in = service.fhirInput(m_store->patientId, QStringLiteral("Pat Clinician"));
    ASSERT_TRUE(in) << in.error().message.toStdString();
    EXPECT_EQ(in->patient.id, m_store->patientId);
    ASSERT_EQ(in->conditions.size(), 1);
    EXPECT_EQ(in->conditions.at(0).code, QStringLiteral("sciatica"));
    EXPECT_EQ(in->visits.size(), 1);
    EXPECT_EQ(in->measures.size(), 1);
    EXPECT_EQ(in->psfsActivities.value(m_episodeId).value(1), QStringLiteral("Gardening, weeding"));
    ASSERT_EQ(in->activeProgrammes.size(), 1);
    EXPECT_EQ(in->activeProgrammes.at(0).status, ProgrammeStatus::Active);
    EXPECT_EQ(in->activeProgrammes.at(0).sections.size(), 2);

    auto bytes = service.fhirBundle(m_store->patientId, QStringLiteral("Pat Clinician"));
    ASSERT_TRUE(bytes);
    const QJsonObject bundle = QJsonDocument::fromJson(*bytes).object();
    QStringList types;
    for (const QJsonValue& e : bundle.value(QStringLiteral("entry")).toArray())
        types << e.toObject()
                     .value(QStringLiteral("resource"))
                     .toObject()
                     .value(QStringLiteral("resourceType"))
                     .toString();
    EXPECT_EQ(types.count(QStringLiteral("CarePlan")), 1);
    EXPECT_EQ(types.count(QStringLiteral("QuestionnaireResponse")), 1);
    EXPECT_EQ(types.count(QStringLiteral("Provenance")), 1);
    EXPECT_EQ(types.constFirst(), QStringLiteral("Patient"));

    auto missing = service.fhirBundle(987654, QString());
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind(), ErrorKind::NotFound);
}

TEST_P(ExportServiceTest, CalendarFollowsTheStoredPlan)
{
    auto ics = ExportService(m_store->ws()).calendar(m_store->programmeId);
    ASSERT_TRUE(ics) << ics.error().message.toStdString();
    const QString text = QString::fromUtf8(QByteArray(*ics).replace("\r\n ", ""));
    EXPECT_TRUE(text.contains(QStringLiteral("SUMMARY:Walking: 8 minutes a day (week 1 of 6)")))
        << text.left(1500).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("SUMMARY:Exercises: Bird-dog")));
    EXPECT_EQ(text.count(QStringLiteral("BEGIN:VEVENT")), 6 + 1);

    auto none = ExportService(m_store->ws()).calendar(424242);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().kind(), ErrorKind::NotFound);
}

TEST_P(ExportServiceTest, OutcomesCsvHasPsfsActivitiesAndNoNames)
{
    auto csv = ExportService(m_store->ws()).outcomesCsv(false);
    ASSERT_TRUE(csv);
    const QList<QStringList> rows = Csv::parse(*csv);
    ASSERT_GE(rows.size(), 2);
    bool psfs = false;
    for (const QStringList& row : rows)
        if (row.value(5) == QLatin1String("psfs")) {
            psfs = true;
            EXPECT_EQ(row.value(10),
                      QStringLiteral("Sitting through a film; Gardening, weeding; Cycling"));
        }
    EXPECT_TRUE(psfs);
    EXPECT_FALSE(csv->contains("Fictional"));

    QRandomGenerator random(7);
    auto research = ExportService(m_store->ws()).outcomesCsv(true, random);
    ASSERT_TRUE(research);
    EXPECT_FALSE(research->contains("Gardening"));
    EXPECT_FALSE(research->contains("2026-03-16")) << "dates are shifted";
    EXPECT_TRUE(research->startsWith("\"study_id\""));
}

INSTANTIATE_TEST_SUITE_P(Backends, ExportServiceTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         test::backendName);
