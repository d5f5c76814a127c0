#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli db info|check|backup|backups|restore|create|watch|copy`: what clinic IT needs to know
// about and do with the store.
class DbCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DbCommand)

public:
    DbCommand();

private:
    int info(CliContext& ctx, const QStringList& args);
    int backup(CliContext& ctx, const QStringList& args);
    int restore(CliContext& ctx, const QStringList& args);
    int backups(CliContext& ctx, const QStringList& args);
    int check(CliContext& ctx, const QStringList& args);
    int create(CliContext& ctx, const QStringList& args);
    int watch(CliContext& ctx, const QStringList& args); // DbWatchSubcommand.cpp
    int copy(CliContext& ctx, const QStringList& args);  // DbCopySubcommand.cpp
};

} // namespace gradus::cli
