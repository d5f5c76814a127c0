#include "Commands.h"

namespace gradus::cli {

QList<CliCommand> allCommands()
{
    return {dbCommand(),        pacingCommand(),    visitCommand(),   measureCommand(),
            scoreCommand(),     exportCommand(),    importCommand(),  patientCommand(),
            conditionCommand(), episodeCommand(),   demoCommand(),    clinicCommand(),
            exerciseCommand(),  programmeCommand(), handoutCommand(), screenCommand(),
            safetyCommand(),    languageCommand(),  auditCommand(),   userCommand()};
}

} // namespace gradus::cli
