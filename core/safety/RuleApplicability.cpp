#include "safety/RuleApplicability.h"

#include "patients/ConditionCatalog.h"

namespace gradus {
namespace {

using Phase = CarePhase::Phase;

const ConditionDefinition* definitionOf(const QString& code)
{
    return ConditionCatalog::builtIn().find(code);
}

bool isComplaint(const QString& code)
{
    const ConditionDefinition* def = definitionOf(code);
    // A code the catalogue no longer knows is taken as a complaint: its onset then counts.
    return !def || def->phase == ConditionDefinition::Phase::Complaint;
}

SafetyAssumption conditionOnsetUnknown(const SafetyProfile::ProfileCondition& c)
{
    const ConditionDefinition* def = definitionOf(c.code);
    const QString name = ConditionCatalog::builtIn().displayName(c.code);
    SafetyAssumption a;
    a.missing = SafetyAssumption::Missing::ConditionOnset;
    a.recordId = c.id;
    if (def && def->phase == ConditionDefinition::Phase::OwnOnset)
        a.text =
            RuleApplicability::tr("%1 not recorded for %2: treated as within the first 6 "
                                  "weeks.")
                .arg(def->onsetName.isEmpty() ? RuleApplicability::tr("Onset") : def->onsetName,
                     name);
    else
        a.text = RuleApplicability::tr("Onset of %1 not recorded, nor the episode's: treated as "
                                       "acute (under 6 weeks).")
                     .arg(name);
    return a;
}

SafetyAssumption profilePhaseUnknown(const SafetyProfile& profile)
{
    SafetyAssumption a;
    if (profile.episodeId == 0) {
        a.missing = SafetyAssumption::Missing::NoEpisode;
        a.recordId = profile.patientId;
        a.text = RuleApplicability::tr("No episode of care is open, so the onset is not known: "
                                       "treated as acute (under 6 weeks).");
    } else {
        a.missing = SafetyAssumption::Missing::EpisodeOnset;
        a.recordId = profile.episodeId;
        a.text = RuleApplicability::tr("Onset of the episode of care not recorded: treated as "
                                       "acute (under 6 weeks).");
    }
    return a;
}

SafetyAssumption amountUnknown(const SafetyProfile::ProfileCondition& c, int atLeast)
{
    const ConditionDefinition* def = definitionOf(c.code);
    SafetyAssumption a;
    a.missing = SafetyAssumption::Missing::ConditionAmount;
    a.recordId = c.id;
    const QString what = def && def->amount ? def->amount->name : RuleApplicability::tr("Amount");
    const QString unit = def && def->amount ? def->amount->unit : QString();
    a.text = RuleApplicability::tr("%1 not recorded: treated as %2 %3 or more.")
                 .arg(what)
                 .arg(atLeast)
                 .arg(unit)
                 .replace(QStringLiteral("  "), QStringLiteral(" "));
    return a;
}

SafetyAssumption legSymptomsUnknown(const SafetyProfile& profile)
{
    SafetyAssumption a;
    a.missing = SafetyAssumption::Missing::LegSymptoms;
    a.recordId = profile.patientId;
    a.text = RuleApplicability::tr("Leg symptoms not recorded at the latest visit (or no visit "
                                   "yet): treated as spreading further down the leg.");
    return a;
}

bool sideHolds(const RuleCondition& rule, const SafetyProfile::ProfileCondition& c)
{
    return rule.side.isEmpty() || Condition::sideCode(c.side) == rule.side ||
           c.side == Condition::Side::Both;
}

} // namespace

CarePhase::Phase RuleApplicability::conditionPhase(const SafetyProfile::ProfileCondition& c,
                                                   const SafetyProfile& profile)
{
    const ConditionDefinition* def = definitionOf(c.code);
    if (def && def->phase == ConditionDefinition::Phase::None)
        return Phase::Unknown;
    if (c.ownPhase != Phase::Unknown)
        return c.ownPhase;
    // An operation's date is not when the back pain began: no fallback to the episode.
    return isComplaint(c.code) ? profile.phase : Phase::Unknown;
}

CarePhase::Phase RuleApplicability::profilePhase(const SafetyProfile& profile)
{
    // The episode's own phase always takes part, known or not, so that recording a condition
    // can only make the profile more acute, never less (a condition never removes a finding).
    QList<Phase> phases{profile.phase};
    for (const auto& c : profile.conditions)
        if (isComplaint(c.code))
            phases.append(conditionPhase(c, profile));
    if (phases.contains(Phase::Acute))
        return Phase::Acute;
    if (phases.contains(Phase::Unknown))
        return Phase::Unknown;
    return phases.contains(Phase::Subacute) ? Phase::Subacute : Phase::Chronic;
}

std::optional<RuleApplicability::Assumptions>
RuleApplicability::evaluate(const RuleCondition& rule, const SafetyProfile& profile)
{
    const QString acute = CarePhase::code(Phase::Acute);
    Assumptions assumed;
    if (!rule.condition.isEmpty()) {
        std::optional<Assumptions> best;
        for (const auto& c : profile.conditions) {
            if (c.code != rule.condition || !sideHolds(rule, c))
                continue;
            Assumptions these;
            if (rule.minAmount) {
                if (!c.amount)
                    these.append(amountUnknown(c, *rule.minAmount));
                else if (*c.amount < *rule.minAmount)
                    continue;
            }
            if (!rule.phase.isEmpty()) {
                const Phase phase = conditionPhase(c, profile);
                if (phase == Phase::Unknown) {
                    if (rule.phase != acute)
                        continue;
                    these.append(conditionOnsetUnknown(c));
                } else if (CarePhase::code(phase) != rule.phase) {
                    continue;
                }
            }
            if (!best || these.size() < best->size())
                best = these;
        }
        if (!best)
            return std::nullopt;
        assumed = *best;
    } else if (!rule.phase.isEmpty()) {
        const Phase phase = profilePhase(profile);
        if (phase == Phase::Unknown) {
            if (rule.phase != acute)
                return std::nullopt;
            assumed.append(profilePhaseUnknown(profile));
        } else if (CarePhase::code(phase) != rule.phase) {
            return std::nullopt;
        }
    }
    if (rule.finding == QLatin1String("peripheralising") && !profile.peripheralising) {
        if (profile.legSymptomsRecorded)
            return std::nullopt;
        assumed.append(legSymptomsUnknown(profile));
    }
    if (rule.finding == QLatin1String("new_neuro_signs") && !profile.newNeuroSigns)
        return std::nullopt;
    if (rule.ageMin && (!profile.age || *profile.age < *rule.ageMin))
        return std::nullopt;
    if (rule.ageMax && (!profile.age || *profile.age > *rule.ageMax))
        return std::nullopt;
    return assumed;
}

std::optional<RuleApplicability::Assumptions>
RuleApplicability::evaluate(const SafetyRule& rule, const SafetyProfile& profile)
{
    std::optional<Assumptions> best;
    for (const auto& alternative : rule.when) {
        auto holds = evaluate(alternative, profile);
        if (holds && (!best || holds->size() < best->size()))
            best = std::move(holds);
        if (best && best->isEmpty())
            break;
    }
    return best;
}

} // namespace gradus
