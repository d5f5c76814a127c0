#pragma once

#include "model/Prescription.h"
#include "util/Result.h"

#include <functional>

namespace gradus {

class Workspace;

// Decides whether a handout may be produced for a patient, with a message that says why not;
// the CLI and UI then write and print nothing.
using HandoutCheck = std::function<Status(Workspace& workspace, qint64 patientId)>;

// The check the app and gradus-cli use for the handout of `programme` (stored, or an ad-hoc
// list with id 0): refused while a red flag of the patient has no recorded decision
// (HandoutGate, CLINICAL.md 1) or while the programme holds an exercise to avoid that no
// clinician kept with a reason (ActivationGate). It runs again before every output.
HandoutCheck applicationHandoutCheck(const Programme& programme);

} // namespace gradus
