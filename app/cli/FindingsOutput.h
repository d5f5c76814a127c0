#pragma once

#include "CliContext.h"
#include "safety/SafetyCheck.h"

namespace gradus::cli {

// Prints safety findings as `safety check` and `programme check` share them: JSON (an array
// of findings) or one block per finding with its rule, reason, source, alternatives, and what
// it assumed for a value that is not recorded with the command that records it.
void printFindings(CliContext& ctx, const QList<SafetyFinding>& findings, bool json);

} // namespace gradus::cli
