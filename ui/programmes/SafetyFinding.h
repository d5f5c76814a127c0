#pragma once

#include "safety/SafetyCheck.h"

#include <QList>
#include <QString>

#include <optional>

namespace gradus {

// One finding of the safety check about a programme, as the builder shows it. The safety
// engine's results are converted into this shape (ProgrammeSafetyFindings) and handed to
// SafetyFindingsModel::setFindings().
struct PanelFinding
{
    // The safety engine's own (safety/SafetyRules.h): Avoid (do not prescribe), Caution (with
    // care or a modification), Prefer (recommended for this patient).
    using Severity = gradus::Severity;

    // A safer exercise from the library that the clinician can swap in with one click.
    struct Alternative
    {
        qint64 exerciseId = 0;
        QString name;
    };

    int prescriptionIndex =
        -1;                // position in the programme in reading order; -1 = the whole programme
    qint64 exerciseId = 0; // exercise.id; 0 = none
    Severity severity = Severity::Caution;
    QString reason; // plain language, translated
    QString source; // where the rule comes from ("NICE NG59", "ACOG 804, 2020")
    QString ruleId; // the rule that fired (resources/safety/rules.json)
    QList<Alternative> alternatives;
    // Set when the clinician kept an "avoid" exercise with a recorded reason.
    std::optional<SafetyOverride> override;
    // What the finding took as the riskier value because it is not recorded (an onset, weeks
    // of pregnancy); the panel offers to record it.
    QList<SafetyAssumption> assumptions;
    QString tooltip; // rich text: reason, source, alternatives, any override
    QString details; // the same for the panel's detail area, with the source in full
};

using PanelFindings = QList<PanelFinding>;

} // namespace gradus
