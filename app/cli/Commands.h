#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// Every top-level command, in the order `gradus-cli --help` lists them.
QList<CliCommand> allCommands();

// Each made in its own file, named after the command.
CliCommand auditCommand();
CliCommand clinicCommand();
CliCommand conditionCommand();
CliCommand dbCommand();
CliCommand demoCommand();
CliCommand episodeCommand();
CliCommand exerciseCommand();
CliCommand exportCommand();
CliCommand handoutCommand();
CliCommand importCommand();
CliCommand languageCommand();
CliCommand measureCommand();
CliCommand pacingCommand();
CliCommand patientCommand();
CliCommand programmeCommand();
CliCommand safetyCommand();
CliCommand scoreCommand();
CliCommand screenCommand();
CliCommand userCommand();
CliCommand visitCommand();

} // namespace gradus::cli
