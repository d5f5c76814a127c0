// "Avoid" is enforced in the core, on SQLite and PostgreSQL: a programme holding an exercise a
// rule says to avoid, with no recorded reason to keep it, is neither given to the patient
// (ProgrammeRepository::activate, whoever asks) nor printed (the application's handout check);
// the refusal names the exercise and the rule and says how to keep or replace it. A recorded
// override, or replacing the exercise, lets it through; cautions never refuse.

#include "services/ActivationGate.h"
#include "exercises/ExerciseLibrary.h"
#include "services/HandoutCheck.h"
#include "services/ProgrammeSafety.h"
#include "services/SafetyOverrides.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/VisitRepository.h"
#include "support/PatientFixtures.h"

#include <gtest/gtest.h>

using namespace gradus;
using gradus::test::samplePatient;
using gradus::test::WorkspaceFixture;

namespace {

class ActivationGateTest : public testing::TestWithParam<SqlBackend>
{
protected:
    ActivationGateTest() : fx(GetParam()) {}

    // A patient with chronic sciatica (onset a year ago) and settled leg symptoms, so that
    // only the rules this test is about fire.
    bool setUpPatient(const QString& code)
    {
        if (!ExerciseLibrary::ensureLoaded(fx.ws()))
            return false;
        auto pid =
            PatientRepository(fx.ws()).add(samplePatient(u"Ana"_qs, u"Test"_qs, QDate(1975, 1, 1)));
        if (!pid)
            return false;
        patientId = *pid;
        Episode e;
        e.patientId = patientId;
        e.complaint = u"Back and leg pain"_qs;
        e.onsetDate = fx.clock.today().addYears(-1);
        e.openedOn = fx.clock.today();
        auto eid = EpisodeRepository(fx.ws()).add(e);
        if (!eid)
            return false;
        Condition c;
        c.episodeId = *eid;
        c.code = code;
        if (!ConditionRepository(fx.ws()).add(c))
            return false;
        VisitRecord v;
        v.date = fx.clock.today();
        v.clinician = u"J. Physio"_qs;
        v.painNow = 3;
        v.legSymptoms = LegSymptoms::Stable;
        return bool(VisitRepository(fx.ws()).add(patientId, *eid, v, v.clinician));
    }

    qint64 exerciseId(const QString& stableId)
    {
        auto e = ExerciseRepository(fx.ws()).byStableId(stableId);
        EXPECT_TRUE(e) << stableId.toStdString();
        return e ? e->id : 0;
    }

    // A draft with each exercise at its library dose.
    qint64 draft(const QStringList& exercises)
    {
        Programme programme;
        programme.patientId = patientId;
        programme.name = u"Strength"_qs;
        programme.startDate = fx.clock.today();
        ProgrammeSection section{u"Exercises"_qs, {}};
        for (const QString& stableId : exercises) {
            auto e = ExerciseRepository(fx.ws()).byStableId(stableId);
            EXPECT_TRUE(e);
            Prescription p;
            p.exerciseId = e->id;
            p.dose = e->dose;
            p.dose.sets = std::max(1, p.dose.sets);
            section.prescriptions.append(p);
        }
        programme.sections.append(section);
        auto id = ProgrammeRepository(fx.ws()).create(programme);
        EXPECT_TRUE(id) << id.error().message.toStdString();
        return id ? *id : 0;
    }

    Programme stored(qint64 id) { return *ProgrammeRepository(fx.ws()).get(id); }

    // Keeps the exercise of finding `f` in programme `id` with a clinician's reason.
    Result<qint64> keep(qint64 id, const SafetyFinding& f)
    {
        SafetyOverride o;
        o.programmeId = id;
        o.position = f.index;
        o.exerciseId = f.exerciseId;
        o.ruleId = f.ruleId;
        o.reason = u"Reduced range only, supervised in clinic"_qs;
        o.recordedBy = u"J. Physio"_qs;
        return SafetyOverrides(fx.ws()).record(o);
    }

    WorkspaceFixture fx;
    qint64 patientId = 0;
};

} // namespace

TEST_P(ActivationGateTest, AnUnkeptAvoidIsNotGivenToThePatient)
{
    GRADUS_OPEN_WORKSPACE(fx);
    ASSERT_TRUE(setUpPatient(u"osteoporosis"_qs));
    const qint64 id = draft({u"walking"_qs, u"sit_up"_qs});
    ProgrammeRepository programmes(fx.ws());
    auto refused = programmes.activate(id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, u"safety.avoid"_qs);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Refused);
    const QString message = refused.error().message;
    EXPECT_TRUE(message.contains(u"Sit-up"_qs)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"osteoporosis_flexion"_qs)) << message.toStdString();
    EXPECT_TRUE(message.contains(
        u"gradus-cli programme override %1 --exercise sit_up --rule osteoporosis_flexion"_qs.arg(
            id)))
        << message.toStdString();
    EXPECT_TRUE(message.contains(u"Keep with a Reason"_qs)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"modified_curl_up"_qs)) << "a safer alternative is named";
    EXPECT_EQ(stored(id).status, ProgrammeStatus::Draft);

    // Kept with a reason for every avoid rule it breaks: given to the patient.
    auto findings = checkProgramme(fx.ws(), stored(id));
    ASSERT_TRUE(findings);
    for (const SafetyFinding& f : ActivationGate::unkept(*findings)) {
        ASSERT_TRUE(keep(id, f));
        // Still refused until the last one is kept.
        const bool last = ActivationGate::unkept(*checkProgramme(fx.ws(), stored(id))).isEmpty();
        EXPECT_EQ(bool(ActivationGate::check(fx.ws(), stored(id))), last);
    }
    ASSERT_TRUE(programmes.activate(id));
    EXPECT_EQ(stored(id).status, ProgrammeStatus::Active);
}

TEST_P(ActivationGateTest, AReasonTheProgrammeWasGivenWithStaysOnRecord)
{
    GRADUS_OPEN_WORKSPACE(fx);
    ASSERT_TRUE(setUpPatient(u"osteoporosis"_qs));
    const qint64 id = draft({u"walking"_qs, u"sit_up"_qs});
    const auto keepAll = [&] {
        for (const SafetyFinding& f : ActivationGate::unkept(*checkProgramme(fx.ws(), stored(id))))
            ASSERT_TRUE(keep(id, f));
    };
    keepAll();
    auto kept = SafetyOverrides(fx.ws()).forProgramme(id);
    ASSERT_TRUE(kept);
    ASSERT_FALSE(kept->isEmpty());
    // On a draft, undo takes the reason back.
    ASSERT_TRUE(SafetyOverrides(fx.ws()).withdraw(kept->first()));
    EXPECT_EQ(SafetyOverrides(fx.ws()).forProgramme(id)->size(), kept->size() - 1);

    keepAll();
    kept = SafetyOverrides(fx.ws()).forProgramme(id);
    fx.clock.set(fx.clock.now().addSecs(60));
    ASSERT_TRUE(ProgrammeRepository(fx.ws()).activate(id));
    // Given to the patient with it: the reason stays, and the programme stays as given.
    const Status refused = SafetyOverrides(fx.ws()).withdraw(kept->first());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, u"override.relied_on"_qs);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Refused);
    EXPECT_EQ(SafetyOverrides(fx.ws()).forProgramme(id)->size(), kept->size());
}

TEST_P(ActivationGateTest, ReplacingTheExerciseLetsItThroughAndCautionsNeverRefuse)
{
    GRADUS_OPEN_WORKSPACE(fx);
    ASSERT_TRUE(setUpPatient(u"sciatica"_qs));
    // Chronic sciatica: deadlift and toe touch are cautions, not avoids.
    const qint64 cautions = draft({u"walking"_qs, u"deadlift"_qs, u"standing_toe_touch"_qs});
    auto findings = checkProgramme(fx.ws(), stored(cautions));
    ASSERT_TRUE(findings);
    ASSERT_FALSE(findings->isEmpty());
    EXPECT_TRUE(ActivationGate::unkept(*findings).isEmpty());
    EXPECT_TRUE(ProgrammeRepository(fx.ws()).activate(cautions));

    // A disc herniation makes the toe touch an avoid; swapping it for a safer one clears it.
    Condition disc;
    disc.episodeId = stored(cautions).episodeId;
    disc.code = u"disc_herniation"_qs;
    ASSERT_TRUE(ConditionRepository(fx.ws()).add(disc));
    const qint64 id = draft({u"walking"_qs, u"standing_toe_touch"_qs});
    EXPECT_FALSE(ProgrammeRepository(fx.ws()).activate(id));
    Programme changed = stored(id);
    changed.sections[0].prescriptions[1].exerciseId = exerciseId(u"hamstring_stretch"_qs);
    changed.sections[0].prescriptions[1].dose =
        ExerciseRepository(fx.ws()).byStableId(u"hamstring_stretch"_qs)->dose;
    ASSERT_TRUE(ProgrammeRepository(fx.ws()).saveDraft(changed));
    EXPECT_TRUE(ProgrammeRepository(fx.ws()).activate(id));
}

TEST_P(ActivationGateTest, TheHandoutIsRefusedForAnUnkeptAvoid)
{
    GRADUS_OPEN_WORKSPACE(fx);
    ASSERT_TRUE(setUpPatient(u"osteoporosis"_qs));
    const qint64 id = draft({u"walking"_qs, u"deadlift"_qs});
    auto refused = applicationHandoutCheck(stored(id))(fx.ws(), patientId);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Refused);
    EXPECT_TRUE(refused.error().message.startsWith(u"No handout"_qs))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(u"osteoporosis_lift_from_floor"_qs));
    EXPECT_TRUE(refused.error().message.contains(u"programme override %1"_qs.arg(id)));

    // An ad-hoc list cannot carry an override: it says how to keep the exercise.
    Programme adHoc = stored(id);
    adHoc.id = 0;
    auto listRefused = applicationHandoutCheck(adHoc)(fx.ws(), patientId);
    ASSERT_FALSE(listRefused);
    EXPECT_TRUE(listRefused.error().message.contains(u"put them in a programme"_qs))
        << listRefused.error().message.toStdString();

    // Kept with a reason: the handout is allowed (the check reads the store each time).
    auto findings = checkProgramme(fx.ws(), stored(id));
    ASSERT_TRUE(findings);
    for (const SafetyFinding& f : ActivationGate::unkept(*findings))
        ASSERT_TRUE(keep(id, f));
    const HandoutCheck check = applicationHandoutCheck(stored(id));
    EXPECT_TRUE(check(fx.ws(), patientId));
}

INSTANTIATE_TEST_SUITE_P(Backends, ActivationGateTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         test::backendName);
