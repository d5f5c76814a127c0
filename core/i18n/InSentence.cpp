#include "i18n/InSentence.h"

namespace gradus {

QString InSentence::programmeStatus(ProgrammeStatus status)
{
    switch (status) {
    case ProgrammeStatus::Draft:
        return tr("draft", "programme status in a sentence: Programme 4 is ...");
    case ProgrammeStatus::Active:
        return tr("active", "programme status in a sentence: Programme 4 is ...");
    case ProgrammeStatus::Superseded:
        return tr("superseded", "programme status in a sentence: Programme 4 is ...");
    }
    return {};
}

QString InSentence::pacingPlanStatus(PacingPlanStatus status)
{
    switch (status) {
    case PacingPlanStatus::Active:
        return tr("active", "pacing plan status in a sentence: Plan 4 is ...");
    case PacingPlanStatus::Stopped:
        return tr("stopped (referred)", "pacing plan status in a sentence: Plan 4 is ...");
    case PacingPlanStatus::Ended:
        return tr("ended (moved to another exercise)",
                  "pacing plan status in a sentence: Plan 4 is ...");
    }
    return {};
}

QString InSentence::reviewOutcome(ReviewOutcome outcome)
{
    switch (outcome) {
    case ReviewOutcome::Progress:
        return tr("progress", "review outcome in a sentence: the proposal is to ...");
    case ReviewOutcome::Hold:
        return tr("hold", "review outcome in a sentence: the proposal is to ...");
    case ReviewOutcome::Regress:
        return tr("regress", "review outcome in a sentence: the proposal is to ...");
    case ReviewOutcome::StopAndRefer:
        return tr("stop and refer", "review outcome in a sentence: the proposal is to ...");
    }
    return {};
}

QString InSentence::carePhase(CarePhase::Phase phase)
{
    switch (phase) {
    case CarePhase::Phase::Acute:
        return tr("acute", "phase of care in a sentence");
    case CarePhase::Phase::Subacute:
        return tr("subacute", "phase of care in a sentence");
    case CarePhase::Phase::Chronic:
        return tr("chronic", "phase of care in a sentence");
    case CarePhase::Phase::Unknown:
        break;
    }
    return {};
}

} // namespace gradus
