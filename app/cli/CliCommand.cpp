#include "CliCommand.h"

namespace gradus::cli {

int CliCommand::dispatch(CliContext& ctx, const QStringList& args,
                         const QList<Subcommand>& subcommands)
{
    const QString sub = args.value(0);
    QList<QPair<QString, QString>> listed;
    for (const Subcommand& s : subcommands) {
        if (s.name == sub)
            return s.run(ctx, args.mid(1));
        listed.append({s.name, s.summary});
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h"))
        return groupHelp(ctx, name(), listed, ExitOk);
    if (!sub.isEmpty())
        ctx.err() << tr("gradus-cli: unknown %1 command '%2'.").arg(name(), sub) << "\n";
    return groupHelp(ctx, name(), listed, ExitUsage);
}

int CliCommand::groupHelp(CliContext& ctx, const QString& group,
                          const QList<QPair<QString, QString>>& subcommands, int code)
{
    QTextStream& stream = code == ExitOk ? ctx.out() : ctx.err();
    stream << tr("Usage: gradus-cli %1 <command> [options]").arg(group) << "\n\n"
           << tr("Commands:") << "\n";
    for (const auto& [name, summary] : subcommands)
        stream << "  " << name.leftJustified(14) << summary << "\n";
    stream << "\n"
           << tr("Run 'gradus-cli %1 <command> --help' for the options of a command.").arg(group)
           << Qt::endl;
    return code;
}

} // namespace gradus::cli
