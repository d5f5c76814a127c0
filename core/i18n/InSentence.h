#pragma once

#include "model/Prescription.h"
#include "pacing/PacingRecords.h"
#include "pacing/ReviewDecision.h"
#include "patients/CarePhase.h"

#include <QCoreApplication>
#include <QString>

namespace gradus {

// Statuses, outcomes and phases as they read inside a sentence ("Programme 4 is a draft"),
// each its own message. Lower-casing the label ("Draft".toLower()) is English only: German
// keeps its nouns capitalised ("ein Entwurf", "Übung"), and other languages need an article
// or another form inside a sentence.
class InSentence
{
    Q_DECLARE_TR_FUNCTIONS(InSentence)

public:
    static QString programmeStatus(ProgrammeStatus status);
    static QString pacingPlanStatus(PacingPlanStatus status);
    static QString reviewOutcome(ReviewOutcome outcome);
    // Empty for an unknown phase (callers say "unknown" in their own words).
    static QString carePhase(CarePhase::Phase phase);
};

} // namespace gradus
