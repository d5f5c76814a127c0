#pragma once

#include "CliCommand.h"

#include "pacing/GradedActivityPlan.h"
#include "pacing/ReviewEngine.h"

namespace gradus::cli {

// `gradus-cli pacing plan|review`: the graded activity calculator and the review decision
// for data recorded since the last review (CLINICAL.md 3). Neither needs a store; when one
// exists, clinic settings supply the defaults.
class PacingCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PacingCommand)

public:
    PacingCommand();

private:
    int plan(CliContext& ctx, const QStringList& args);
    int review(CliContext& ctx, const QStringList& args);
    // Against the store (PacingStoreSubcommands.cpp).
    int show(CliContext& ctx, const QStringList& args);
    int decide(CliContext& ctx, const QStringList& args);
    int storePlan(CliContext& ctx, qint64 prescriptionId, const PlanParameters& p,
                  const QString& clinician, bool json);
    int reviewStored(CliContext& ctx, qint64 patientId, bool json);

    static void printPlan(CliContext& ctx, const GradedActivityPlan& plan,
                          std::optional<int> currentWeek = std::nullopt);
    static void printDecision(CliContext& ctx, const ReviewDecision& decision);

    // The clinic's settings when a store exists, else the documented defaults. Never
    // creates a store.
    struct Defaults
    {
        PlanParameters plan;
        ReviewThresholds thresholds;
        bool fromStore = false;
    };
    static Defaults defaults(CliContext& ctx);
};

} // namespace gradus::cli
