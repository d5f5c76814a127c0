#pragma once

#include "safety/SafetyProfile.h"
#include "util/Result.h"

namespace gradus {

class Workspace;

// Reads what the safety rules need to know about a patient (age, the open episode's phase and
// active conditions, how the leg symptoms behaved at the latest visit) into a SafetyProfile,
// which the rules then take as plain data. "Today" comes from the Workspace clock.
class SafetyProfileLoader
{
public:
    static Result<SafetyProfile> forPatient(Workspace& workspace, qint64 patientId);
};

} // namespace gradus
