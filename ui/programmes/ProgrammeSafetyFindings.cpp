#include "ProgrammeSafetyFindings.h"

#include "i18n/DataTexts.h"
#include "safety/FindingPresentation.h"
#include "safety/SafetyRules.h"
#include "services/ExerciseRecords.h"
#include "services/ProgrammeSafety.h"

#include <QHash>

namespace gradus {

Result<PanelFindings> programmeSafetyFindings(Workspace& workspace, const Programme& programme)
{
    if (programme.patientId == 0)
        return PanelFindings{};
    auto findings = checkProgramme(workspace, programme);
    if (!findings)
        return findings.error();
    // The engine names alternatives by stable id; the builder swaps by record id. A few
    // look-ups per check (at most three alternatives per finding, most shared).
    ExerciseRecords exercises(workspace);
    const DataTexts& texts = DataTexts::display();
    QHash<QString, PanelFinding::Alternative> known;
    auto alternative = [&](const QString& stableId) -> std::optional<PanelFinding::Alternative> {
        if (const auto it = known.constFind(stableId); it != known.cend())
            return *it;
        auto e = exercises.byStableId(stableId);
        if (!e)
            return std::nullopt;
        const PanelFinding::Alternative a{e->id, texts.exercise(*e).name};
        known.insert(stableId, a);
        return a;
    };
    PanelFindings rows;
    QHash<qint64, QString> names; // the checked exercises, in the UI language
    for (const SafetyFinding& found : *findings) {
        // Rule reasons and built-in exercise names in the UI language.
        SafetyFinding f = texts.finding(found);
        if (!names.contains(f.exerciseId)) {
            auto e = exercises.byId(f.exerciseId);
            names.insert(f.exerciseId, e ? texts.exercise(*e).name : f.exerciseName);
        }
        f.exerciseName = names.value(f.exerciseId);
        PanelFinding row;
        row.prescriptionIndex = f.index;
        row.exerciseId = f.exerciseId;
        row.severity = f.severity;
        row.reason = f.reason;
        row.source = f.source;
        row.ruleId = f.ruleId;
        row.override = f.override;
        row.assumptions = f.assumptions;
        QStringList names;
        for (const QString& stableId : f.alternatives)
            if (const auto a = alternative(stableId)) {
                row.alternatives.append(*a);
                names.append(a->name);
            }
        row.tooltip = FindingPresentation::tooltip(f, names);
        row.details = FindingPresentation::details(f, names);
        rows.append(row);
    }
    return rows;
}

} // namespace gradus
