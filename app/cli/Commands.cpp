#include "Commands.h"

#include "DbCommand.h"

namespace gradus::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<DbCommand>());
    return commands;
}

} // namespace gradus::cli
