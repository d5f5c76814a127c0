#pragma once

#include "CliCommand.h"

#include "model/Exercise.h"

#include <QJsonObject>

// `gradus-cli exercise` (exerciseCommand(), Commands.h): what its files share.
namespace gradus::cli::exercises {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseCommand)
};

// The exercise as `exercise show --json` prints it (without its version).
QJsonObject showJson(const Exercise& exercise);
// The stored version of exercise `id` (raised by one on every change).
Result<int> version(Workspace& ws, qint64 id);
int edit(CliContext& ctx, const QStringList& args); // ExerciseEditSubcommand.cpp

} // namespace gradus::cli::exercises
