#pragma once

#include "SafetyFinding.h"
#include "model/Prescription.h"
#include "util/Result.h"

namespace gradus {

class Workspace;

// Runs the safety engine (core/safety/ProgrammeSafety) over the programme on screen and turns
// its findings into the builder panel's rows: alternatives as library ids with names (for one-
// click swaps), tooltip and detail text from FindingPresentation. Overridden findings keep
// their row, marked as kept, so a kept "avoid" stays visible on the programme.
Result<PanelFindings> programmeSafetyFindings(Workspace& workspace, const Programme& programme);

} // namespace gradus
