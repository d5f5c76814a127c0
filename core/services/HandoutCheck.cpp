#include "services/HandoutCheck.h"

#include "services/ActivationGate.h"
#include "services/HandoutGate.h"

namespace gradus {

HandoutCheck applicationHandoutCheck(const Programme& programme)
{
    return [programme](Workspace& workspace, qint64 patientId) -> Status {
        // A positive red flag without a recorded decision blocks every handout (CLINICAL.md 1).
        if (auto st = HandoutGate::check(workspace, patientId); !st)
            return st;
        // The programme as printed: its exercises against the patient as stored now, with the
        // overrides recorded so far.
        Programme printed = programme;
        printed.patientId = patientId;
        return ActivationGate::check(workspace, printed, ActivationGate::Purpose::Handout);
    };
}

} // namespace gradus
