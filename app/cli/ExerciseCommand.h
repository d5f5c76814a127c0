#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli exercise list|show|export|import|image`: the exercise library for scripts.
// In JSON output "id" is the stable text id ("bird_dog") and "record_id" the database id;
// every ID argument accepts either.
class ExerciseCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseCommand)

public:
    QString name() const override { return QStringLiteral("exercise"); }
    QString summary() const override;
    int run(CliContext& ctx, const QStringList& args) override;

private:
    int list(CliContext& ctx, const QStringList& args);
    int show(CliContext& ctx, const QStringList& args);
    int exportExercises(CliContext& ctx, const QStringList& args);
    int importExercises(CliContext& ctx, const QStringList& args);
    int image(CliContext& ctx, const QStringList& args);
};

} // namespace gradus::cli
