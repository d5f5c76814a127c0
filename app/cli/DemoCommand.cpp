#include "DemoCommand.h"

#include "PatientJson.h"
#include "demo/DemoClinic.h"

#include <QJsonObject>

namespace gradus::cli {

QString DemoCommand::summary() const
{
    return tr("Create fictional demo patients");
}

int DemoCommand::run(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create N fictional patients (names from many languages, episodes of care and "
           "clinical profiles) in one transaction. Clinic numbers start with DEMO-; the same "
           "--seed gives the same clinic.\nJSON: patients, episodes, conditions."));
    const QCommandLineOption patients(
        QStringLiteral("patients"),
        tr("How many patients (1-%1).").arg(DemoClinic::kMaximumPatients), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Random seed (default %1).").arg(DemoClinic::kDefaultSeed),
                                  QStringLiteral("S"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({patients, seed, json});
    if (auto stop = parse(ctx, parser, QStringLiteral("demo"), args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(tr("demo takes options only (see --help)."));
    if (!parser.isSet(patients))
        return ctx.usage(tr("demo needs --patients N."));
    bool ok = false;
    const int count = parser.value(patients).toInt(&ok);
    if (!ok)
        return ctx.usage(
            tr("--patients must be a whole number (not '%1').").arg(parser.value(patients)));
    quint32 seedValue = DemoClinic::kDefaultSeed;
    if (parser.isSet(seed)) {
        seedValue = parser.value(seed).toUInt(&ok);
        if (!ok)
            return ctx.usage(
                tr("--seed must be a whole number (not '%1').").arg(parser.value(seed)));
    }
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto summary = DemoClinic::create(**ws, count, seedValue);
    if (!summary)
        return ctx.fail(summary.error(), PatientArgs::exitCodeFor(summary.error()));
    if (parser.isSet(json)) {
        ctx.printJson(QJsonObject{{QStringLiteral("patients"), summary->patients},
                                  {QStringLiteral("episodes"), summary->episodes},
                                  {QStringLiteral("conditions"), summary->conditions}});
    } else {
        ctx.out() << tr("Created %1 demo patients (episodes of care: %2, conditions: %3).", nullptr,
                        int(summary->patients))
                         .arg(summary->patients)
                         .arg(summary->episodes)
                         .arg(summary->conditions)
                  << Qt::endl;
    }
    return ExitOk;
}

} // namespace gradus::cli
