#pragma once

#include "pacing/ReviewData.h"
#include "pacing/ReviewDecision.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace gradus {

class ClinicSettings;

// The thresholds the review rules use. Each is a clinic setting (CLINICAL.md 3: the
// figures are conventions); the member defaults are the documented ones.
struct ReviewThresholds
{
    Q_DECLARE_TR_FUNCTIONS(ReviewThresholds)

public:
    int painSafeMax = 2;       // pain during exercise up to this is "safe"
    int painAcceptableMax = 5; // up to this is acceptable; above it is not
    int badDaysInRow = 2;      // this many bad days in a row call for a regression
    int regressPercent = 15;   // a regression without a known tolerated step goes back this %

    static ReviewThresholds fromSettings(const ClinicSettings& settings);
    // Same ranges as the settings; safe must not be above acceptable.
    Status validate() const;
};

// Turns what was recorded since the last review into a proposal, and says which rule fired
// and on what data (CLINICAL.md 3). Pure: no store, no clock; the same input always gives
// the same decision.
class ReviewEngine
{
    Q_DECLARE_TR_FUNCTIONS(ReviewEngine)

public:
    explicit ReviewEngine(ReviewThresholds thresholds = {}) : m_thresholds(thresholds) {}

    const ReviewThresholds& thresholds() const { return m_thresholds; }
    PainBand bandOf(int exercisePain) const;

    Result<ReviewDecision> evaluate(const ReviewData& data) const;
    // The quota and wording for `outcome` whatever the rules say: what a clinician's override
    // moves to. Only outcome, proposedQuota, proposedWeek and proposal are set.
    ReviewDecision proposalFor(const ReviewData& data, ReviewOutcome outcome) const;

private:
    QList<ReviewFinding> findings(const ReviewData& data) const;
    void propose(const ReviewData& data, ReviewDecision& decision) const;

    ReviewThresholds m_thresholds;
};

} // namespace gradus
