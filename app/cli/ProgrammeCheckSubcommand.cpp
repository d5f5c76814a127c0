// `gradus-cli programme check ID`: the safety engine over a stored programme.
#include "FindingsOutput.h"
#include "ProgrammeCommand.h"
#include "services/ProgrammeSafety.h"
#include "storage/ProgrammeRepository.h"

namespace gradus::cli {

int ProgrammeCommand::check(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a programme (any version) against its patient's conditions, phase of care, "
           "age and latest visit. Exit 0 whatever it finds.\nJSON: an array of findings, each "
           "with exercise, severity (avoid|caution|prefer), reason, source, rule, index, "
           "alternatives and assumptions (as in 'safety check --help')."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The programme's id."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (auto stop = parse(ctx, parser, QStringLiteral("programme check"), args))
        return *stop;
    const QStringList pos = parser.positionalArguments();
    bool ok = false;
    const qint64 id = pos.size() == 1 ? pos[0].toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return ctx.usage(tr("programme check takes one programme ID (a positive whole number)."));
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto programme = ProgrammeRepository(**ws).get(id);
    if (!programme)
        return ctx.fail(programme.error());
    auto findings = checkProgramme(**ws, *programme);
    if (!findings)
        return ctx.fail(findings.error());
    printFindings(ctx, *findings, parser.isSet(json));
    return ExitOk;
}

} // namespace gradus::cli
