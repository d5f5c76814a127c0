#include "i18n/InSentence.h"

namespace gradus {
namespace {

// One word or phrase of a sentence for each value. The comment tells translators which
// sentence it goes into, so the same English word can be translated differently per enum.
template <typename E> struct Word
{
    E value;
    struct
    {
        const char* source;
        const char* comment;
    } text;
};

template <typename E, std::size_t N> QString wordFor(const Word<E> (&words)[N], E value)
{
    for (const Word<E>& word : words)
        if (word.value == value)
            return InSentence::tr(word.text.source, word.text.comment);
    return {};
}

constexpr Word<ProgrammeStatus> kProgrammeStatuses[] = {
    {ProgrammeStatus::Draft,
     QT_TRANSLATE_NOOP3("InSentence", "draft",
                        "programme status in a sentence: Programme 4 is ...")},
    {ProgrammeStatus::Active,
     QT_TRANSLATE_NOOP3("InSentence", "active",
                        "programme status in a sentence: Programme 4 is ...")},
    {ProgrammeStatus::Superseded,
     QT_TRANSLATE_NOOP3("InSentence", "superseded",
                        "programme status in a sentence: Programme 4 is ...")},
};

constexpr Word<PacingPlanStatus> kPacingPlanStatuses[] = {
    {PacingPlanStatus::Active,
     QT_TRANSLATE_NOOP3("InSentence", "active", "pacing plan status in a sentence: Plan 4 is ...")},
    {PacingPlanStatus::Stopped,
     QT_TRANSLATE_NOOP3("InSentence", "stopped (referred)",
                        "pacing plan status in a sentence: Plan 4 is ...")},
    {PacingPlanStatus::Ended,
     QT_TRANSLATE_NOOP3("InSentence", "ended (moved to another exercise)",
                        "pacing plan status in a sentence: Plan 4 is ...")},
};

constexpr Word<ReviewOutcome> kReviewOutcomes[] = {
    {ReviewOutcome::Progress,
     QT_TRANSLATE_NOOP3("InSentence", "progress",
                        "review outcome in a sentence: the proposal is to ...")},
    {ReviewOutcome::Hold,
     QT_TRANSLATE_NOOP3("InSentence", "hold",
                        "review outcome in a sentence: the proposal is to ...")},
    {ReviewOutcome::Regress,
     QT_TRANSLATE_NOOP3("InSentence", "regress",
                        "review outcome in a sentence: the proposal is to ...")},
    {ReviewOutcome::StopAndRefer,
     QT_TRANSLATE_NOOP3("InSentence", "stop and refer",
                        "review outcome in a sentence: the proposal is to ...")},
};

// An unknown phase has no word: callers say "unknown" in their own words.
constexpr Word<CarePhase::Phase> kCarePhases[] = {
    {CarePhase::Phase::Acute,
     QT_TRANSLATE_NOOP3("InSentence", "acute", "phase of care in a sentence")},
    {CarePhase::Phase::Subacute,
     QT_TRANSLATE_NOOP3("InSentence", "subacute", "phase of care in a sentence")},
    {CarePhase::Phase::Chronic,
     QT_TRANSLATE_NOOP3("InSentence", "chronic", "phase of care in a sentence")},
};

} // namespace

QString InSentence::programmeStatus(ProgrammeStatus status)
{
    return wordFor(kProgrammeStatuses, status);
}

QString InSentence::pacingPlanStatus(PacingPlanStatus status)
{
    return wordFor(kPacingPlanStatuses, status);
}

QString InSentence::reviewOutcome(ReviewOutcome outcome)
{
    return wordFor(kReviewOutcomes, outcome);
}

QString InSentence::carePhase(CarePhase::Phase phase)
{
    return wordFor(kCarePhases, phase);
}

} // namespace gradus
