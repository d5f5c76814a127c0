#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace gradus::cli {

// One top-level command ("db", "patient", ...). Groups handle their own sub-commands.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `args` starts after the command name.
    virtual int run(CliContext& ctx, const QStringList& args) = 0;

protected:
    struct Subcommand
    {
        QString name;
        QString summary;
        std::function<int(CliContext&, const QStringList&)> run;
    };
    // Runs the sub-command named by args[0] with the rest of the arguments; --help lists
    // them; a missing or unknown one is a usage error naming the group.
    int dispatch(CliContext& ctx, const QStringList& args, const QList<Subcommand>& subcommands);
    // Prints a group's sub-commands.
    static int groupHelp(CliContext& ctx, const QString& group,
                         const QList<QPair<QString, QString>>& subcommands, int code);
};

} // namespace gradus::cli
