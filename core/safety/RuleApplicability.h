#pragma once

#include "safety/SafetyAssumption.h"
#include "safety/SafetyProfile.h"
#include "safety/SafetyRules.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace gradus {

// Whether a rule's `when` holds for a patient, and on which assumptions about what is not
// recorded. Unknown is never "safe" (CLINICAL.md section 4); it counts as the riskier value
// (resources/safety/SCHEMA.md, "What is not recorded"):
//   a phase not known          -> acute (for recent surgery: within the first 6 weeks)
//   an amount not recorded     -> at or above any `min_amount` (20 weeks of pregnancy)
//   leg symptoms not recorded  -> spreading further down the leg (peripheralising)
class RuleApplicability
{
    Q_DECLARE_TR_FUNCTIONS(RuleApplicability)

public:
    using Assumptions = QList<SafetyAssumption>;

    // std::nullopt when the alternative does not hold; otherwise the assumptions it rests on
    // (empty when it holds on what is recorded).
    static std::optional<Assumptions> evaluate(const RuleCondition& condition,
                                               const SafetyProfile& profile);
    // The rule's best alternative: one that holds on recorded facts, else the one resting on
    // the fewest assumptions.
    static std::optional<Assumptions> evaluate(const SafetyRule& rule,
                                               const SafetyProfile& profile);

    // A condition's phase: from its own onset, else (for a complaint) the episode's, else
    // Unknown. Codes without a phase of care (osteoporosis, pregnancy ...) are Unknown.
    static CarePhase::Phase conditionPhase(const SafetyProfile::ProfileCondition& condition,
                                           const SafetyProfile& profile);
    // The phase that rules without a condition test: the most acute of the episode's phase
    // and every complaint condition's phase. Unknown (treated as acute) when none of them is
    // known to be acute and one of them is not known.
    static CarePhase::Phase profilePhase(const SafetyProfile& profile);
};

} // namespace gradus
