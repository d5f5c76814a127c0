// Properties the safety engine keeps for every rule, condition and library exercise, so that
// a rule added later cannot open a false negative:
//   - adding a condition to a patient never removes a finding;
//   - a value that is not recorded (phase, weeks of pregnancy, time since surgery, leg
//     symptoms) never gives fewer or milder findings than any value that could be recorded.

#include "exercises/ExerciseLibrary.h"
#include "patients/ConditionCatalog.h"
#include "safety/SafetyCheck.h"

#include <gtest/gtest.h>

#include <functional>

namespace gradus {
namespace {

using Phase = CarePhase::Phase;

const Phase kAllPhases[] = {Phase::Unknown, Phase::Acute, Phase::Subacute, Phase::Chronic};
const Phase kKnownPhases[] = {Phase::Acute, Phase::Subacute, Phase::Chronic};

const QList<Exercise>& library()
{
    static const QList<Exercise> list = [] {
        auto file = ExerciseLibrary::builtIn();
        EXPECT_TRUE(file.ok());
        QList<Exercise> exercises = file ? file->exercises : QList<Exercise>{};
        qint64 id = 1;
        for (auto& e : exercises)
            e.id = id++;
        return exercises;
    }();
    return list;
}

const QList<CheckItem>& everyExercise()
{
    static const QList<CheckItem> items = [] {
        QList<CheckItem> list;
        for (const Exercise& e : library()) {
            Prescription p;
            p.exerciseId = e.id;
            p.dose = e.dose;
            list.append({p, e});
        }
        return list;
    }();
    return items;
}

const SafetyCheck& engine()
{
    static const SafetyCheck check(SafetyRules::builtIn(), library());
    return check;
}

QString describe(const SafetyProfile& p)
{
    QStringList parts{u"episode %1"_qs.arg(CarePhase::code(p.phase))};
    for (const auto& c : p.conditions)
        parts << u"%1 (own %2, amount %3)"_qs.arg(c.code, CarePhase::code(c.ownPhase),
                                                  c.amount ? QString::number(*c.amount) : u"-"_qs);
    parts << (p.legSymptomsRecorded
                  ? (p.peripheralising ? u"legs spreading"_qs : u"legs settled"_qs)
                  : u"legs not recorded"_qs);
    return parts.join(u", ");
}

SafetyProfile::ProfileCondition condition(const QString& code, Phase own,
                                          std::optional<int> amount = std::nullopt)
{
    SafetyProfile::ProfileCondition c{code, Condition::Side::Left, amount, own};
    c.id = 40;
    return c;
}

SafetyProfile base(Phase episode, bool legsRecorded)
{
    SafetyProfile p;
    p.patientId = 1;
    p.episodeId = 2;
    p.age = 45;
    p.phase = episode;
    p.legSymptomsRecorded = legsRecorded;
    return p;
}

QSet<QString> findingKeys(const SafetyProfile& profile)
{
    QSet<QString> keys;
    for (const auto& f : engine().check(profile, everyExercise()))
        keys.insert(u"%1 %2"_qs.arg(f.exerciseStableId, f.ruleId));
    return keys;
}

// Per exercise: the most severe avoid/caution finding (2 avoid, 1 caution, 0 none) and how
// many avoid/caution findings there are.
struct Burden
{
    int worst = 0;
    int count = 0;
};

QHash<QString, Burden> burden(const SafetyProfile& profile)
{
    QHash<QString, Burden> result;
    for (const auto& f : engine().check(profile, everyExercise())) {
        if (f.severity == Severity::Prefer)
            continue;
        Burden& b = result[f.exerciseStableId];
        b.worst = std::max(b.worst, f.severity == Severity::Avoid ? 2 : 1);
        ++b.count;
    }
    return result;
}

void expectNoFewer(const SafetyProfile& unknown, const SafetyProfile& known)
{
    const auto u = burden(unknown);
    const auto k = burden(known);
    for (auto it = k.begin(); it != k.end(); ++it) {
        const Burden got = u.value(it.key());
        EXPECT_GE(got.worst, it->worst) << it.key().toStdString() << ": milder when unknown ["
                                        << describe(unknown).toStdString() << "] than known ["
                                        << describe(known).toStdString() << "]";
        EXPECT_GE(got.count, it->count)
            << it.key().toStdString() << ": fewer findings when unknown ["
            << describe(unknown).toStdString() << "] than known [" << describe(known).toStdString()
            << "]";
    }
}

TEST(SafetyProperties, AddingAConditionNeverRemovesAFinding)
{
    const QStringList codes = ConditionCatalog::builtIn().codes();
    ASSERT_FALSE(codes.isEmpty());
    // Base profiles: no condition, or one condition in each phase; every episode phase.
    QList<SafetyProfile> bases;
    for (Phase episode : kAllPhases)
        for (bool legs : {true, false}) {
            bases.append(base(episode, legs));
            for (const QString& code : codes)
                for (Phase own : kAllPhases) {
                    SafetyProfile p = base(episode, legs);
                    p.conditions.append(condition(code, own));
                    bases.append(p);
                }
        }
    int checked = 0;
    for (const SafetyProfile& before : bases) {
        const QSet<QString> had = findingKeys(before);
        for (const QString& code : codes)
            for (Phase own : kAllPhases) {
                SafetyProfile after = before;
                after.conditions.append(condition(code, own));
                const QSet<QString> has = findingKeys(after);
                for (const QString& key : had)
                    EXPECT_TRUE(has.contains(key))
                        << key.toStdString() << " lost by adding " << code.toStdString() << " to ["
                        << describe(before).toStdString() << "]";
                ++checked;
            }
    }
    EXPECT_GT(checked, 5000);
}

TEST(SafetyProperties, UnknownPhaseIsNeverMilderThanAKnownPhase)
{
    QStringList codes = ConditionCatalog::builtIn().codes();
    codes.prepend(QString()); // no condition: the episode's phase alone
    for (const QString& code : codes)
        for (bool legs : {true, false}) {
            SafetyProfile unknown = base(Phase::Unknown, legs);
            if (!code.isEmpty())
                unknown.conditions.append(condition(code, Phase::Unknown));
            for (Phase known : kKnownPhases) {
                // Known from the episode's onset ...
                SafetyProfile fromEpisode = unknown;
                fromEpisode.phase = known;
                expectNoFewer(unknown, fromEpisode);
                // ... from the condition's own onset ...
                if (!code.isEmpty()) {
                    SafetyProfile fromCondition = unknown;
                    fromCondition.conditions.first().ownPhase = known;
                    expectNoFewer(unknown, fromCondition);
                    // ... or from both.
                    fromCondition.phase = known;
                    expectNoFewer(unknown, fromCondition);
                }
            }
        }
}

TEST(SafetyProperties, UnknownWeeksOfPregnancyAreNeverMilderThanAnyRecordedWeeks)
{
    const auto* pregnancy = ConditionCatalog::builtIn().find(u"pregnancy"_qs);
    ASSERT_TRUE(pregnancy && pregnancy->amount);
    for (Phase episode : kAllPhases) {
        SafetyProfile unknown = base(episode, true);
        unknown.conditions.append(condition(u"pregnancy"_qs, Phase::Unknown));
        for (int weeks = pregnancy->amount->minimum; weeks <= pregnancy->amount->maximum; ++weeks) {
            SafetyProfile known = unknown;
            known.conditions.first().amount = weeks;
            expectNoFewer(unknown, known);
        }
    }
}

TEST(SafetyProperties, UnknownTimeSinceSurgeryIsNeverMilderThanAnyKnownTime)
{
    for (Phase episode : kAllPhases) {
        SafetyProfile unknown = base(episode, true);
        unknown.conditions.append(condition(u"recent_surgery"_qs, Phase::Unknown));
        for (Phase since : kKnownPhases) {
            SafetyProfile known = unknown;
            known.conditions.first().ownPhase = since;
            expectNoFewer(unknown, known);
        }
    }
}

TEST(SafetyProperties, UnrecordedLegSymptomsAreNeverMilderThanRecordedOnes)
{
    QStringList codes = ConditionCatalog::builtIn().codes();
    codes.prepend(QString());
    for (const QString& code : codes)
        for (Phase phase : kAllPhases) {
            SafetyProfile unknown = base(phase, false);
            if (!code.isEmpty())
                unknown.conditions.append(condition(code, phase));
            for (bool spreading : {false, true}) {
                SafetyProfile known = unknown;
                known.legSymptomsRecorded = true;
                known.peripheralising = spreading;
                expectNoFewer(unknown, known);
            }
        }
}

TEST(SafetyProperties, UnrecordedLegSymptomsSayHowToRecordThem)
{
    SafetyProfile sciatica = base(Phase::Chronic, false);
    sciatica.conditions.append(condition(u"sciatica"_qs, Phase::Chronic));
    bool assumed = false;
    for (const auto& f : engine().check(sciatica, everyExercise()))
        for (const auto& a : f.assumptions)
            if (a.missing == SafetyAssumption::Missing::LegSymptoms) {
                assumed = true;
                EXPECT_EQ(a.text, u"Leg symptoms not recorded at the latest visit (or no visit "
                                  "yet): treated as spreading further down the leg."_qs);
                EXPECT_TRUE(a.command().startsWith(u"gradus-cli visit add 1 "_qs))
                    << a.command().toStdString();
            }
    EXPECT_TRUE(assumed);
    // Recorded as settled: nothing rests on the leg symptoms any more.
    sciatica.legSymptomsRecorded = true;
    for (const auto& f : engine().check(sciatica, everyExercise()))
        for (const auto& a : f.assumptions)
            EXPECT_NE(a.missing, SafetyAssumption::Missing::LegSymptoms) << f.ruleId.toStdString();
}

} // namespace
} // namespace gradus
