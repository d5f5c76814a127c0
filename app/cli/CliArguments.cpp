#include "CliArguments.h"

#include "CliCommand.h"

namespace gradus::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliArgs)
};

// "PATIENT_ID", "TEMPLATE_ID PATIENT_ID", "[PRESCRIPTION_ID]": the positional arguments as
// the usage line shows them.
QString positionalNames(const QList<CliPositional>& positionals)
{
    QStringList names;
    for (const CliPositional& p : positionals)
        names << (p.many       ? QStringLiteral("[%1...]").arg(p.name)
                  : p.optional ? QStringLiteral("[%1]").arg(p.name)
                               : p.name);
    return names.isEmpty() ? QString() : QLatin1Char(' ') + names.join(u' ');
}

// Parses `args` for a subcommand, with --help added. An exit code when the subcommand should
// stop (help shown, or a usage error reported), std::nullopt to go on.
std::optional<int> parseWithHelp(CliContext& ctx, QCommandLineParser& parser,
                                 const QString& usageName, const QStringList& args)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CliCommand::tr("Show this help."));
    parser.addOption(help);
    QStringList full = args;
    full.prepend(QStringLiteral("gradus-cli ") + usageName);
    if (!parser.parse(full))
        return ctx.usage(parser.errorText());
    if (parser.isSet(help)) {
        // QCommandLineParser names the executable's full path; scripts read "gradus-cli CMD".
        QString text = parser.helpText();
        const qsizetype lineEnd = text.indexOf(u'\n');
        if (text.startsWith(QLatin1String("Usage: ")) && lineEnd > 0) {
            const QString rest = text.mid(7, lineEnd - 7);
            const qsizetype optionsAt = rest.indexOf(u' ');
            text.replace(0, lineEnd,
                         QStringLiteral("Usage: gradus-cli ") + usageName +
                             (optionsAt >= 0 ? rest.mid(optionsAt) : QString()));
        }
        ctx.out() << text;
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> recordId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

Result<qint64> parseRecordId(const QString& text, const QString& kind)
{
    if (const auto id = recordId(text))
        return *id;
    return Error{QStringLiteral("usage"),
                 Tr::tr("'%1' is not a %2 id (a positive whole number).").arg(text, kind)};
}

CliArgs::CliArgs(CliContext& ctx, const QStringList& args, const CliSpec& spec)
{
    m_stop = check(ctx, args, spec);
}

std::optional<int> CliArgs::check(CliContext& ctx, const QStringList& args, const CliSpec& spec)
{
    m_parser.setApplicationDescription(spec.description);
    for (const CliPositional& p : spec.positionals)
        m_parser.addPositionalArgument(p.name, p.description,
                                       p.many       ? QStringLiteral("[%1...]").arg(p.name)
                                       : p.optional ? QStringLiteral("[%1]").arg(p.name)
                                                    : QString());
    m_parser.addOptions(spec.options);
    m_json = spec.json;
    if (spec.json)
        m_parser.addOption(QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON.")));
    if (auto stop = parseWithHelp(ctx, m_parser, spec.usageName, args))
        return stop;

    const QStringList given = m_parser.positionalArguments();
    qsizetype required = 0;
    for (const CliPositional& p : spec.positionals)
        required += p.optional ? 0 : 1;
    const bool many = !spec.positionals.isEmpty() && spec.positionals.constLast().many;
    if (given.size() < required || (!many && given.size() > spec.positionals.size()))
        return ctx.usage(Tr::tr("Wrong number of arguments. Usage: gradus-cli %1 [options]%2 "
                                "(--help says more).")
                             .arg(spec.usageName, positionalNames(spec.positionals)));
    for (qsizetype i = 0; i < spec.positionals.size(); ++i) {
        qint64 id = 0;
        if (i < given.size() && !spec.positionals[i].idOf.isEmpty()) {
            auto parsed = parseRecordId(given[i], spec.positionals[i].idOf);
            if (!parsed)
                return ctx.usage(parsed.error().message);
            id = *parsed;
        }
        m_ids << id;
    }
    if (spec.store) {
        auto ws = ctx.workspace();
        if (!ws)
            return ctx.fail(ws.error());
        m_workspace = *ws;
    }
    return std::nullopt;
}

QString CliArgs::text(int index) const
{
    return m_parser.positionalArguments().value(index);
}

bool CliArgs::has(int index) const
{
    return index < m_parser.positionalArguments().size();
}

qint64 CliArgs::id(int index) const
{
    return m_ids.value(index);
}

bool CliArgs::json() const
{
    return m_json && m_parser.isSet(QStringLiteral("json"));
}

Workspace& CliArgs::workspace() const
{
    Q_ASSERT(m_workspace); // a spec without `store` has none
    return *m_workspace;
}

} // namespace gradus::cli
