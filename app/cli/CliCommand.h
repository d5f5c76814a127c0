#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace gradus::cli {

// One top-level command ("db", "patient", ...) held as data, as KeePassXC's commands hold
// their name, description and options: a name, a one-line summary, and either the function
// that runs it or its table of sub-commands. Each command's file makes its own (Commands.h).
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    using Run = std::function<int(CliContext&, const QStringList&)>;
    struct Subcommand
    {
        QString name;
        QString summary;
        Run run;
    };

    // A group: its run() dispatches to the sub-command args[0] names.
    CliCommand(QString name, QString summary, QList<Subcommand> subcommands);
    // A single command.
    CliCommand(QString name, QString summary, Run run);

    const QString& name() const { return m_name; }
    const QString& summary() const { return m_summary; }
    // `args` starts after the command name.
    int run(CliContext& ctx, const QStringList& args) const;

    // Runs the sub-command named by args[0] with the rest of the arguments; --help lists
    // them; a missing or unknown one is a usage error naming the group ("programme template").
    static int dispatch(CliContext& ctx, const QString& group, const QStringList& args,
                        const QList<Subcommand>& subcommands);

private:
    QString m_name;
    QString m_summary;
    Run m_run;
    QList<Subcommand> m_subcommands;
};

} // namespace gradus::cli
