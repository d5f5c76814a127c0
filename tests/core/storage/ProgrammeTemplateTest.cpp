// Programme templates on SQLite and PostgreSQL: the built-ins load and every exercise they
// name exists; saving a programme as a template; starting a programme from one.
#include "storage/ProgrammeTemplateRepository.h"

#include "exercises/ExerciseLibrary.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"
#include "support/PatientFixtures.h"

#include <QFile>
#include <QJsonDocument>

using namespace gradus;

namespace {

class ProgrammeTemplateTest : public testing::TestWithParam<SqlBackend>
{
protected:
    void SetUp() override
    {
        m_fixture = std::make_unique<test::WorkspaceFixture>(GetParam());
        GRADUS_REQUIRE_STORE(m_fixture->store);
        ASSERT_TRUE(m_fixture->open());
        ASSERT_TRUE(ExerciseLibrary::ensureLoaded(ws()));
        auto patient = PatientRepository(ws()).add(test::samplePatient(
            QStringLiteral("Ben"), QStringLiteral("Example"), QDate(1975, 2, 3)));
        ASSERT_TRUE(patient);
        m_patientId = *patient;
        m_templates = std::make_unique<ProgrammeTemplateRepository>(ws());
    }

    Workspace& ws() { return m_fixture->ws(); }

    std::unique_ptr<test::WorkspaceFixture> m_fixture;
    std::unique_ptr<ProgrammeTemplateRepository> m_templates;
    qint64 m_patientId = 0;
};

QStringList exerciseIdsIn(const QString& resource)
{
    QFile f(resource);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QStringList ids;
    const QJsonArray sections =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("sections")).toArray();
    for (const QJsonValue& s : sections)
        for (const QJsonValue& item : s.toObject().value(QStringLiteral("items")).toArray())
            ids.append(item.toObject().value(QStringLiteral("exercise")).toString());
    return ids;
}

} // namespace

TEST_P(ProgrammeTemplateTest, BuiltInTemplatesResolve)
{
    const QStringList files = ProgrammeTemplateRepository::builtInResources();
    ASSERT_GE(files.size(), 3);
    ExerciseRepository exercises(ws());
    for (const QString& file : files) {
        const QStringList ids = exerciseIdsIn(file);
        EXPECT_FALSE(ids.isEmpty()) << file.toStdString();
        for (const QString& id : ids) {
            auto e = exercises.byStableId(id);
            EXPECT_TRUE(e) << file.toStdString() << ": " << id.toStdString();
            if (e) {
                EXPECT_FALSE(e->retired) << id.toStdString();
            }
        }
    }

    auto added = m_templates->ensureBuiltIns();
    ASSERT_TRUE(added) << added.error().message.toStdString();
    EXPECT_EQ(*added, files.size());
    EXPECT_EQ(*m_templates->ensureBuiltIns(), 0) << "loading again adds nothing";

    auto list = m_templates->list();
    ASSERT_TRUE(list);
    QStringList stableIds;
    for (const ProgrammeTemplate& t : *list) {
        EXPECT_TRUE(t.builtIn);
        stableIds.append(t.stableId);
        auto full = m_templates->get(t.id);
        ASSERT_TRUE(full) << full.error().message.toStdString();
        EXPECT_FALSE(full->sections.isEmpty());
    }
    for (const char* expected :
         {"acute_lbp_stay_active", "subacute_mobility_core", "sciatica_friendly_start"})
        EXPECT_TRUE(stableIds.contains(QLatin1String(expected))) << expected;
}

TEST_P(ProgrammeTemplateTest, SciaticaStartAvoidsLoadedAndEndRangeFlexion)
{
    ASSERT_TRUE(m_templates->ensureBuiltIns());
    ExerciseRepository exercises(ws());
    for (const QString& id :
         exerciseIdsIn(QStringLiteral(":/templates/sciatica_friendly_start.json"))) {
        const Exercise e = *exercises.byStableId(id);
        const bool flexes = e.properties.moves(SpinalMovement::Flexion);
        EXPECT_FALSE(flexes && (e.properties.loaded || e.properties.endRange))
            << id.toStdString() << " is loaded or end-range flexion";
    }
    bool walks = false;
    for (const QString& id :
         exerciseIdsIn(QStringLiteral(":/templates/sciatica_friendly_start.json")))
        walks = walks || id == QStringLiteral("walking");
    EXPECT_TRUE(walks);
}

TEST_P(ProgrammeTemplateTest, StartsAProgrammeFromATemplate)
{
    ASSERT_TRUE(m_templates->ensureBuiltIns());
    qint64 acute = 0;
    const QList<ProgrammeTemplate> all = *m_templates->list();
    for (const ProgrammeTemplate& t : all)
        if (t.stableId == QStringLiteral("acute_lbp_stay_active"))
            acute = t.id;
    ASSERT_GT(acute, 0);
    auto id = m_templates->apply(acute, m_patientId);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    const Programme p = *ProgrammeRepository(ws()).get(*id);
    const ProgrammeTemplate t = *m_templates->get(acute);
    EXPECT_EQ(p.name, t.name);
    EXPECT_EQ(p.goal, t.goal);
    EXPECT_EQ(p.startDate, test::fixedNow().date());
    EXPECT_EQ(p.status, ProgrammeStatus::Draft);
    ASSERT_EQ(p.sections.size(), t.sections.size());
    const Prescription& walk = p.sections[0].prescriptions[0];
    EXPECT_EQ(walk.exerciseId, ExerciseRepository(ws()).byStableId(QStringLiteral("walking"))->id);
    EXPECT_EQ(walk.dose.type, DoseType::Duration);
    EXPECT_EQ(walk.dose.minutes, 10);
    EXPECT_EQ(walk.dose.timesPerDay, 3);

    auto named =
        m_templates->apply(acute, m_patientId, QStringLiteral("My plan"), QDate(2026, 4, 1));
    ASSERT_TRUE(named);
    EXPECT_EQ(ProgrammeRepository(ws()).get(*named)->name, QStringLiteral("My plan"));
    EXPECT_EQ(ProgrammeRepository(ws()).get(*named)->startDate, QDate(2026, 4, 1));

    EXPECT_EQ(m_templates->apply(987654, m_patientId).error().code,
              QStringLiteral("template.not_found"));
}

TEST_P(ProgrammeTemplateTest, SavesAProgrammeAsAClinicTemplate)
{
    ASSERT_TRUE(m_templates->ensureBuiltIns());
    Programme p;
    p.patientId = m_patientId;
    p.name = QStringLiteral("Post-flare restart");
    p.goal = QStringLiteral("Back to the allotment");
    Prescription bridge;
    bridge.exerciseId = ExerciseRepository(ws()).byStableId(QStringLiteral("glute_bridge"))->id;
    bridge.dose.sets = 3;
    bridge.dose.reps = 12;
    bridge.restSeconds = 60;
    bridge.patientNote = QStringLiteral("Squeeze at the top.");
    p.sections = {ProgrammeSection{QStringLiteral("Strength"), {bridge}}};
    auto programmeId = ProgrammeRepository(ws()).create(p);
    ASSERT_TRUE(programmeId);

    auto templateId = m_templates->saveFromProgramme(*programmeId, QStringLiteral("Restart"));
    ASSERT_TRUE(templateId) << templateId.error().message.toStdString();
    auto t = m_templates->get(*templateId);
    ASSERT_TRUE(t);
    EXPECT_FALSE(t->builtIn);
    EXPECT_EQ(t->name, QStringLiteral("Restart"));
    EXPECT_EQ(t->goal, QStringLiteral("Back to the allotment"));
    ASSERT_EQ(t->sections.size(), 1);
    ASSERT_EQ(t->sections[0].prescriptions.size(), 1);
    EXPECT_EQ(t->sections[0].prescriptions[0].dose, bridge.dose);
    EXPECT_EQ(t->sections[0].prescriptions[0].restSeconds, 60);
    EXPECT_EQ(t->sections[0].prescriptions[0].patientNote, QStringLiteral("Squeeze at the top."));

    // Round trip: a programme started from the saved template matches the original.
    auto copy = m_templates->apply(*templateId, m_patientId);
    ASSERT_TRUE(copy);
    EXPECT_EQ(ProgrammeRepository(ws()).get(*copy)->sections[0].prescriptions[0].dose, bridge.dose);

    // Built-ins cannot be deleted; clinic templates can.
    const QList<ProgrammeTemplate> all = *m_templates->list();
    for (const ProgrammeTemplate& each : all)
        if (each.builtIn) {
            EXPECT_EQ(m_templates->remove(each.id).error().code,
                      QStringLiteral("template.built_in"));
        }
    ASSERT_TRUE(m_templates->remove(*templateId));
    EXPECT_EQ(m_templates->get(*templateId).error().code, QStringLiteral("template.not_found"));
}

TEST_P(ProgrammeTemplateTest, ReportsAnUnknownExerciseByName)
{
    const QByteArray bad = R"({"format": 1, "id": "x", "name": "X", "sections": [
        {"name": "S", "items": [{"exercise": "no_such_move",
          "dose": {"type": "reps", "sets": 1, "reps": 5}}]}]})";
    auto t = m_templates->parse(bad, QStringLiteral("x.json"));
    ASSERT_FALSE(t);
    EXPECT_EQ(t.error().code, QStringLiteral("template.unknown_exercise"));
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("no_such_move")));

    const QByteArray badDose = R"({"format": 1, "id": "x", "name": "X", "sections": [
        {"name": "S", "items": [{"exercise": "walking",
          "dose": {"type": "time", "minutes": 0}}]}]})";
    t = m_templates->parse(badDose, QStringLiteral("x.json"));
    ASSERT_FALSE(t);
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("sections[0].items[0].dose")))
        << t.error().message.toStdString();
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("Minutes")));
}

INSTANTIATE_TEST_SUITE_P(Backends, ProgrammeTemplateTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         test::backendName);
