// Each patient's preferred language (schema step patient_language): stored and read back,
// checked, and used when a built-in template becomes the patient's programme.
#include "exercises/ExerciseLibrary.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/ProgrammeTemplateRepository.h"
#include "support/I18nFixture.h"
#include "support/PatientFixtures.h"

#include <gtest/gtest.h>

using namespace gradus;
using gradus::test::samplePatient;
using gradus::test::WorkspaceFixture;

namespace {

class PatientLanguageTest : public testing::TestWithParam<SqlBackend>
{
protected:
    PatientLanguageTest() : fx(GetParam()) {}

    Patient ben(const QString& language)
    {
        Patient p = samplePatient(u"Ben"_qs, u"Example"_qs, QDate(1975, 2, 3));
        p.language = language;
        return p;
    }

    qint64 applyTemplate(const QString& stableId, qint64 patientId)
    {
        ProgrammeTemplateRepository templates(fx.ws());
        EXPECT_TRUE(templates.ensureBuiltIns());
        const auto list = templates.list(); // kept alive for the loop
        EXPECT_TRUE(list);
        for (const ProgrammeTemplate& t : *list)
            if (t.stableId == stableId) {
                auto id = templates.apply(t.id, patientId);
                EXPECT_TRUE(id) << id.error().message.toStdString();
                return id ? *id : 0;
            }
        ADD_FAILURE() << "no template " << stableId.toStdString();
        return 0;
    }

    WorkspaceFixture fx;
};

} // namespace

TEST_P(PatientLanguageTest, IsStoredReadBackAndCleared)
{
    GRADUS_OPEN_WORKSPACE(fx);
    PatientRepository repo(fx.ws());
    auto id = repo.add(ben(u" de "_qs));
    ASSERT_TRUE(id) << id.error().message.toStdString();
    auto stored = repo.get(*id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->language, u"de"_qs);

    stored->language = u"es"_qs;
    auto updated = repo.update(*stored);
    ASSERT_TRUE(updated) << updated.error().message.toStdString();
    EXPECT_EQ(repo.get(*id)->language, u"es"_qs);

    updated->language.clear();
    ASSERT_TRUE(repo.update(*updated));
    EXPECT_TRUE(repo.get(*id)->language.isEmpty());
    // Not recorded is NULL in the store, as for every optional text.
    auto q = fx.ws().db().exec(u"SELECT language FROM patient WHERE id = ?"_qs, {*id});
    ASSERT_TRUE(q && q->next());
    EXPECT_TRUE(q->value(0).isNull());
}

TEST_P(PatientLanguageTest, AnUnsupportedLanguageIsRefusedAndNothingWritten)
{
    GRADUS_OPEN_WORKSPACE(fx);
    PatientRepository repo(fx.ws());
    auto id = repo.add(ben(u"pt"_qs));
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().code, u"patient.invalid"_qs);
    EXPECT_TRUE(id.error().message.contains(u"pt"_qs)) << id.error().message.toStdString();
    EXPECT_TRUE(id.error().message.contains(u"en, de, fr, es"_qs));
    EXPECT_EQ(fx.count(u"patient"_qs), 0);
}

TEST_P(PatientLanguageTest, ABuiltInTemplateIsAppliedInThePatientsLanguage)
{
    GRADUS_OPEN_WORKSPACE(fx);
    test::ScopedI18nFixture fixture; // German texts of sciatica_friendly_start
    ASSERT_TRUE(ExerciseLibrary::ensureLoaded(fx.ws()));
    PatientRepository repo(fx.ws());
    const qint64 german = *repo.add(ben(u"de"_qs));
    const qint64 english = *repo.add(samplePatient(u"Cy"_qs, u"Example"_qs, QDate(1980, 1, 1)));

    const Programme de =
        *ProgrammeRepository(fx.ws()).get(applyTemplate(u"sciatica_friendly_start"_qs, german));
    EXPECT_EQ(de.name, u"Ischias-freundlicher Einstieg"_qs);
    ASSERT_EQ(de.sections.size(), 3);
    EXPECT_EQ(de.sections[0].name, u"Gehen"_qs);
    EXPECT_EQ(de.sections[0].prescriptions[0].patientNote,
              u"Mehrere kurze Spaziergänge am Tag."_qs);
    EXPECT_TRUE(de.sections[2].prescriptions[0].patientNote.isEmpty());

    // No language recorded: the application's, English here.
    const Programme en =
        *ProgrammeRepository(fx.ws()).get(applyTemplate(u"sciatica_friendly_start"_qs, english));
    EXPECT_EQ(en.name, u"Sciatica-friendly start"_qs);
    EXPECT_EQ(en.sections[0].name, u"Walking"_qs);
}

INSTANTIATE_TEST_SUITE_P(Backends, PatientLanguageTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         test::backendName);
