#include "ExportCommand.h"

#include "outcomes/OutcomesCsv.h"

#include <QFileInfo>

namespace gradus::cli {

QString ExportCommand::summary() const
{
    return tr("Export data (outcomes as CSV)");
}

int ExportCommand::run(CliContext& ctx, const QStringList& args)
{
    return dispatch(
        ctx, args,
        {
            {QStringLiteral("outcomes"),
             tr("Pain, activity and outcome scores of every patient, one row per value"),
             [this](CliContext& c, const QStringList& a) { return outcomes(c, a); }},
        });
}

int ExportCommand::outcomes(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write every patient's pain, activity and outcome scores to FILE as CSV, one row per "
           "value, with record ids and no names or notes. Columns: %1")
            .arg(OutcomesCsv::header()));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Where to write the CSV."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace FILE if it exists."));
    parser.addOption(csv);
    parser.addOption(force);
    if (auto stop = parse(ctx, parser, QStringLiteral("export outcomes"), args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(tr("export outcomes takes no arguments besides --csv FILE."));
    if (parser.value(csv).isEmpty())
        return ctx.usage(tr("export outcomes needs --csv FILE."));
    if (!parser.isSet(force) && QFileInfo::exists(parser.value(csv)))
        return ctx.fail(
            Error{QStringLiteral("export.exists"),
                  tr("%1 already exists; add --force to replace it.").arg(parser.value(csv))});
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto rows = OutcomesCsv::write(**ws, parser.value(csv), parser.isSet(force));
    if (!rows)
        return ctx.fail(rows.error());
    // Like `db backup`: stdout names what was written, for the script's next step.
    ctx.out() << parser.value(csv) << Qt::endl;
    return ExitOk;
}

} // namespace gradus::cli
