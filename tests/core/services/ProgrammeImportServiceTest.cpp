// Programme files between two real stores (SQLite and PostgreSQL): export -> import gives the
// same items, doses and notes; the clinic's own exercise travels with its picture; every file
// of the broken corpus is refused with its message and leaves the store exactly as it was; the
// safety check runs on the imported draft.
#include "services/ProgrammeImportService.h"

#include "exercises/ExerciseLibrary.h"
#include "services/ExportService.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/ProgrammeTemplateRepository.h"
#include "support/PatientFixtures.h"
#include "support/QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace gradus;

namespace {

QByteArray data(const QString& relative)
{
    QFile f(QStringLiteral(GRADUS_TEST_DATA_DIR "/exchange/") + relative);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << relative.toStdString();
    return f.readAll();
}

class ProgrammeImportTest : public testing::TestWithParam<SqlBackend>
{
protected:
    void SetUp() override
    {
        m_from = std::make_unique<test::WorkspaceFixture>(GetParam());
        m_to = std::make_unique<test::WorkspaceFixture>(GetParam());
        GRADUS_REQUIRE_STORE(m_from->store);
        ASSERT_TRUE(m_from->open());
        ASSERT_TRUE(m_to->open());
        for (auto* f : {m_from.get(), m_to.get()})
            ASSERT_TRUE(ExerciseLibrary::ensureLoaded(f->ws()));
        m_patient = addPatient(m_to->ws(), QStringLiteral("Noor"));
    }

    static qint64 addPatient(Workspace& ws, const QString& given)
    {
        auto id = PatientRepository(ws).add(
            test::samplePatient(given, QStringLiteral("Fictional"), QDate(1979, 6, 1)));
        EXPECT_TRUE(id);
        return id ? *id : 0;
    }

    static qint64 exerciseId(Workspace& ws, const QString& stableId)
    {
        auto e = ExerciseRepository(ws).byStableId(stableId);
        EXPECT_TRUE(e) << stableId.toStdString();
        return e ? e->id : 0;
    }

    // Table name -> rows, for "nothing changed".
    static QList<QPair<QString, qint64>> counts(Workspace& ws)
    {
        auto c = ws.db().recordCounts();
        EXPECT_TRUE(c);
        return c ? *c : QList<QPair<QString, qint64>>{};
    }

    std::unique_ptr<test::WorkspaceFixture> m_from;
    std::unique_ptr<test::WorkspaceFixture> m_to;
    qint64 m_patient = 0;
};

} // namespace

TEST_P(ProgrammeImportTest, RoundTripKeepsItemsDosesNotesAndTheClinicExercise)
{
    Workspace& from = m_from->ws();
    ExerciseRepository exercises(from);
    auto wall = exercises.duplicate(exerciseId(from, QStringLiteral("plank")),
                                    QStringLiteral("Wall plank"));
    ASSERT_TRUE(wall);
    const QByteArray picture("\x89PNG\r\n\x1a\n fictional picture bytes", 31);
    ASSERT_TRUE(exercises.setImage(*wall, picture, QStringLiteral("image/png")));

    Programme p;
    p.patientId = addPatient(from, QStringLiteral("Ines"));
    p.name = QStringLiteral("Back on track");
    p.goal = QStringLiteral("Walk to work again");
    p.startDate = QDate(2026, 3, 1);
    p.reviewDate = QDate(2026, 4, 12);
    Prescription walk;
    walk.exerciseId = exerciseId(from, QStringLiteral("walking"));
    walk.dose = Dose{DoseType::Duration, 1, 0, 0, 12, 0, false, 3, 7};
    walk.patientNote = QStringLiteral("On the flat, at a pace you could talk at.");
    Prescription bird;
    bird.exerciseId = exerciseId(from, QStringLiteral("bird_dog"));
    bird.dose = Dose{DoseType::Hold, 2, 6, 8, 0, 0, true, 1, 5};
    bird.side = PrescribedSide::Both;
    bird.restSeconds = 30;
    bird.tempo = QStringLiteral("Slowly out, slowly back");
    Prescription wallPlank;
    wallPlank.exerciseId = *wall;
    wallPlank.dose = Dose{DoseType::Hold, 2, 3, 10, 0, 0, false, 1, 3};
    wallPlank.load = QStringLiteral("Body weight");
    p.sections = {{QStringLiteral("Aerobic"), {walk}}, {QStringLiteral("Core"), {bird, wallPlank}}};
    auto id = ProgrammeRepository(from).create(p);
    ASSERT_TRUE(id) << id.error().message.toStdString();

    auto file = ExportService(from).programmeJson(*id);
    ASSERT_TRUE(file) << file.error().message.toStdString();
    m_to->clock.set(QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC));
    auto report = ProgrammeImportService(m_to->ws())
                      .importForPatient(*file, QStringLiteral("x.json"), m_patient);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_EQ(report->items, 3);
    EXPECT_EQ(report->exercisesAdded, QStringList{QStringLiteral("clinic_wall_plank")});

    auto imported = ProgrammeRepository(m_to->ws()).get(report->programmeId);
    ASSERT_TRUE(imported);
    EXPECT_EQ(imported->status, ProgrammeStatus::Draft);
    EXPECT_EQ(imported->patientId, m_patient);
    EXPECT_EQ(imported->name, p.name);
    EXPECT_EQ(imported->goal, p.goal);
    EXPECT_EQ(imported->startDate, QDate(2026, 5, 4)) << "starts on the day of import";
    EXPECT_EQ(imported->reviewDate, QDate(2026, 6, 15)) << "six weeks after the start, as before";
    ASSERT_EQ(imported->sections.size(), p.sections.size());
    for (int s = 0; s < p.sections.size(); ++s) {
        EXPECT_EQ(imported->sections.at(s).name, p.sections.at(s).name);
        ASSERT_EQ(imported->sections.at(s).prescriptions.size(),
                  p.sections.at(s).prescriptions.size());
        for (int i = 0; i < p.sections.at(s).prescriptions.size(); ++i) {
            const Prescription& a = imported->sections.at(s).prescriptions.at(i);
            const Prescription& b = p.sections.at(s).prescriptions.at(i);
            EXPECT_EQ(a.dose, b.dose);
            EXPECT_EQ(a.side, b.side);
            EXPECT_EQ(a.restSeconds, b.restSeconds);
            EXPECT_EQ(a.load, b.load);
            EXPECT_EQ(a.tempo, b.tempo);
            EXPECT_EQ(a.patientNote, b.patientNote);
            auto stableFrom = ExerciseRepository(from).byId(b.exerciseId);
            auto stableTo = ExerciseRepository(m_to->ws()).byId(a.exerciseId);
            ASSERT_TRUE(stableFrom && stableTo);
            EXPECT_EQ(stableTo->stableId, stableFrom->stableId);
        }
    }
    auto carried = ExerciseRepository(m_to->ws()).byStableId(QStringLiteral("clinic_wall_plank"));
    ASSERT_TRUE(carried);
    EXPECT_EQ(carried->image, picture);
    EXPECT_EQ(carried->name, QStringLiteral("Wall plank"));
    EXPECT_FALSE(carried->isBuiltIn());

    // Importing again uses the exercise already here.
    auto twice = ProgrammeImportService(m_to->ws())
                     .importForPatient(*file, QStringLiteral("x.json"), m_patient);
    ASSERT_TRUE(twice);
    EXPECT_TRUE(twice->exercisesAdded.isEmpty());
    EXPECT_EQ(twice->exercisesKept, QStringList{QStringLiteral("clinic_wall_plank")});
}

TEST_P(ProgrammeImportTest, TemplatesTravelToo)
{
    ProgrammeTemplateRepository templates(m_from->ws());
    ASSERT_TRUE(templates.ensureBuiltIns());
    qint64 sciatica = 0;
    const auto all = templates.list();
    ASSERT_TRUE(all);
    for (const ProgrammeTemplate& t : *all)
        if (t.stableId == QLatin1String("sciatica_friendly_start"))
            sciatica = t.id;
    auto file = ExportService(m_from->ws()).templateJson(sciatica);
    ASSERT_TRUE(file);
    EXPECT_TRUE(file->contains("\"kind\": \"template\""));
    auto report =
        ProgrammeImportService(m_to->ws()).importTemplate(*file, QStringLiteral("t.json"));
    ASSERT_TRUE(report) << report.error().message.toStdString();
    auto original = templates.get(sciatica);
    auto copy = ProgrammeTemplateRepository(m_to->ws()).get(report->templateId);
    ASSERT_TRUE(original && copy);
    EXPECT_EQ(copy->name, original->name);
    EXPECT_FALSE(copy->builtIn);
    ASSERT_EQ(copy->sections.size(), original->sections.size());
    for (int s = 0; s < copy->sections.size(); ++s)
        for (int i = 0; i < copy->sections.at(s).prescriptions.size(); ++i)
            EXPECT_EQ(copy->sections.at(s).prescriptions.at(i).dose,
                      original->sections.at(s).prescriptions.at(i).dose);
}

TEST_P(ProgrammeImportTest, EveryBrokenFileLeavesTheStoreUnchanged)
{
    const QStringList files = QDir(QStringLiteral(GRADUS_TEST_DATA_DIR "/exchange/broken"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files);
    ASSERT_GE(files.size(), 15);
    ProgrammeImportService service(m_to->ws());
    const auto before = counts(m_to->ws());
    for (const QString& file : files) {
        auto report =
            service.importForPatient(data(QStringLiteral("broken/") + file), file, m_patient);
        ASSERT_FALSE(report) << file.toStdString() << " was imported";
        EXPECT_EQ(report.error().kind(), ErrorKind::Invalid) << file.toStdString();
        EXPECT_TRUE(report.error().message.startsWith(file))
            << report.error().message.toStdString();
        auto asTemplate = service.importTemplate(data(QStringLiteral("broken/") + file), file);
        EXPECT_FALSE(asTemplate) << file.toStdString();
        EXPECT_EQ(counts(m_to->ws()), before) << file.toStdString() << " changed the store";
    }
    // The good file goes in.
    auto good = service.importForPatient(data(QStringLiteral("programme-v1.json")),
                                         QStringLiteral("programme-v1.json"), m_patient);
    ASSERT_TRUE(good) << good.error().message.toStdString();
    EXPECT_NE(counts(m_to->ws()), before);
}

TEST_P(ProgrammeImportTest, AnUnknownPatientWritesNothing)
{
    const auto before = counts(m_to->ws());
    auto report = ProgrammeImportService(m_to->ws())
                      .importForPatient(data(QStringLiteral("programme-v1.json")),
                                        QStringLiteral("programme-v1.json"), 999999);
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().kind(), ErrorKind::NotFound);
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("Nothing was imported")));
    EXPECT_EQ(counts(m_to->ws()), before) << "not even the carried exercise";
}

TEST_P(ProgrammeImportTest, TheSafetyCheckRunsOnTheImportedDraft)
{
    // Sciatica that began a week ago: the acute phase.
    Episode episode;
    episode.patientId = m_patient;
    episode.complaint = QStringLiteral("Left leg pain");
    episode.onsetDate = test::fixedNow().date().addDays(-7);
    episode.openedOn = test::fixedNow().date().addDays(-5);
    auto episodeId = EpisodeRepository(m_to->ws()).add(episode);
    ASSERT_TRUE(episodeId) << episodeId.error().message.toStdString();
    Condition sciatica;
    sciatica.episodeId = *episodeId;
    sciatica.onsetDate = episode.onsetDate;
    sciatica.code = QStringLiteral("sciatica");
    sciatica.side = Condition::Side::Left;
    ASSERT_TRUE(ConditionRepository(m_to->ws()).add(sciatica));
    QJsonObject file = QJsonDocument::fromJson(data(QStringLiteral("programme-v1.json"))).object();
    QJsonObject programme = file.value(QStringLiteral("programme")).toObject();
    QJsonArray sections = programme.value(QStringLiteral("sections")).toArray();
    QJsonObject core = sections.at(1).toObject();
    QJsonArray items = core.value(QStringLiteral("items")).toArray();
    items.append(QJsonObject{
        {QStringLiteral("exercise"), QStringLiteral("sit_up")},
        {QStringLiteral("dose"), QJsonObject{{QStringLiteral("type"), QStringLiteral("reps")},
                                             {QStringLiteral("reps"), 10}}}});
    core.insert(QStringLiteral("items"), items);
    sections.replace(1, core);
    programme.insert(QStringLiteral("sections"), sections);
    file.insert(QStringLiteral("programme"), programme);

    auto report = ProgrammeImportService(m_to->ws())
                      .importForPatient(QJsonDocument(file).toJson(),
                                        QStringLiteral("with-sit-ups.json"), m_patient);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    bool avoid = false;
    QStringList found;
    for (const SafetyFinding& f : report->findings)
        found << f.exerciseStableId + u':' + f.ruleId;
    for (const SafetyFinding& f : report->findings)
        avoid = avoid ||
                (f.exerciseStableId == QLatin1String("sit_up") && f.severity == Severity::Avoid);
    EXPECT_TRUE(avoid) << "sit-ups with acute sciatica are flagged at once: "
                       << found.join(u' ').toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, ProgrammeImportTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         test::backendName);
