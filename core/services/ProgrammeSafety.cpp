#include "services/ProgrammeSafety.h"

#include "safety/SafetyProfile.h"
#include "safety/SafetyRules.h"
#include "services/SafetyProfileLoader.h"
#include "storage/ExerciseRepository.h"
#include "storage/SafetyOverrideRepository.h"

#include <QHash>

namespace gradus {

Result<QList<SafetyFinding>> checkProgramme(Workspace& workspace, const Programme& programme)
{
    ExerciseRepository exercises(workspace);
    // Retired exercises stay checkable in old programmes, so the lookup uses them all; the
    // alternatives come from the exercises still offered.
    auto all = exercises.list(ExerciseRepository::Retired::Include);
    if (!all)
        return all.error();
    QHash<qint64, Exercise> byId;
    QList<Exercise> offered;
    for (const Exercise& e : *all) {
        byId.insert(e.id, e);
        if (!e.retired)
            offered.append(e);
    }
    QList<CheckItem> items;
    for (const ProgrammeSection& section : programme.sections) {
        for (const Prescription& p : section.prescriptions) {
            const auto it = byId.constFind(p.exerciseId);
            if (it == byId.cend())
                return Error{QStringLiteral("exercise.not_found"),
                             QStringLiteral("Exercise %1 of programme %2 is missing.")
                                 .arg(p.exerciseId)
                                 .arg(programme.id)};
            items.append({p, *it});
        }
    }
    auto profile = SafetyProfileLoader::forPatient(workspace, programme.patientId);
    if (!profile)
        return profile.error();
    const SafetyCheck engine(SafetyRules::builtIn(), offered);
    QList<SafetyFinding> findings = engine.check(*profile, items);
    if (programme.id > 0) {
        auto overrides = SafetyOverrideRepository(workspace).forProgramme(programme.id);
        if (!overrides)
            return overrides.error();
        SafetyCheck::applyOverrides(findings, *overrides);
    }
    return findings;
}

} // namespace gradus
