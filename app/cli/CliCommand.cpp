#include "CliCommand.h"

namespace gradus::cli {

std::optional<int> CliCommand::parse(CliContext& ctx, QCommandLineParser& parser,
                                     const QString& usageName, const QStringList& args)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    QStringList full = args;
    full.prepend(QStringLiteral("gradus-cli ") + usageName);
    if (!parser.parse(full))
        return ctx.usage(parser.errorText());
    if (parser.isSet(help)) {
        ctx.out() << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
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
           << tr("Run 'gradus-cli %1 <command> --help' for the options of a command.")
                  .arg(group)
           << Qt::endl;
    return code;
}

} // namespace gradus::cli
