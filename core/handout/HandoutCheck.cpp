#include "handout/HandoutCheck.h"

#include "safety/HandoutGate.h"

namespace gradus {

HandoutCheck applicationHandoutCheck()
{
    // A positive red flag without a recorded decision blocks every handout (CLINICAL.md 1).
    return [](Workspace& workspace, qint64 patientId) {
        return HandoutGate::check(workspace, patientId);
    };
}

} // namespace gradus
