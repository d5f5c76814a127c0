// The contraindication rules against the built-in library: every rule fires on a matching
// exercise and not on its neighbour, a healthy profile with a gentle programme is clean,
// thresholds are inclusive where the rules say so, and alternatives never trigger an avoid.

#include "safety/SafetyCheck.h"
#include "exercises/ExerciseLibrary.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <set>

namespace gradus {
namespace {

using Phase = CarePhase::Phase;

const QList<Exercise>& library()
{
    static const QList<Exercise> list = [] {
        auto file = ExerciseLibrary::builtIn();
        EXPECT_TRUE(file.ok());
        QList<Exercise> exercises = file ? file->exercises : QList<Exercise>{};
        // The shipped library has no end-range twist; the osteoporosis rule needs one.
        Exercise twist;
        twist.stableId = QStringLiteral("test_end_range_twist");
        twist.name = QStringLiteral("End-range twist (test)");
        twist.category = ExerciseCategory::Mobility;
        twist.properties.position = BodyPosition::Sitting;
        twist.properties.spinalMovements = {SpinalMovement::Rotation};
        twist.properties.endRange = true;
        exercises.append(twist);
        qint64 id = 1;
        for (auto& e : exercises)
            e.id = id++;
        return exercises;
    }();
    return list;
}

const Exercise& exercise(const QString& stableId)
{
    for (const auto& e : library())
        if (e.stableId == stableId)
            return e;
    ADD_FAILURE() << "no exercise " << stableId.toStdString();
    static Exercise none;
    return none;
}

// A profile with one condition whose own onset and the episode's give `phase`.
SafetyProfile with(const QString& code, std::optional<int> amount = std::nullopt,
                   Phase phase = Phase::Chronic)
{
    SafetyProfile p;
    p.conditions.append({code, Condition::Side::None, amount, phase});
    p.phase = phase;
    p.age = 45;
    return p;
}

SafetyProfile phase(Phase value)
{
    SafetyProfile p;
    p.phase = value;
    p.age = 45;
    return p;
}

SafetyProfile finding(bool peripheralising, bool neuro)
{
    SafetyProfile p;
    p.phase = Phase::Chronic;
    p.age = 45;
    p.peripheralising = peripheralising;
    p.newNeuroSigns = neuro;
    return p;
}

// Recent surgery with the date of surgery giving `phase`; the back complaint itself chronic.
SafetyProfile surgery(Phase phase)
{
    SafetyProfile p = with(u"recent_surgery"_qs, {}, Phase::Chronic);
    p.conditions.first().ownPhase = phase;
    return p;
}

SafetyProfile aged(int years)
{
    SafetyProfile p;
    p.phase = Phase::Chronic;
    p.age = years;
    return p;
}

QList<CheckItem> items(const QStringList& stableIds)
{
    QList<CheckItem> list;
    for (const auto& id : stableIds) {
        Prescription p;
        p.exerciseId = exercise(id).id;
        p.dose = exercise(id).dose; // as prescribed from the library
        list.append({p, exercise(id)});
    }
    return list;
}

QStringList firedRules(const SafetyProfile& profile, const QStringList& stableIds)
{
    SafetyCheck check(SafetyRules::builtIn(), library());
    QStringList ids;
    for (const auto& f : check.check(profile, items(stableIds)))
        ids.append(f.ruleId);
    return ids;
}

struct RuleCase
{
    const char* rule;
    std::function<SafetyProfile()> profile;
    const char* fires;
    const char* neighbour;
};

std::ostream& operator<<(std::ostream& os, const RuleCase& c)
{
    return os << c.rule << " on " << c.fires << " not " << c.neighbour;
}

const std::vector<RuleCase>& ruleCases()
{
    static const std::vector<RuleCase> cases = {
        {"acute_heavy_load", [] { return phase(Phase::Acute); }, "barbell_back_squat",
         "mini_squat"},
        {"acute_loaded_exercise", [] { return phase(Phase::Acute); }, "band_row", "sit_to_stand"},
        {"acute_prefer_walking", [] { return phase(Phase::Acute); }, "walking", "running"},
        {"sciatica_end_range_flexion", [] { return with(u"sciatica"_qs, {}, Phase::Acute); },
         "standing_toe_touch", "knee_to_chest"},
        {"sciatica_end_range_flexion", [] { return with(u"disc_herniation"_qs); }, "sit_up",
         "pelvic_tilt"},
        {"sciatica_loaded_flexion", [] { return with(u"disc_herniation"_qs); }, "loaded_rotation",
         "band_row"},
        {"sciatica_heavy_load", [] { return with(u"sciatica"_qs, {}, Phase::Acute); }, "deadlift",
         "hip_hinge"},
        {"sciatica_loaded_rotation", [] { return with(u"disc_herniation"_qs); }, "loaded_rotation",
         "swimming"},
        {"sciatica_end_range_flexion_after_acute",
         [] { return with(u"sciatica"_qs, {}, Phase::Subacute); }, "standing_toe_touch",
         "knee_to_chest"},
        {"sciatica_loaded_flexion_after_acute", [] { return with(u"sciatica"_qs); },
         "loaded_rotation", "band_row"},
        {"sciatica_heavy_load_after_acute", [] { return with(u"sciatica"_qs); }, "deadlift",
         "hip_hinge"},
        {"sciatica_loaded_rotation_after_acute", [] { return with(u"sciatica"_qs); },
         "loaded_rotation", "swimming"},
        {"peripheralising_flexion", [] { return finding(true, false); }, "knee_to_chest",
         "prone_on_elbows"},
        {"neuro_signs_heavy_load", [] { return finding(false, true); }, "overhead_press",
         "band_row"},
        {"sciatica_prefer_walking", [] { return with(u"sciatica"_qs); }, "walking", "running"},
        {"osteoporosis_flexion", [] { return with(u"osteoporosis"_qs); }, "double_knee_to_chest",
         "knee_to_chest"},
        {"osteoporosis_loaded_flexion", [] { return with(u"osteoporosis"_qs); }, "loaded_rotation",
         "band_row"},
        {"osteoporosis_forceful_flexion", [] { return with(u"osteoporosis"_qs); }, "sit_up",
         "standing_toe_touch"},
        {"osteoporosis_end_range_twist", [] { return with(u"vertebral_fracture_history"_qs); },
         "test_end_range_twist", "lumbar_rotation"},
        {"osteoporosis_loaded_twist", [] { return with(u"osteoporosis"_qs); }, "loaded_rotation",
         "swimming"},
        {"osteoporosis_lift_from_floor", [] { return with(u"osteoporosis"_qs); }, "deadlift",
         "hip_hinge"},
        {"osteoporosis_overhead", [] { return with(u"osteoporosis"_qs); }, "overhead_press",
         "band_row"},
        {"vertebral_fracture_high_impact", [] { return with(u"vertebral_fracture_history"_qs); },
         "jumping", "walking"},
        {"osteoporosis_high_impact", [] { return with(u"osteoporosis"_qs); }, "running",
         "elliptical_trainer"},
        {"osteoporosis_prefer_strength_balance", [] { return with(u"osteoporosis"_qs); },
         "prone_back_extension", "glute_bridge"},
        {"pregnancy_fall_risk", [] { return with(u"pregnancy"_qs, 12); }, "running", "walking"},
        {"pregnancy_abdominal_load", [] { return with(u"pregnancy"_qs, 12); }, "sit_up",
         "modified_curl_up"},
        {"pregnancy_high_impact", [] { return with(u"pregnancy"_qs, 12); }, "jumping", "step_up"},
        {"pregnancy_supine_late", [] { return with(u"pregnancy"_qs, 28); }, "glute_bridge",
         "bird_dog"},
        {"pregnancy_prefer_low_impact", [] { return with(u"pregnancy"_qs, 12); }, "swimming",
         "running"},
        {"stenosis_extension", [] { return with(u"lumbar_spinal_stenosis"_qs); }, "prone_press_up",
         "knee_to_chest"},
        {"stenosis_walking_quota", [] { return with(u"lumbar_spinal_stenosis"_qs); }, "walking",
         "stationary_cycling"},
        {"stenosis_prefer_flexion", [] { return with(u"lumbar_spinal_stenosis"_qs); },
         "stationary_cycling", "walking"},
        {"spondylolisthesis_end_range_extension", [] { return with(u"spondylolisthesis"_qs); },
         "prone_press_up", "prone_on_elbows"},
        {"spondylolisthesis_rotation", [] { return with(u"spondylolisthesis"_qs); },
         "lumbar_rotation", "pelvic_tilt"},
        {"spondylolisthesis_prefer_stabilisation", [] { return with(u"spondylolisthesis"_qs); },
         "dead_bug", "cat_cow"},
        {"recent_surgery_heavy_load", [] { return surgery(Phase::Acute); }, "deadlift",
         "hip_hinge"},
        {"recent_surgery_loaded_flexion", [] { return surgery(Phase::Acute); }, "loaded_rotation",
         "band_row"},
        {"recent_surgery_end_range_flexion", [] { return surgery(Phase::Acute); },
         "standing_toe_touch", "knee_to_chest"},
        {"recent_surgery_loaded_twist", [] { return surgery(Phase::Acute); }, "loaded_rotation",
         "lumbar_rotation"},
        {"recent_surgery_end_range_twist", [] { return surgery(Phase::Acute); },
         "test_end_range_twist", "lumbar_rotation"},
        {"recent_surgery_lifting", [] { return surgery(Phase::Acute); }, "band_row",
         "sit_to_stand"},
        {"recent_surgery_high_impact", [] { return surgery(Phase::Acute); }, "running", "walking"},
        {"recent_surgery_heavy_load_later", [] { return surgery(Phase::Subacute); }, "deadlift",
         "hip_hinge"},
        {"recent_surgery_loaded_bending_later", [] { return surgery(Phase::Chronic); },
         "loaded_rotation", "band_row"},
        {"recent_surgery_end_range_later", [] { return surgery(Phase::Chronic); },
         "standing_toe_touch", "knee_to_chest"},
        {"recent_surgery_prefer_walking", [] { return surgery(Phase::Chronic); }, "walking",
         "running"},
        {"cardiovascular_heavy_load", [] { return with(u"cardiovascular_precautions"_qs); },
         "deadlift", "sit_up"},
        {"cardiovascular_overhead_press", [] { return with(u"cardiovascular_precautions"_qs); },
         "overhead_press", "band_row"},
        {"cardiovascular_static_hold", [] { return with(u"cardiovascular_precautions"_qs); },
         "plank", "bird_dog"},
        {"cardiovascular_prefer_dynamic", [] { return with(u"cardiovascular_precautions"_qs); },
         "walking", "running"},
        {"hypermobility_sustained_stretch", [] { return with(u"hypermobility"_qs); },
         "hamstring_stretch", "glute_bridge"},
        {"hypermobility_end_range_hold", [] { return with(u"hypermobility"_qs); }, "childs_pose",
         "standing_toe_touch"},
        {"hypermobility_prefer_mid_range_control", [] { return with(u"hypermobility"_qs); },
         "dead_bug", "cat_cow"},
        {"flare_high_impact", [] { return phase(Phase::Acute); }, "running", "walking"},
        {"flare_overhead", [] { return finding(true, false); }, "overhead_press", "band_row"},
        {"flare_heavy_load", [] { return finding(true, false); }, "deadlift", "hip_hinge"},
        {"older_adult_balance", [] { return aged(70); }, "jumping", "walking"},
        {"spine_sparing_core", [] { return with(u"chronic_nonspecific_lbp"_qs); }, "bird_dog",
         "plank"},
        {"spine_sparing_sit_up", [] { return with(u"acute_nonspecific_lbp"_qs); }, "sit_up",
         "modified_curl_up"},
    };
    return cases;
}

class SafetyRuleTable : public testing::TestWithParam<RuleCase>
{
};

TEST_P(SafetyRuleTable, FiresOnMatchAndNotOnNeighbour)
{
    const auto& c = GetParam();
    const auto profile = c.profile();
    const QString rule = QString::fromLatin1(c.rule);
    EXPECT_TRUE(firedRules(profile, {QString::fromLatin1(c.fires)}).contains(rule));
    EXPECT_FALSE(firedRules(profile, {QString::fromLatin1(c.neighbour)}).contains(rule));
    // Nor on the matching exercise for a patient without the condition or finding.
    EXPECT_FALSE(firedRules(aged(40), {QString::fromLatin1(c.fires)}).contains(rule));
}

INSTANTIATE_TEST_SUITE_P(AllRules, SafetyRuleTable, testing::ValuesIn(ruleCases()));

TEST(SafetyRules, EveryShippedRuleHasATableRow)
{
    std::set<std::string> covered;
    for (const auto& c : ruleCases())
        covered.insert(c.rule);
    ASSERT_FALSE(SafetyRules::builtIn().rules().isEmpty());
    for (const auto& rule : SafetyRules::builtIn().rules())
        EXPECT_TRUE(covered.count(rule.id.toStdString())) << rule.id.toStdString();
}

TEST(SafetyRules, EveryClinicalSectionFourConditionIsCovered)
{
    QSet<QString> conditions;
    QSet<QString> phases;
    QSet<QString> findings;
    for (const auto& rule : SafetyRules::builtIn().rules())
        for (const auto& w : rule.when) {
            conditions.insert(w.condition);
            phases.insert(w.phase);
            findings.insert(w.finding);
        }
    for (const char* code :
         {"sciatica", "disc_herniation", "osteoporosis", "pregnancy", "lumbar_spinal_stenosis",
          "spondylolisthesis", "vertebral_fracture_history"})
        EXPECT_TRUE(conditions.contains(QString::fromLatin1(code))) << code;
    EXPECT_TRUE(phases.contains(u"acute"_qs));
    EXPECT_TRUE(findings.contains(u"peripheralising"_qs));
    EXPECT_TRUE(findings.contains(u"new_neuro_signs"_qs));
    for (const auto& rule : SafetyRules::builtIn().rules()) {
        EXPECT_FALSE(rule.source.isEmpty()) << rule.id.toStdString();
        EXPECT_FALSE(rule.reason.isEmpty()) << rule.id.toStdString();
    }
}

TEST(SafetyCheck, HealthyProfileWithGentleProgrammeIsClean)
{
    SafetyCheck check(SafetyRules::builtIn(), library());
    const auto findings = check.check(
        aged(40), items({u"walking"_qs, u"cat_cow"_qs, u"bird_dog"_qs, u"glute_bridge"_qs,
                         u"hamstring_stretch"_qs, u"side_plank"_qs}));
    EXPECT_TRUE(findings.isEmpty());
}

TEST(SafetyCheck, PregnancySupineThresholdIsTwentyWeeksInclusive)
{
    EXPECT_FALSE(firedRules(with(u"pregnancy"_qs, 19), {u"glute_bridge"_qs})
                     .contains(u"pregnancy_supine_late"_qs));
    EXPECT_TRUE(firedRules(with(u"pregnancy"_qs, 20), {u"glute_bridge"_qs})
                    .contains(u"pregnancy_supine_late"_qs));
    // Weeks not recorded: never "safe"; the rule applies as for 20 weeks or more and says so.
    SafetyCheck check(SafetyRules::builtIn(), library());
    SafetyProfile unknownWeeks = with(u"pregnancy"_qs);
    unknownWeeks.conditions.first().id = 31;
    const auto findings = check.check(unknownWeeks, items({u"glute_bridge"_qs}));
    const auto it = std::find_if(findings.begin(), findings.end(), [](const SafetyFinding& f) {
        return f.ruleId == u"pregnancy_supine_late"_qs;
    });
    ASSERT_NE(it, findings.end());
    ASSERT_EQ(it->assumptions.size(), 1);
    EXPECT_EQ(it->assumptions.first().text,
              u"Weeks of pregnancy not recorded: treated as 20 weeks or more."_qs);
    EXPECT_EQ(it->assumptions.first().command(), u"gradus-cli condition edit 31 --amount N"_qs);
    // With the weeks recorded the same finding rests on no assumption.
    for (const auto& f : check.check(with(u"pregnancy"_qs, 24), items({u"glute_bridge"_qs})))
        EXPECT_TRUE(f.assumptions.isEmpty()) << f.ruleId.toStdString();
}

TEST(SafetyCheck, AgeBandIsInclusive)
{
    EXPECT_FALSE(firedRules(aged(64), {u"running"_qs}).contains(u"older_adult_balance"_qs));
    EXPECT_TRUE(firedRules(aged(65), {u"running"_qs}).contains(u"older_adult_balance"_qs));
    SafetyProfile unknownAge;
    EXPECT_FALSE(firedRules(unknownAge, {u"running"_qs}).contains(u"older_adult_balance"_qs));
}

TEST(SafetyCheck, FindingsNamePrescriptionRuleSeverityReasonAndSource)
{
    SafetyCheck check(SafetyRules::builtIn(), library());
    auto list = items({u"walking"_qs, u"sit_up"_qs});
    list[1].first.id = 77;
    const auto findings = check.check(with(u"osteoporosis"_qs), list);
    ASSERT_FALSE(findings.isEmpty());
    const auto& f = findings.first();
    EXPECT_EQ(f.index, 1);
    EXPECT_EQ(f.prescriptionId, 77);
    EXPECT_EQ(f.exerciseStableId, u"sit_up"_qs);
    EXPECT_EQ(f.severity, Severity::Avoid); // avoid first
    EXPECT_FALSE(f.reason.isEmpty());
    EXPECT_TRUE(f.source.contains(u"Osteoporosis"_qs));
    // The regression comes first, and it is not itself avoided.
    ASSERT_FALSE(f.alternatives.isEmpty());
    EXPECT_EQ(f.alternatives.first(), u"modified_curl_up"_qs);
}

TEST(SafetyCheck, AlternativesNeverTriggerAnAvoid)
{
    SafetyCheck check(SafetyRules::builtIn(), library());
    QStringList all;
    for (const auto& e : library())
        all.append(e.stableId);
    for (const auto& c : ruleCases()) {
        const auto profile = c.profile();
        const auto active = check.applicableRules(profile);
        for (const auto& f : check.check(profile, items(all)))
            for (const auto& alt : f.alternatives) {
                EXPECT_NE(alt, f.exerciseStableId);
                for (const auto* rule : active) {
                    if (rule->severity == Severity::Avoid) {
                        EXPECT_FALSE(rule->match.matches(exercise(alt)))
                            << alt.toStdString() << " suggested for " << f.ruleId.toStdString()
                            << " but avoided by " << rule->id.toStdString();
                    }
                }
            }
    }
}

TEST(SafetyCheck, AvoidFindingsOfferAnAlternative)
{
    SafetyCheck check(SafetyRules::builtIn(), library());
    const auto findings = check.check(with(u"pregnancy"_qs, 12), items({u"running"_qs}));
    ASSERT_FALSE(findings.isEmpty());
    EXPECT_EQ(findings.first().ruleId, u"pregnancy_fall_risk"_qs);
    EXPECT_TRUE(findings.first().alternatives.contains(u"walking"_qs));
}

TEST(SafetyCheck, OverridesMatchByPrescriptionOrPosition)
{
    SafetyCheck check(SafetyRules::builtIn(), library());
    auto findings = check.check(with(u"osteoporosis"_qs), items({u"walking"_qs, u"deadlift"_qs}));
    SafetyOverride o;
    o.position = 1;
    o.ruleId = u"osteoporosis_lift_from_floor"_qs;
    o.reason = u"Supervised in clinic, from blocks"_qs;
    SafetyCheck::applyOverrides(findings, {o});
    int overridden = 0;
    for (const auto& f : findings)
        if (f.override) {
            ++overridden;
            EXPECT_EQ(f.ruleId, o.ruleId);
        }
    EXPECT_EQ(overridden, 1);
    const auto json = findingsToJson(findings);
    bool sawOverride = false;
    for (const auto& v : json) {
        const auto obj = v.toObject();
        for (const char* key : {"exercise", "severity", "reason", "source", "rule"})
            EXPECT_TRUE(obj.contains(QLatin1String(key))) << key;
        sawOverride |= obj.contains(u"override"_qs);
    }
    EXPECT_TRUE(sawOverride);
}

TEST(SafetyCheck, OverridesNamingAnExerciseFollowItWhereverItIs)
{
    SafetyCheck check(SafetyRules::builtIn(), library());
    // Recorded when the deadlift was second; the rows have moved since.
    auto findings = check.check(with(u"osteoporosis"_qs), items({u"deadlift"_qs, u"walking"_qs}));
    SafetyOverride o;
    o.position = 1;
    o.exerciseId = exercise(u"deadlift"_qs).id;
    o.ruleId = u"osteoporosis_lift_from_floor"_qs;
    o.reason = u"Supervised in clinic, from blocks"_qs;
    ASSERT_NE(o.exerciseId, 0);
    SafetyCheck::applyOverrides(findings, {o});
    int overridden = 0;
    for (const auto& f : findings)
        if (f.override) {
            ++overridden;
            EXPECT_EQ(f.index, 0);
            EXPECT_EQ(f.ruleId, o.ruleId);
        }
    EXPECT_EQ(overridden, 1);
    // An override naming another exercise does not cover the deadlift, even at its position.
    auto again = check.check(with(u"osteoporosis"_qs), items({u"deadlift"_qs, u"walking"_qs}));
    o.position = 0;
    o.exerciseId = exercise(u"walking"_qs).id;
    SafetyCheck::applyOverrides(again, {o});
    ASSERT_FALSE(again.isEmpty());
    for (const auto& f : again)
        EXPECT_FALSE(f.override) << f.ruleId.toStdString();
}

} // namespace
} // namespace gradus
