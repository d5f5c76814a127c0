#include "Commands.h"

#include "ConditionCommand.h"
#include "DbCommand.h"
#include "DemoCommand.h"
#include "PatientCommand.h"

namespace gradus::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<DbCommand>());
    commands.push_back(std::make_unique<PatientCommand>());
    commands.push_back(std::make_unique<ConditionCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    return commands;
}

} // namespace gradus::cli
