#include "Commands.h"

#include "CliArguments.h"
#include "VisitCliSupport.h"
#include "outcomes/OutcomeScoring.h"

namespace gradus::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)
};

int run(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption answers(
        QStringLiteral("answers"), Tr::tr("The answers, comma-separated."), QStringLiteral("LIST"));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("score"),
         .description = Tr::tr(
             "Scores answers given by item number, exactly as the clinical reference states.\n"
             "LIST is comma-separated:\n"
             "  odi        10 section scores 0-5, x for an unanswered section\n"
             "  rmdq       24 values 0/1 (1 = statement ticked)\n"
             "  startback  9 values: items 1-8 as 0/1, item 9 as 1-5 (not at all ... extremely)\n"
             "  psfs       3 to 5 activity ratings 0-10\n"
             "  tsk        17 answers 1-4"),
         .positionals = {{QStringLiteral("INSTRUMENT"),
                          QStringLiteral("odi|rmdq|startback|psfs|tsk")}},
         .options = {answers},
         .json = true});
    if (auto stop = a.stop())
        return *stop;
    const auto instrument = Instruments::fromCode(a.text(0));
    if (!instrument)
        return ctx.usage(Tr::tr("Unknown instrument '%1'; use odi, rmdq, startback, psfs or tsk.")
                             .arg(a.text(0)));
    if (!a.isSet(answers))
        return ctx.usage(Tr::tr("score %1 needs --answers LIST.").arg(a.text(0)));

    auto scored = OutcomeScoring::score(*instrument, a.value(answers));
    if (!scored)
        return ctx.usage(scored.error().message);
    const MeasureScore& s = *scored;
    if (a.json()) {
        ctx.printJson(VisitCliSupport::scoreJson(s));
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    const QString band = OutcomeScoring::bandLabel(s.instrument, s.band);
    switch (s.instrument) {
    case Instrument::Odi:
        out << Tr::tr("ODI %1 (%2), %3 of 10 sections answered")
                   .arg(OutcomeScoring::formatScore(s), band)
                   .arg(s.answered);
        break;
    case Instrument::Rmdq:
        out << Tr::tr("RMDQ %1").arg(OutcomeScoring::formatScore(s));
        break;
    case Instrument::StartBack:
        out << Tr::tr("STarT Back total %1, psychosocial subscale %2: %3")
                   .arg(s.total)
                   .arg(s.subscale.value_or(0))
                   .arg(band);
        break;
    case Instrument::Psfs:
        out << Tr::tr("PSFS mean %1 (%2 activities)")
                   .arg(OutcomeScoring::formatScore(s))
                   .arg(s.answered);
        break;
    case Instrument::Tsk:
        out << Tr::tr("TSK-17 %1 (%2)").arg(s.total).arg(band);
        break;
    }
    out << "\n";
    for (const QString& warning : s.warnings)
        out << Tr::tr("Warning: %1").arg(warning) << "\n";
    out.flush();
    return ExitOk;
}

} // namespace

// `gradus-cli score odi|rmdq|startback|psfs|tsk --answers LIST [--json]`: pure scoring for
// scripts. Needs no database. Invalid answers: a message on stderr and exit 2.
CliCommand scoreCommand()
{
    return CliCommand(
        QStringLiteral("score"),
        Tr::tr("Score an outcome questionnaire (ODI, RMDQ, STarT Back, PSFS, TSK-17)"), run);
}

} // namespace gradus::cli
