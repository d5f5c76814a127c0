// ExportService on SQLite and PostgreSQL: the FHIR input, the calendar and the outcomes CSV are
// read from a real store with a patient, a condition, visits, measures, an active programme and
// a stored graded activity plan.
#include "services/ExportService.h"

#include "core/storage/PacingStoreFixture.h"
#include "exchange/Csv.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/PatientRepository.h"
#include "support/QtPrinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

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

// The reminders are for the patient: in the patient's preferred language, unless the clinician
// asks for another one; the exercise names, doses and the graded plan's weeks alike.
TEST_P(ExportServiceTest, CalendarSpeaksThePatientsLanguageUnlessAnotherIsAsked)
{
    Workspace& ws = m_store->ws();
    auto patient = PatientRepository(ws).get(m_store->patientId);
    ASSERT_TRUE(patient);
    patient->language = QStringLiteral("de");
    ASSERT_TRUE(PatientRepository(ws).update(*patient));

    auto in = ExportService(ws).calendarInput(m_store->programmeId);
    ASSERT_TRUE(in) << in.error().message.toStdString();
    EXPECT_EQ(in->language.code(), QStringLiteral("de"));
    EXPECT_EQ(in->patientLanguage, QStringLiteral("de"));
    auto ics = ExportService(ws).calendar(m_store->programmeId);
    ASSERT_TRUE(ics) << ics.error().message.toStdString();
    const QString german = QString::fromUtf8(QByteArray(*ics).replace("\r\n ", ""));
    EXPECT_TRUE(german.contains(QStringLiteral("SUMMARY:Gehen: 8 ")))
        << german.left(1500).toStdString();
    EXPECT_TRUE(german.contains(QStringLiteral("pro Tag (Woche 1 von 6)")));
    EXPECT_TRUE(german.contains(QStringLiteral("Woche 1 von 6 Ihres")) ||
                german.contains(QStringLiteral("Woche 1 von 6 des")))
        << "the graded plan's description is German too";
    EXPECT_FALSE(german.contains(QStringLiteral("a day (week")));
    EXPECT_FALSE(german.contains(QStringLiteral("Walking")));

    auto spanish = ExportService(ws).calendar(m_store->programmeId, {}, QStringLiteral("es"));
    ASSERT_TRUE(spanish);
    const QString es = QString::fromUtf8(QByteArray(*spanish).replace("\r\n ", ""));
    EXPECT_TRUE(es.contains(QStringLiteral("al día (semana 1 de 6)")))
        << es.left(1500).toStdString();
    EXPECT_FALSE(es.contains(QStringLiteral("Gehen")));
}

TEST_P(ExportServiceTest, FhirTextsFollowThePatientsLanguageAndCodesKeepTheirDisplays)
{
    Workspace& ws = m_store->ws();
    auto patient = PatientRepository(ws).get(m_store->patientId);
    ASSERT_TRUE(patient);
    patient->language = QStringLiteral("fr");
    ASSERT_TRUE(PatientRepository(ws).update(*patient));

    auto bytes = ExportService(ws).fhirBundle(m_store->patientId, QStringLiteral("Pat Clinician"));
    ASSERT_TRUE(bytes) << bytes.error().message.toStdString();
    const QString text = QString::fromUtf8(*bytes);
    EXPECT_TRUE(text.contains(QStringLiteral("Programme d'exercices, version"))) << "CarePlan note";
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("\"text\": *\"Marche\""))))
        << "exercise name";
    const QJsonObject bundle = QJsonDocument::fromJson(*bytes).object();
    const QJsonObject first = bundle.value(QStringLiteral("entry"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("resource"))
                                  .toObject();
    const QJsonObject communication =
        first.value(QStringLiteral("communication")).toArray().at(0).toObject();
    EXPECT_TRUE(communication.value(QStringLiteral("preferred")).toBool());
    EXPECT_EQ(communication.value(QStringLiteral("language"))
                  .toObject()
                  .value(QStringLiteral("coding"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("fr"));
    // The code system's display stays as the system has it; only the text is French.
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("\"display\": *\"Walking\""))));

    auto english = ExportService(ws).fhirBundle(m_store->patientId, {}, QStringLiteral("en"));
    ASSERT_TRUE(english);
    EXPECT_TRUE(english->contains("Exercise programme, version"));
    EXPECT_FALSE(english->contains("Programme d'exercices"));
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
