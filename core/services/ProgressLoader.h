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
    // Whether the loader looks the patient up first. A caller that has just read the patient
    // itself (the progress view, for its title) says so: one round trip less per reload.
    enum class PatientLookup
    {
        Check,
        AlreadyRead,
    };
    // Errors: "patient.not_found" (when checked) and the store's.
    static Result<ProgressData> load(Workspace& workspace, qint64 patientId,
                                     PatientLookup lookup = PatientLookup::Check);
};

} // namespace gradus
