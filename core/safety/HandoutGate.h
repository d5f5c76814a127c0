#pragma once

#include "util/Result.h"

#include <QCoreApplication>

namespace gradus {

class Workspace;

// The gate every handout print or export passes (CLINICAL.md section 1): refused while the
// patient's latest red-flag screen has a flag without a recorded decision. The error message
// names the flags, their tiers' suggested actions, and how to record the decision.
// Error code "handout.red_flags" when refused.
class HandoutGate
{
    Q_DECLARE_TR_FUNCTIONS(HandoutGate)

public:
    static Status check(Workspace& workspace, qint64 patientId);
};

} // namespace gradus
