#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace gradus::cli {

// One top-level command ("db", "patient", ...), its name and summary held as data as
// KeePassXC's Command does. A group declares its sub-commands once, in its constructor, and
// the default run() dispatches to them; a single command overrides run().
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

    CliCommand(const CliCommand&) = delete;
    CliCommand& operator=(const CliCommand&) = delete;
    virtual ~CliCommand() = default;

    const QString& name() const { return m_name; }
    const QString& summary() const { return m_summary; }
    // `args` starts after the command name.
    virtual int run(CliContext& ctx, const QStringList& args);

protected:
    CliCommand(QString name, QString summary, QList<Subcommand> subcommands = {});

    // Runs the sub-command named by args[0] with the rest of the arguments; --help lists
    // them; a missing or unknown one is a usage error naming the group ("programme template").
    static int dispatch(CliContext& ctx, const QString& group, const QStringList& args,
                        const QList<Subcommand>& subcommands);

private:
    QString m_name;
    QString m_summary;
    QList<Subcommand> m_subcommands;
};

} // namespace gradus::cli
