#include "ProgrammeSafetyFindings.h"

#include "safety/ProgrammeSafety.h"
#include "safety/SafetyRules.h"

#include <QCoreApplication>

namespace gradus {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeSafetyFindings)
};

PanelFinding::Severity panelSeverity(Severity severity)
{
    switch (severity) {
    case Severity::Avoid:
        return PanelFinding::Severity::Avoid;
    case Severity::Caution:
        return PanelFinding::Severity::Caution;
    case Severity::Prefer:
        return PanelFinding::Severity::Prefer;
    }
    return PanelFinding::Severity::Caution;
}

} // namespace

Result<PanelFindings> programmeSafetyFindings(Workspace& workspace, const Programme& programme)
{
    if (programme.patientId == 0)
        return PanelFindings{};
    auto findings = checkProgramme(workspace, programme);
    if (!findings)
        return findings.error();
    PanelFindings rows;
    for (const SafetyFinding& f : *findings) {
        PanelFinding row;
        row.prescriptionIndex = f.index;
        row.exerciseId = f.exerciseId;
        row.severity = panelSeverity(f.severity);
        row.reason = f.reason;
        if (!f.alternatives.isEmpty())
            row.reason += u' ' + Tr::tr("Try instead: %1.").arg(f.alternatives.join(u", "));
        if (f.override)
            row.reason += u' ' + Tr::tr("Kept by %1: %2").arg(f.override->recordedBy,
                                                               f.override->reason);
        row.source = f.source;
        rows.append(row);
    }
    return rows;
}

} // namespace gradus
