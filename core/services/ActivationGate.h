#pragma once

#include "model/Prescription.h"
#include "safety/SafetyCheck.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace gradus {

class Workspace;

// The one decision whether a programme may be given to the patient or printed as far as the
// safety rules go: refused while its check has an "avoid" finding that no clinician kept with
// a recorded reason (resources/safety/SCHEMA.md: an avoided exercise stays in a programme only
// with an override). The message names each exercise and rule and says how to keep it
// (`gradus-cli programme override ...`, or "Keep with a Reason…" in the builder) or to replace
// it with one of the safer alternatives. Cautions, preferences and what a finding assumed
// about unrecorded values are information and never refuse. Error code "safety.avoid", kind
// Refused. Used by ProgrammeRepository::activate (so by `programme activate`, the builder's
// Activate and a pacing change alike) and by the handout check (CLI and dialog).
class ActivationGate
{
    Q_DECLARE_TR_FUNCTIONS(ActivationGate)

public:
    enum class Purpose
    {
        Activate, // giving the programme to the patient
        Handout,  // printing or exporting its handout
    };

    // Checks `programme` (stored or not: an ad-hoc list has id 0 and no overrides) against its
    // patient as stored now.
    static Status check(Workspace& workspace, const Programme& programme,
                        Purpose purpose = Purpose::Activate);
    // The same decision over findings already made (overrides applied).
    static Status check(const QList<SafetyFinding>& findings, const Programme& programme,
                        Purpose purpose);
    // The "avoid" findings no override covers.
    static QList<SafetyFinding> unkept(const QList<SafetyFinding>& findings);
};

} // namespace gradus
