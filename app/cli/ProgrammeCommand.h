#pragma once

#include "CliCommand.h"

// `gradus-cli programme` (programmeCommand(), Commands.h): the sub-commands that stand in files
// of their own.
namespace gradus::cli::programmes {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeCommand)
};

int check(CliContext& ctx, const QStringList& args);          // ProgrammeCheckSubcommand.cpp
int keepWithReason(CliContext& ctx, const QStringList& args); // ProgrammeOverrideSubcommand.cpp
int templates(CliContext& ctx, const QStringList& args);      // ProgrammeTemplateSubcommand.cpp

} // namespace gradus::cli::programmes
