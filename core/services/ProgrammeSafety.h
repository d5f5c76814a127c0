#pragma once

#include "model/Prescription.h"
#include "safety/SafetyCheck.h"
#include "util/Result.h"

namespace gradus {

class Workspace;

// Checks a programme against its patient (conditions, phase, age, latest visit) with the
// built-in rules, in the programme's flattened order (sections in order, then prescriptions),
// and marks the findings that a clinician's recorded overrides cover. Used by
// `gradus-cli programme check` and the builder's safety panel.
Result<QList<SafetyFinding>> checkProgramme(Workspace& workspace, const Programme& programme);

} // namespace gradus
