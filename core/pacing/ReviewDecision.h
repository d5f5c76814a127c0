#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace gradus {

// What a review proposes, in increasing precedence: when several rules fire, the most
// cautious wins (stop-and-refer > regress > hold > progress).
enum class ReviewOutcome
{
    Progress,
    Hold,
    Regress,
    StopAndRefer,
};

// How high pain during exercise went, in the bands of the pain-monitoring model.
enum class PainBand
{
    NotRecorded,
    Safe,       // 0 to the safe maximum (default 2)
    Acceptable, // above safe, up to the acceptable maximum (default 5)
    TooHigh,    // above the acceptable maximum
};

// One piece of data behind a rule, already worded for the clinician.
struct ReviewFact
{
    QString label; // "Highest pain during exercise"
    QString value; // "6/10 (2026-11-18)"
};

// A rule that fired: which one, what it means in plain words, the data and the source.
struct ReviewFinding
{
    QString rule; // stable id, e.g. "hold.exercise_pain"
    ReviewOutcome outcome = ReviewOutcome::Hold;
    QString explanation;
    QList<ReviewFact> data;
    QString source; // the citation, from CLINICAL.md
};

// The proposal a review makes. The clinician accepts it or overrides it with a reason.
struct ReviewDecision
{
    ReviewOutcome outcome = ReviewOutcome::Hold;
    // The rules that decided the outcome (at its level), the first one first.
    QList<ReviewFinding> reasons;
    // Rules that fired at a lower level, kept for the record.
    QList<ReviewFinding> alsoNoted;
    PainBand painBand = PainBand::NotRecorded;
    // The quota (and plan week) proposed, when the review knew the patient's step. None
    // when stopping.
    std::optional<int> proposedQuota;
    std::optional<int> proposedWeek;
    QString proposal; // plain words: "Move on to week 5: 11 minutes a day."

    const ReviewFinding& primary() const { return reasons.constFirst(); }
};

namespace reviewOutcome {
// "progress", "hold", "regress", "stop_and_refer"
QString key(ReviewOutcome outcome);
std::optional<ReviewOutcome> fromKey(const QString& text);
// "Progress", "Hold", "Regress", "Stop and refer" (translated)
QString name(ReviewOutcome outcome);
} // namespace reviewOutcome

namespace painBand {
QString key(PainBand band); // "not_recorded", "safe", "acceptable", "too_high"
} // namespace painBand

} // namespace gradus
