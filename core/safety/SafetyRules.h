#pragma once

// Contraindication rules as data (resources/safety/rules.json, schema in
// resources/safety/SCHEMA.md). A rule says: when the patient has this condition or finding,
// exercises with these properties are to be avoided, used with caution, or preferred.

#include "model/Exercise.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace gradus {

enum class Severity
{
    Avoid,
    Caution,
    Prefer,
};

QString severityCode(Severity severity); // "avoid", "caution", "prefer"
std::optional<Severity> severityFromCode(const QString& code);

// What a rule looks for in an exercise. Every field that is set must hold (AND); a field
// holding a set matches when the exercise's value is in it (movements: when any listed
// movement is among the exercise's). Sets are bit masks over the enum's values.
struct ExerciseCriteria
{
    quint32 movements = 0;  // bits of SpinalMovement; 0 = any
    quint32 positions = 0;  // bits of BodyPosition
    quint32 loads = 0;      // bits of SpinalLoad
    quint32 impacts = 0;    // bits of Impact
    quint32 balances = 0;   // bits of BalanceDemand
    quint32 categories = 0; // bits of ExerciseCategory
    std::optional<bool> endRange;
    std::optional<bool> loaded;
    std::optional<bool> overhead;
    std::optional<bool> liftFromFloor;
    QSet<QString> exercises; // stable ids; empty = any
    // About the prescribed dose (the exercise's default dose when none is given):
    quint32 doseTypes = 0;             // bits of DoseType; 0 = any
    std::optional<int> minHoldSeconds; // a hold of at least this many seconds

    bool isEmpty() const;
    // `dose`: the prescribed dose; nullptr = the exercise's default dose.
    bool matches(const Exercise& exercise, const Dose* dose = nullptr) const;
};

// One alternative of a rule's `when`: every field that is set must hold.
struct RuleCondition
{
    QString condition;            // profile condition code; empty = any
    QString side;                 // "left", "right", "both"; empty = any side
    std::optional<int> minAmount; // e.g. pregnancy weeks at or above
    QString phase;                // "acute", "subacute", "chronic"; empty = any
    QString finding;              // "peripheralising", "new_neuro_signs"; empty = none needed
    std::optional<int> ageMin;    // years, inclusive
    std::optional<int> ageMax;    // years, inclusive
};

struct SafetyRule
{
    QString id;
    QList<RuleCondition> when; // any of
    ExerciseCriteria match;
    Severity severity = Severity::Caution;
    QString reason;
    QString sourceKey;
    QString source;          // the citation text, resolved from the file's `sources`
    ExerciseCriteria prefer; // safer alternatives; empty = none named
};

class SafetyRules
{
    Q_DECLARE_TR_FUNCTIONS(SafetyRules)

public:
    // Parses and validates a rules file. `fileName` only names the file in error messages.
    // Nothing is returned from a file with any error.
    static Result<SafetyRules> parse(const QByteArray& json, const QString& fileName);
    static Result<SafetyRules> load(const QString& path);
    // The shipped rules (:/safety/rules.json), loaded once.
    static const SafetyRules& builtIn();

    int version() const { return m_version; }
    const QList<SafetyRule>& rules() const { return m_rules; }
    const SafetyRule* find(const QString& id) const;

private:
    int m_version = 0;
    QList<SafetyRule> m_rules;
};

} // namespace gradus
