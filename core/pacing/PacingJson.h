#pragma once

#include "pacing/GradedActivityPlan.h"
#include "pacing/ReviewEngine.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace gradus {

// A review as read from a file: the recorded data, the thresholds to judge it by, and the
// plan it belongs to when the file gives one.
struct ReviewRequest
{
    ReviewData data;
    ReviewThresholds thresholds;
    std::optional<GradedActivityPlan> plan;
};

// JSON forms of plans, review input and decisions, shared by gradus-cli and (later) export.
// Keys are snake_case; the review input format is documented in `gradus-cli pacing review
// --help` and in docs/PACING.md.
namespace pacingJson {

// One object per week: week, start, end, quota, unit, bouts, per_bout (array), increase,
// at_goal.
QJsonArray weeksToJson(const GradedActivityPlan& plan);
// The plan's figures (mean tolerance, baseline, weekly increase, goal, notes) and its weeks.
QJsonObject planToJson(const GradedActivityPlan& plan);

// Reads the plan object of a review file ({"tolerance": [...], "unit", "goal", ...}).
// Percentages and bouts not given come from `defaults`.
Result<PlanParameters> planParametersFromJson(const QJsonObject& object,
                                              const PlanParameters& defaults,
                                              const QString& path = QStringLiteral("plan"));

// Reads a review file. Unknown keys are refused (a misspelt key must not silently drop
// data); thresholds not given in the file come from `thresholdDefaults`.
Result<ReviewRequest> reviewRequestFromJson(const QJsonObject& object,
                                            const ReviewThresholds& thresholdDefaults,
                                            const PlanParameters& planDefaults);

QJsonObject findingToJson(const ReviewFinding& finding);
QJsonObject decisionToJson(const ReviewDecision& decision);

} // namespace pacingJson

} // namespace gradus
