// Red-flag screens, overrides, the handout gate and the patient's safety profile, on SQLite
// and PostgreSQL.

#include "exercises/ExerciseLibrary.h"
#include "programmes/DoseValidator.h"
#include "safety/RedFlagCatalog.h"
#include "safety/SafetyProfile.h"
#include "services/HandoutGate.h"
#include "services/ProgrammeSafety.h"
#include "services/SafetyOverrides.h"
#include "services/SafetyProfileLoader.h"
#include "settings/ClinicSettings.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RedFlagRepository.h"
#include "storage/VisitRepository.h"
#include "support/PatientFixtures.h"

#include <gtest/gtest.h>

using namespace gradus;
using gradus::test::samplePatient;
using gradus::test::WorkspaceFixture;

namespace {

class SafetyStoreTest : public testing::TestWithParam<SqlBackend>
{
protected:
    SafetyStoreTest() : fx(GetParam()) {}

    qint64 patient(const QDate& dob = QDate(1980, 4, 4))
    {
        auto id = PatientRepository(fx.ws()).add(samplePatient(u"Ana"_qs, u"Test"_qs, dob));
        EXPECT_TRUE(id);
        return id ? *id : 0;
    }

    RedFlagScreen screen(qint64 pid, QStringList flags)
    {
        RedFlagScreen s;
        s.patientId = pid;
        s.clinician = u"J. Physio"_qs;
        s.flags = std::move(flags);
        return s;
    }

    qint64 exerciseId(const QString& stableId)
    {
        auto e = ExerciseRepository(fx.ws()).byStableId(stableId);
        EXPECT_TRUE(e) << stableId.toStdString();
        return e ? e->id : 0;
    }

    void addCondition(qint64 pid, const QString& code)
    {
        auto episode = EpisodeRepository(fx.ws()).ensureOpenEpisode(pid);
        ASSERT_TRUE(episode);
        Condition c;
        c.episodeId = episode->id;
        c.code = code;
        ASSERT_TRUE(ConditionRepository(fx.ws()).add(c));
    }

    // A draft with one prescription per exercise at its usual dose (the dose does not matter
    // here, but it has to fit the exercise).
    qint64 storedProgramme(qint64 pid, const QStringList& exercises)
    {
        if (!ExerciseLibrary::ensureLoaded(fx.ws()))
            return 0;
        Programme programme;
        programme.patientId = pid;
        programme.name = u"Strength"_qs;
        programme.startDate = fx.clock.today();
        ProgrammeSection section{u"Exercises"_qs, {}};
        for (const QString& stableId : exercises) {
            auto exercise = ExerciseRepository(fx.ws()).byStableId(stableId);
            EXPECT_TRUE(exercise) << stableId.toStdString();
            if (!exercise)
                return 0;
            Prescription p;
            p.exerciseId = exercise->id;
            p.dose = DoseValidator::startingDose(*exercise);
            section.prescriptions.append(p);
        }
        programme.sections.append(section);
        auto id = ProgrammeRepository(fx.ws()).create(programme);
        EXPECT_TRUE(id) << id.error().message.toStdString();
        return id ? *id : 0;
    }

    // A visit that recorded the leg symptoms as settled.
    VisitRecord settledVisit()
    {
        VisitRecord v;
        v.date = fx.clock.today();
        v.clinician = u"J. Physio"_qs;
        v.painNow = 3;
        v.legSymptoms = LegSymptoms::Stable;
        return v;
    }

    WorkspaceFixture fx;
};

} // namespace

TEST_P(SafetyStoreTest, ScreenIsRecordedAndReadBack)
{
    GRADUS_OPEN_WORKSPACE(fx);
    RedFlagRepository repo(fx.ws());
    const qint64 pid = patient();
    auto s = screen(pid, {u"night_pain"_qs, u"cancer_history"_qs});
    s.decision = RedFlagDecision::Referred;
    s.note = u"Letter to GP"_qs;
    auto id = repo.record(s);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    auto back = repo.get(*id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->flags, (QStringList{u"night_pain"_qs, u"cancer_history"_qs}));
    EXPECT_EQ(back->decision, RedFlagDecision::Referred);
    EXPECT_EQ(back->note, u"Letter to GP"_qs);
    EXPECT_EQ(back->date, fx.clock.today());
    EXPECT_EQ(back->decidedBy, u"J. Physio"_qs);
    EXPECT_FALSE(back->unresolved());
}

TEST_P(SafetyStoreTest, BadScreensAreRefusedAndNothingIsWritten)
{
    GRADUS_OPEN_WORKSPACE(fx);
    RedFlagRepository repo(fx.ws());
    const qint64 pid = patient();
    auto unknown = repo.record(screen(pid, {u"fever"_qs, u"no_such_flag"_qs}));
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(u"no_such_flag"_qs));

    auto noNote = screen(pid, {u"fever"_qs});
    noNote.decision = RedFlagDecision::Discussed;
    EXPECT_EQ(repo.record(noNote).error().code, u"screen.note"_qs);

    auto clearWithDecision = screen(pid, {});
    clearWithDecision.decision = RedFlagDecision::NotApplicable;
    clearWithDecision.note = u"n/a"_qs;
    EXPECT_EQ(repo.record(clearWithDecision).error().code, u"screen.decision"_qs);

    auto future = screen(pid, {});
    future.date = fx.clock.today().addDays(1);
    EXPECT_EQ(repo.record(future).error().code, u"screen.date"_qs);

    EXPECT_EQ(fx.count(u"red_flag_screen"_qs), 0);
    EXPECT_EQ(fx.count(u"red_flag_screen_flag"_qs), 0);
}

TEST_P(SafetyStoreTest, GateRefusesUntilTheDecisionIsRecorded)
{
    GRADUS_OPEN_WORKSPACE(fx);
    RedFlagRepository repo(fx.ws());
    const qint64 pid = patient();
    // No screen yet: nothing to block.
    EXPECT_TRUE(HandoutGate::check(fx.ws(), pid).ok());

    auto id = repo.record(screen(pid, {u"ces_saddle"_qs}));
    ASSERT_TRUE(id);
    auto refused = HandoutGate::check(fx.ws(), pid);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, u"handout.red_flags"_qs);
    EXPECT_TRUE(refused.error().message.contains(u"saddle"_qs));
    EXPECT_TRUE(refused.error().message.contains(u"emergency referral"_qs));

    EXPECT_FALSE(repo.decide(*id, RedFlagDecision::Referred, u""_qs, u"J. Physio"_qs));
    ASSERT_TRUE(repo.decide(*id, RedFlagDecision::Referred, u"Sent to A&E"_qs, u"J. Physio"_qs));
    EXPECT_TRUE(HandoutGate::check(fx.ws(), pid).ok());
    // A decision is never overwritten.
    EXPECT_EQ(repo.decide(*id, RedFlagDecision::Discussed, u"x"_qs, u"J"_qs).error().code,
              u"screen.decided"_qs);

    // A later positive screen without a decision blocks again; a clear one after it does not
    // decide it: only a decision on that flag does.
    fx.clock.advanceDays(7);
    auto fever = repo.record(screen(pid, {u"fever"_qs}));
    ASSERT_TRUE(fever);
    EXPECT_FALSE(HandoutGate::check(fx.ws(), pid).ok());
    fx.clock.advanceDays(7);
    ASSERT_TRUE(repo.record(screen(pid, {})));
    EXPECT_FALSE(HandoutGate::check(fx.ws(), pid).ok());
    ASSERT_TRUE(repo.decide(*fever, RedFlagDecision::NotApplicable, u"Settled, no fever now"_qs,
                            u"J. Physio"_qs));
    EXPECT_TRUE(HandoutGate::check(fx.ws(), pid).ok());
    EXPECT_EQ(repo.forPatient(pid)->size(), 3);
}

TEST_P(SafetyStoreTest, OverridesNeedAnAvoidRuleAndAReason)
{
    GRADUS_OPEN_WORKSPACE(fx);
    SafetyOverrides repo(fx.ws());
    // Overrides belong to a stored programme that holds the exercise kept.
    const qint64 pid = patient(QDate(1950, 3, 3));
    const qint64 programmeId = storedProgramme(pid, {u"walking"_qs, u"deadlift"_qs});
    ASSERT_GT(programmeId, 0);
    SafetyOverride o;
    o.programmeId = programmeId;
    o.position = 1;
    o.exerciseId = exerciseId(u"deadlift"_qs);
    o.ruleId = u"osteoporosis_lift_from_floor"_qs;
    o.recordedBy = u"J. Physio"_qs;
    EXPECT_EQ(repo.record(o).error().code, u"override.reason"_qs);
    o.reason = u"Lifts from blocks under supervision"_qs;
    auto caution = o;
    caution.ruleId = u"stenosis_extension"_qs;
    EXPECT_EQ(repo.record(caution).error().code, u"override.rule"_qs);
    auto unknownRule = o;
    unknownRule.ruleId = u"no_such_rule"_qs;
    EXPECT_EQ(repo.record(unknownRule).error().code, u"override.rule"_qs);
    auto notThere = o;
    notThere.exerciseId = exerciseId(u"bird_dog"_qs);
    auto refused = repo.record(notThere);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, u"override.exercise"_qs);
    EXPECT_TRUE(refused.error().message.contains(u"not in programme"_qs));
    auto nobody = o;
    nobody.recordedBy = u"  "_qs;
    EXPECT_EQ(repo.record(nobody).error().code, u"override.who"_qs);
    EXPECT_TRUE(repo.forProgramme(programmeId)->isEmpty()); // nothing half-written

    auto id = repo.record(o);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    auto list = repo.forProgramme(programmeId);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().reason, o.reason);
    EXPECT_EQ(list->first().recordedBy, o.recordedBy);
    EXPECT_EQ(list->first().recordedAt, fx.clock.now());
    EXPECT_EQ(list->first().position, 1);
    EXPECT_EQ(list->first().exerciseId, o.exerciseId);
    EXPECT_EQ(list->first().prescriptionId, 0);
    EXPECT_TRUE(repo.forProgramme(programmeId + 1)->isEmpty());
    ASSERT_TRUE(repo.withdraw(list->first()));
    EXPECT_TRUE(repo.forProgramme(programmeId)->isEmpty());
    EXPECT_EQ(repo.withdraw(list->first()).error().code, u"override.not_found"_qs);

    // An override for a programme that does not exist is refused.
    o.programmeId = programmeId + 1000;
    EXPECT_EQ(repo.record(o).error().code, u"programme.not_found"_qs);
}

TEST_P(SafetyStoreTest, KeptExerciseStaysKeptInLaterVersionsOnly)
{
    GRADUS_OPEN_WORKSPACE(fx);
    SafetyOverrides repo(fx.ws());
    ProgrammeRepository programmes(fx.ws());
    const qint64 pid = patient(QDate(1950, 3, 3));
    const qint64 v1 = storedProgramme(pid, {u"walking"_qs, u"deadlift"_qs});
    ASSERT_GT(v1, 0);
    // Given to the patient in the chronic phase, before osteoporosis was diagnosed.
    auto episode = EpisodeRepository(fx.ws()).openEpisode(pid);
    ASSERT_TRUE(episode && episode->has_value());
    Episode dated = **episode;
    dated.onsetDate = fx.clock.today().addYears(-1);
    ASSERT_TRUE(EpisodeRepository(fx.ws()).update(dated));
    ASSERT_TRUE(VisitRepository(fx.ws()).add(pid, dated.id, settledVisit(), u"J. Physio"_qs));
    ASSERT_TRUE(programmes.activate(v1));
    addCondition(pid, u"osteoporosis"_qs);
    auto kept = [&](qint64 programmeId) {
        auto programme = programmes.get(programmeId);
        EXPECT_TRUE(programme);
        auto findings = checkProgramme(fx.ws(), *programme);
        EXPECT_TRUE(findings);
        int avoid = 0, overridden = 0;
        for (const SafetyFinding& f : *findings) {
            if (f.ruleId != u"osteoporosis_lift_from_floor"_qs)
                continue;
            ++avoid;
            overridden += f.override ? 1 : 0;
        }
        EXPECT_EQ(avoid, 1) << "programme " << programmeId;
        return overridden == 1;
    };
    EXPECT_FALSE(kept(v1));

    // Recorded on the active version (what the patient has): no new version is needed.
    SafetyOverride o;
    o.programmeId = v1;
    o.position = 1;
    o.exerciseId = exerciseId(u"deadlift"_qs);
    o.ruleId = u"osteoporosis_lift_from_floor"_qs;
    o.reason = u"Lifts from blocks under supervision"_qs;
    o.recordedBy = u"J. Physio"_qs;
    ASSERT_TRUE(repo.record(o));
    EXPECT_TRUE(kept(v1));

    // Editing the active programme copies it into a new draft: the deadlift is still kept,
    // even after it moves to the top (the prescriptions are stored afresh).
    auto draft = programmes.draftFor(v1);
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    ASSERT_NE(draft->id, v1);
    EXPECT_TRUE(kept(draft->id));
    auto& rows = draft->sections[0].prescriptions;
    rows.swapItemsAt(0, 1);
    ASSERT_TRUE(programmes.saveDraft(*draft));
    EXPECT_TRUE(kept(draft->id));
    ASSERT_EQ(repo.forProgramme(draft->id)->size(), 1);

    // An override recorded on the new version does not reach back to the earlier one.
    ASSERT_TRUE(programmes.activate(draft->id)) << "the deadlift is kept with a reason";
    const qint64 v3 = storedProgramme(pid, {u"deadlift"_qs}); // another lineage: not kept
    EXPECT_FALSE(kept(v3));
    SafetyOverride later = o;
    later.programmeId = v3;
    later.position = 0;
    ASSERT_TRUE(repo.record(later));
    EXPECT_TRUE(kept(v3));
    EXPECT_EQ(repo.forProgramme(v1)->size(), 1);
    // A superseded version is read-only.
    SafetyOverride onOld = o;
    onOld.reason = u"Again"_qs;
    EXPECT_EQ(repo.record(onOld).error().code, u"override.programme"_qs);
}

TEST_P(SafetyStoreTest, ProfileComesFromTheStoreWithPhaseFromTheClock)
{
    GRADUS_OPEN_WORKSPACE(fx);
    const qint64 pid = patient(QDate(1960, 1, 1));
    Episode e;
    e.patientId = pid;
    e.complaint = u"Back and leg pain"_qs;
    e.onsetDate = fx.clock.today().addDays(-(6 * 7 - 1)); // one day short of six weeks
    e.openedOn = fx.clock.today();
    auto eid = EpisodeRepository(fx.ws()).add(e);
    ASSERT_TRUE(eid);
    Condition c;
    c.episodeId = *eid;
    c.code = u"pregnancy"_qs;
    c.amount = 22;
    ASSERT_TRUE(ConditionRepository(fx.ws()).add(c));
    Condition s;
    s.episodeId = *eid;
    s.code = u"sciatica"_qs;
    s.side = Condition::Side::Left;
    ASSERT_TRUE(ConditionRepository(fx.ws()).add(s));

    auto profile = SafetyProfileLoader::forPatient(fx.ws(), pid);
    ASSERT_TRUE(profile) << profile.error().message.toStdString();
    EXPECT_EQ(profile->phase, CarePhase::Phase::Acute);
    EXPECT_EQ(profile->age, 66);
    EXPECT_EQ(profile->conditions.size(), 2);
    EXPECT_FALSE(profile->peripheralising);

    VisitRecord v;
    v.date = fx.clock.today();
    v.clinician = u"J. Physio"_qs;
    v.painNow = 5;
    v.legSymptoms = LegSymptoms::Peripheralising;
    v.newNeuroSigns = true;
    ASSERT_TRUE(VisitRepository(fx.ws()).add(pid, *eid, v, v.clinician));

    fx.clock.advanceDays(1);
    profile = SafetyProfileLoader::forPatient(fx.ws(), pid);
    ASSERT_TRUE(profile);
    EXPECT_EQ(profile->phase, CarePhase::Phase::Subacute);
    EXPECT_TRUE(profile->peripheralising);
    EXPECT_TRUE(profile->newNeuroSigns);
    bool sawSide = false;
    for (const auto& pc : profile->conditions)
        sawSide |= pc.code == u"sciatica"_qs && pc.side == Condition::Side::Left;
    EXPECT_TRUE(sawSide);

    EXPECT_FALSE(SafetyProfileLoader::forPatient(fx.ws(), 999999));
}

TEST_P(SafetyStoreTest, AgeRedFlagFollowsTheClinicSettings)
{
    GRADUS_OPEN_WORKSPACE(fx);
    auto& settings = fx.ws().settings();
    const auto& catalog = RedFlagCatalog::builtIn();
    // Defaults: under 20, over 50.
    EXPECT_TRUE(catalog.suggestedForAge(50, settings).isEmpty());
    EXPECT_EQ(catalog.suggestedForAge(51, settings), QStringList{u"age_new_pain"_qs});
    EXPECT_TRUE(catalog.suggestedForAge(20, settings).isEmpty());
    EXPECT_EQ(catalog.suggestedForAge(19, settings), QStringList{u"age_new_pain"_qs});
    ASSERT_TRUE(settings.setValue(ClinicSettings::Key::RedFlagAgeOver, 55));
    ASSERT_TRUE(settings.setValue(ClinicSettings::Key::RedFlagAgeUnder, 16));
    EXPECT_TRUE(catalog.suggestedForAge(55, settings).isEmpty());
    EXPECT_FALSE(catalog.suggestedForAge(56, settings).isEmpty());
    EXPECT_TRUE(catalog.suggestedForAge(16, settings).isEmpty());
    EXPECT_FALSE(catalog.suggestedForAge(15, settings).isEmpty());
    EXPECT_TRUE(catalog.suggestedForAge(-1, settings).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, SafetyStoreTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         test::backendName);
