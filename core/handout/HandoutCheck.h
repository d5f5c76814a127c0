#pragma once

#include "util/Result.h"

#include <functional>

namespace gradus {

class Workspace;

// Decides whether a handout may be produced for a patient. The safety work (issue 6) refuses
// while a red flag has no recorded decision (CLINICAL.md 1), with a message that says why;
// the CLI and UI then write and print nothing.
using HandoutCheck = std::function<Status(Workspace& workspace, qint64 patientId)>;

// The check the app and gradus-cli use. In this build there is no red-flag screen yet, so it
// allows every handout; at merge it becomes HandoutGate::check (the only line to change).
HandoutCheck applicationHandoutCheck();

} // namespace gradus
