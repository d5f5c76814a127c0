#pragma once

#include "CliCommand.h"

#include "pacing/GradedActivityPlan.h"
#include "pacing/ReviewEngine.h"

// `gradus-cli pacing` (pacingCommand(), Commands.h): what its files share. The calculator
// and the review need no store; when one exists, clinic settings supply the defaults.
namespace gradus::cli::pacing {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PacingCommand)
};

// The clinic's settings when a store exists, else the documented defaults. Never creates a
// store.
struct Defaults
{
    PlanParameters plan;
    ReviewThresholds thresholds;
    bool fromStore = false;
};
Defaults defaults(CliContext& ctx);
void printPlan(CliContext& ctx, const GradedActivityPlan& plan,
               std::optional<int> currentWeek = std::nullopt);
void printDecision(CliContext& ctx, const ReviewDecision& decision);

// Against the store (PacingStoreSubcommands.cpp).
int show(CliContext& ctx, const QStringList& args);
int decide(CliContext& ctx, const QStringList& args);
int storePlan(CliContext& ctx, qint64 prescriptionId, const PlanParameters& p,
              const QString& clinician, bool json);
int reviewStored(CliContext& ctx, qint64 patientId, bool json);

} // namespace gradus::cli::pacing
