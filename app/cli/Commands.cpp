#include "Commands.h"

#include "AuditCommand.h"
#include "ClinicCommand.h"
#include "ConditionCommand.h"
#include "DbCommand.h"
#include "DemoCommand.h"
#include "EpisodeCommand.h"
#include "ExerciseCommand.h"
#include "ExportCommand.h"
#include "HandoutCommand.h"
#include "ImportCommand.h"
#include "LanguageCommand.h"
#include "MeasureCommand.h"
#include "PacingCommand.h"
#include "PatientCommand.h"
#include "ProgrammeCommand.h"
#include "SafetyCommand.h"
#include "ScoreCommand.h"
#include "ScreenCommand.h"
#include "UserCommand.h"
#include "VisitCommand.h"

namespace gradus::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<DbCommand>());
    commands.push_back(std::make_unique<PacingCommand>());
    commands.push_back(std::make_unique<VisitCommand>());
    commands.push_back(std::make_unique<MeasureCommand>());
    commands.push_back(std::make_unique<ScoreCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<PatientCommand>());
    commands.push_back(std::make_unique<ConditionCommand>());
    commands.push_back(std::make_unique<EpisodeCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<ClinicCommand>());
    commands.push_back(std::make_unique<ExerciseCommand>());
    commands.push_back(std::make_unique<ProgrammeCommand>());
    commands.push_back(std::make_unique<HandoutCommand>());
    commands.push_back(std::make_unique<ScreenCommand>());
    commands.push_back(std::make_unique<SafetyCommand>());
    commands.push_back(std::make_unique<LanguageCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    commands.push_back(std::make_unique<UserCommand>());
    return commands;
}

} // namespace gradus::cli
