#include "Commands.h"

#include "DbCommand.h"
#include "ExerciseCommand.h"

namespace gradus::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<DbCommand>());
    commands.push_back(std::make_unique<ExerciseCommand>());
    return commands;
}

} // namespace gradus::cli
