// `gradus-cli programme check ID`: the safety engine over a stored programme.
#include "CliArguments.h"
#include "FindingsOutput.h"
#include "ProgrammeCommand.h"
#include "services/ProgrammeSafety.h"
#include "storage/ProgrammeRepository.h"

namespace gradus::cli::programmes {

int check(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("programme check"),
         .description = Tr::tr(
             "Check a programme (any version) against its patient's conditions, phase of care, "
             "age and latest visit. Exit 0 whatever it finds.\nJSON: an array of findings, each "
             "with exercise, severity (avoid|caution|prefer), reason, source, rule, index, "
             "alternatives and assumptions (as in 'safety check --help')."),
         .positionals = {{QStringLiteral("ID"), Tr::tr("The programme's id."),
                          Tr::tr("programme")}},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    auto programme = ProgrammeRepository(a.workspace()).get(a.id(0));
    if (!programme)
        return ctx.fail(programme.error());
    auto findings = checkProgramme(a.workspace(), *programme);
    if (!findings)
        return ctx.fail(findings.error());
    printFindings(ctx, *findings, a.json());
    return ExitOk;
}

} // namespace gradus::cli::programmes
