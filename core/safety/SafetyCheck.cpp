#include "safety/SafetyCheck.h"

#include "safety/RuleApplicability.h"

#include <QJsonObject>

#include <algorithm>

namespace gradus {

SafetyCheck::SafetyCheck(const SafetyRules& rules, QList<Exercise> library)
    : m_rules(rules), m_library(std::move(library))
{
    for (int i = 0; i < m_library.size(); ++i)
        m_byStableId.insert(m_library[i].stableId, i);
}

bool SafetyCheck::applies(const RuleCondition& c, const SafetyProfile& profile)
{
    return RuleApplicability::evaluate(c, profile).has_value();
}

QList<const SafetyRule*> SafetyCheck::applicableRules(const SafetyProfile& profile) const
{
    QList<const SafetyRule*> active;
    for (const auto& rule : m_rules.rules())
        if (RuleApplicability::evaluate(rule, profile))
            active.append(&rule);
    return active;
}

bool SafetyCheck::triggersAvoid(const Exercise& exercise,
                                const QList<const SafetyRule*>& active) const
{
    return std::any_of(active.begin(), active.end(), [&](const SafetyRule* rule) {
        return rule->severity == Severity::Avoid && rule->match.matches(exercise);
    });
}

QStringList SafetyCheck::alternativesFor(const Exercise& exercise, const SafetyRule& rule,
                                         const QList<const SafetyRule*>& active) const
{
    constexpr int kMaxAlternatives = 3;
    QStringList result;
    auto consider = [&](const Exercise& candidate) {
        if (candidate.retired || candidate.stableId == exercise.stableId ||
            result.contains(candidate.stableId) || triggersAvoid(candidate, active) ||
            rule.match.matches(candidate))
            return;
        result.append(candidate.stableId);
    };
    // The regression chain first: the clinician's own idea of "the easier version".
    QString next = exercise.regressions.value(0);
    QSet<QString> seen;
    while (!next.isEmpty() && !seen.contains(next) && result.size() < kMaxAlternatives) {
        seen.insert(next);
        const auto it = m_byStableId.constFind(next);
        if (it == m_byStableId.constEnd())
            break;
        const Exercise& candidate = m_library[*it];
        consider(candidate);
        next = candidate.regressions.value(0);
    }
    for (const auto& other : exercise.regressions)
        if (result.size() < kMaxAlternatives)
            if (const auto it = m_byStableId.constFind(other); it != m_byStableId.constEnd())
                consider(m_library[*it]);
    if (!rule.prefer.isEmpty())
        for (const auto& candidate : m_library) {
            if (result.size() >= kMaxAlternatives)
                break;
            if (rule.prefer.matches(candidate))
                consider(candidate);
        }
    return result;
}

QList<SafetyFinding> SafetyCheck::check(const SafetyProfile& profile,
                                        const QList<CheckItem>& items) const
{
    QList<const SafetyRule*> active;
    QHash<const SafetyRule*, QList<SafetyAssumption>> assumed;
    for (const auto& rule : m_rules.rules())
        if (auto holds = RuleApplicability::evaluate(rule, profile)) {
            active.append(&rule);
            assumed.insert(&rule, *holds);
        }
    QList<SafetyFinding> findings;
    for (int i = 0; i < items.size(); ++i) {
        const auto& [prescription, exercise] = items[i];
        const qsizetype first = findings.size();
        for (const SafetyRule* rule : active) {
            if (!rule->match.matches(exercise, &prescription.dose))
                continue;
            SafetyFinding f;
            f.index = i;
            f.prescriptionId = prescription.id;
            f.exerciseId = exercise.id;
            f.exerciseStableId = exercise.stableId;
            f.exerciseName = exercise.name;
            f.ruleId = rule->id;
            f.severity = rule->severity;
            f.reason = rule->reason;
            f.source = rule->source;
            f.assumptions = assumed.value(rule);
            if (rule->severity != Severity::Prefer)
                f.alternatives = alternativesFor(exercise, *rule, active);
            findings.append(f);
        }
        std::stable_sort(findings.begin() + first, findings.end(),
                         [](const SafetyFinding& a, const SafetyFinding& b) {
                             return static_cast<int>(a.severity) < static_cast<int>(b.severity);
                         });
    }
    return findings;
}

void SafetyCheck::applyOverrides(QList<SafetyFinding>& findings,
                                 const QList<SafetyOverride>& overrides)
{
    // By exercise first: positions shift when rows move and prescription ids change when a
    // draft is saved or copied into a new version, while "keep the sit-up despite rule R" is
    // what the clinician decided.
    auto covers = [](const SafetyOverride& o, const SafetyFinding& f) {
        if (o.ruleId != f.ruleId)
            return false;
        if (o.exerciseId != 0)
            return o.exerciseId == f.exerciseId;
        return o.prescriptionId != 0 && f.prescriptionId != 0 ? o.prescriptionId == f.prescriptionId
                                                              : o.position == f.index;
    };
    for (auto& f : findings)
        for (const auto& o : overrides)
            if (covers(o, f))
                f.override = o;
}

QJsonArray findingsToJson(const QList<SafetyFinding>& findings)
{
    QJsonArray array;
    for (const auto& f : findings) {
        QJsonObject o{{u"exercise"_qs, f.exerciseStableId},
                      {u"exercise_id"_qs, f.exerciseId},
                      {u"index"_qs, f.index},
                      {u"severity"_qs, severityCode(f.severity)},
                      {u"reason"_qs, f.reason},
                      {u"source"_qs, f.source},
                      {u"rule"_qs, f.ruleId},
                      {u"alternatives"_qs, QJsonArray::fromStringList(f.alternatives)}};
        QJsonArray assumptions;
        for (const auto& a : f.assumptions)
            assumptions.append(QJsonObject{{u"missing"_qs, a.code()},
                                           {u"text"_qs, a.text},
                                           {u"record_id"_qs, a.recordId},
                                           {u"command"_qs, a.command()}});
        o.insert(u"assumptions"_qs, assumptions);
        if (f.prescriptionId)
            o.insert(u"prescription_id"_qs, f.prescriptionId);
        if (f.override)
            o.insert(u"override"_qs,
                     QJsonObject{{u"id"_qs, f.override->id},
                                 {u"reason"_qs, f.override->reason},
                                 {u"by"_qs, f.override->recordedBy},
                                 {u"at"_qs, f.override->recordedAt.toString(Qt::ISODate)}});
        array.append(o);
    }
    return array;
}

} // namespace gradus
