#pragma once

#include <QList>
#include <QString>

namespace gradus {

// One finding of the safety check about a programme, as the builder shows it. The safety
// engine (its own issue) converts its results into this simple shape and hands the list to
// SafetyFindingsModel::setFindings().
struct PanelFinding
{
    enum class Severity
    {
        Avoid,   // conflicts with the patient's condition: do not prescribe
        Caution, // may be done with care or a modification
        Prefer,  // recommended for this patient
    };

    int prescriptionIndex =
        -1;                // position in the programme in reading order; -1 = the whole programme
    qint64 exerciseId = 0; // exercise.id; 0 = none
    Severity severity = Severity::Caution;
    QString reason; // plain language, translated
    QString source; // where the rule comes from ("NICE NG59", "ACOG 804, 2020")
};

using PanelFindings = QList<PanelFinding>;

} // namespace gradus
