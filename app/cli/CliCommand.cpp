#include "CliCommand.h"

namespace gradus::cli {

CliCommand::CliCommand(QString name, QString summary, QList<Subcommand> subcommands)
    : m_name(std::move(name)), m_summary(std::move(summary)), m_subcommands(std::move(subcommands))
{
}

CliCommand::CliCommand(QString name, QString summary, Run run)
    : m_name(std::move(name)), m_summary(std::move(summary)), m_run(std::move(run))
{
}

int CliCommand::run(CliContext& ctx, const QStringList& args) const
{
    return m_run ? m_run(ctx, args) : dispatch(ctx, m_name, args, m_subcommands);
}

int CliCommand::dispatch(CliContext& ctx, const QString& group, const QStringList& args,
                         const QList<Subcommand>& subcommands)
{
    const QString sub = args.value(0);
    for (const Subcommand& s : subcommands) {
        if (s.name == sub)
            return s.run(ctx, args.mid(1));
    }
    const bool asked = sub == QLatin1String("--help") || sub == QLatin1String("-h");
    if (!asked && !sub.isEmpty())
        ctx.err() << tr("gradus-cli: unknown %1 command '%2'.").arg(group, sub) << "\n";
    QTextStream& stream = asked ? ctx.out() : ctx.err();
    stream << tr("Usage: gradus-cli %1 <command> [options]").arg(group) << "\n\n"
           << tr("Commands:") << "\n";
    for (const Subcommand& s : subcommands)
        stream << "  " << s.name.leftJustified(14) << s.summary << "\n";
    stream << "\n"
           << tr("Run 'gradus-cli %1 <command> --help' for the options of a command.").arg(group)
           << Qt::endl;
    return asked ? ExitOk : ExitUsage;
}

} // namespace gradus::cli
