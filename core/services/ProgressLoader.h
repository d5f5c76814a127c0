#pragma once

#include "outcomes/ProgressData.h"
#include "util/Result.h"

namespace gradus {

class Workspace;

// Reads a patient's current visits, measures and PSFS activities and builds the ProgressData
// that the progress view and the printed report both show (ProgressData::build is pure).
class ProgressLoader
{
public:
    // Errors: "patient.not_found" and the store's.
    static Result<ProgressData> load(Workspace& workspace, qint64 patientId);
};

} // namespace gradus
