#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli user add|list|enable|disable|password`: the clinic's accounts on a PostgreSQL
// server (storage/ServerAccounts.h), run by an administrator (or the database's owner).
// Passwords are read from standard input only, never from the command line, and never
// printed or logged.
class UserCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    UserCommand();

private:
    int add(CliContext& ctx, const QStringList& args);
    int list(CliContext& ctx, const QStringList& args);
    int setEnabled(CliContext& ctx, const QStringList& args, bool enabled);
    int password(CliContext& ctx, const QStringList& args);
};

} // namespace gradus::cli
