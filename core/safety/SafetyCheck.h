#pragma once

#include "model/Exercise.h"
#include "model/Prescription.h"
#include "safety/SafetyAssumption.h"
#include "safety/SafetyProfile.h"
#include "safety/SafetyRules.h"

#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

namespace gradus {

// A clinician's decision to keep an "avoid" exercise, with the reason (stored by
// SafetyOverrideRepository). Matches a finding by exercise and rule id (by prescription or
// position when no exercise is named).
struct SafetyOverride
{
    qint64 id = 0;
    qint64 programmeId = 0;
    int position = 0;          // index of the prescription in the programme (flattened order)
    qint64 prescriptionId = 0; // 0 when the prescription is not stored yet
    qint64 exerciseId = 0;     // the exercise kept
    QString ruleId;
    QString reason;
    QString recordedBy;
    QDateTime recordedAt;
};

// One rule that fired on one prescription.
struct SafetyFinding
{
    int index = 0; // position in the checked list
    qint64 prescriptionId = 0;
    qint64 exerciseId = 0;
    QString exerciseStableId;
    QString exerciseName;
    QString ruleId;
    Severity severity = Severity::Caution;
    QString reason;
    QString source;
    // Safer alternatives from the library (stable ids): the regression chain first, then
    // exercises matching the rule's `prefer` properties; none of them triggers an "avoid".
    QStringList alternatives;
    // Set when a clinician kept an "avoid" exercise with a recorded reason.
    std::optional<SafetyOverride> override;
    // What the finding rests on that is not recorded and was taken as the riskier value
    // ("Onset of Sciatica not recorded ...: treated as acute"); empty when it rests on
    // recorded facts only. Information for the clinician: it never changes the severity.
    QList<SafetyAssumption> assumptions;
};

using CheckItem = QPair<Prescription, Exercise>;

// Evaluates rules against a patient and a list of prescriptions. Construct once per library
// (it indexes the exercises); check() does no I/O and is cheap enough to run on every edit.
class SafetyCheck
{
public:
    SafetyCheck(const SafetyRules& rules, QList<Exercise> library);

    // Findings in list order, avoid before caution before prefer for one prescription.
    QList<SafetyFinding> check(const SafetyProfile& profile, const QList<CheckItem>& items) const;

    // The rules whose `when` holds for the profile (what is not recorded counting as the
    // riskier value; see RuleApplicability).
    QList<const SafetyRule*> applicableRules(const SafetyProfile& profile) const;
    static bool applies(const RuleCondition& condition, const SafetyProfile& profile);

    // Marks findings that an override covers.
    static void applyOverrides(QList<SafetyFinding>& findings,
                               const QList<SafetyOverride>& overrides);

private:
    QStringList alternativesFor(const Exercise& exercise, const SafetyRule& rule,
                                const QList<const SafetyRule*>& active) const;
    bool triggersAvoid(const Exercise& exercise, const QList<const SafetyRule*>& active) const;

    SafetyRules m_rules;
    QList<Exercise> m_library;
    QHash<QString, int> m_byStableId;
};

// The JSON shape shared by `safety check` and `programme check`: an array of
// {exercise, exercise_id, index, severity, reason, source, rule, alternatives,
//  assumptions: [{missing, text, record_id, command}], prescription_id?, override?}.
QJsonArray findingsToJson(const QList<SafetyFinding>& findings);

} // namespace gradus
