#pragma once

#include "CliCommand.h"

#include "model/Exercise.h"

#include <QJsonObject>

namespace gradus::cli {

// `gradus-cli exercise list|show|edit|export|import|image`: the exercise library for scripts.
// In JSON output "id" is the stable text id ("bird_dog") and "record_id" the database id;
// every ID argument accepts either.
class ExerciseCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseCommand)

public:
    ExerciseCommand();

private:
    int list(CliContext& ctx, const QStringList& args);
    int show(CliContext& ctx, const QStringList& args);
    int exportExercises(CliContext& ctx, const QStringList& args);
    int importExercises(CliContext& ctx, const QStringList& args);
    int image(CliContext& ctx, const QStringList& args);
    int edit(CliContext& ctx, const QStringList& args); // ExerciseEditSubcommand.cpp

public:
    // The exercise as `exercise show --json` prints it (without its version).
    static QJsonObject showJson(const Exercise& exercise);
    // The stored version of exercise `id` (raised by one on every change).
    static Result<int> version(Workspace& ws, qint64 id);
};

} // namespace gradus::cli
