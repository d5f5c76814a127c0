#pragma once

#include "CliCommand.h"

// `gradus-cli db` (dbCommand(), Commands.h): the parts that stand in files of their own.
namespace gradus::cli::db {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DbCommand)
};

int watch(CliContext& ctx, const QStringList& args); // DbWatchSubcommand.cpp
int copy(CliContext& ctx, const QStringList& args);  // DbCopySubcommand.cpp

} // namespace gradus::cli::db
