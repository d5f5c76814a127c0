#include "ImportCommand.h"

#include "FindingsOutput.h"
#include "ProgrammeArgs.h"
#include "services/ProgrammeImportService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace gradus::cli {
namespace {

// The file's bytes; "-" reads standard input.
Result<QByteArray> readInput(const QString& path)
{
    QFile file;
    const bool stdinput = path == QLatin1String("-");
    if (stdinput ? !file.open(stdin, QIODevice::ReadOnly)
                 : (file.setFileName(path), !file.open(QIODevice::ReadOnly)))
        return Error{QStringLiteral("import.unreadable"),
                     ImportCommand::tr("Could not read %1: %2. Nothing was imported.")
                         .arg(path, QFileInfo::exists(path) ? file.errorString()
                                                            : ImportCommand::tr("no such file")),
                     ErrorKind::Invalid};
    return file.readAll();
}

QJsonObject reportJson(const ProgrammeImportReport& r)
{
    QJsonObject o{{QStringLiteral("name"), r.name},
                  {QStringLiteral("items"), r.items},
                  {QStringLiteral("exercises_added"), QJsonArray::fromStringList(r.exercisesAdded)},
                  {QStringLiteral("exercises_kept"), QJsonArray::fromStringList(r.exercisesKept)}};
    if (r.programmeId > 0) {
        o.insert(QStringLiteral("programme_id"), r.programmeId);
        o.insert(QStringLiteral("findings"), findingsToJson(r.findings));
    }
    if (r.templateId > 0)
        o.insert(QStringLiteral("template_id"), r.templateId);
    return o;
}

void printExercises(CliContext& ctx, const ProgrammeImportReport& r)
{
    if (!r.exercisesAdded.isEmpty())
        ctx.err() << ImportCommand::tr("gradus-cli: added the clinic exercises %1 from the file.")
                         .arg(r.exercisesAdded.join(QStringLiteral(", ")))
                  << Qt::endl;
    if (!r.exercisesKept.isEmpty())
        ctx.err() << ImportCommand::tr("gradus-cli: kept this clinic's own %1 (the file's copy "
                                       "was not used).")
                         .arg(r.exercisesKept.join(QStringLiteral(", ")))
                  << Qt::endl;
}

} // namespace

QString ImportCommand::summary() const
{
    return tr("Import a programme or template file from another clinic");
}

int ImportCommand::run(CliContext& ctx, const QStringList& args)
{
    return dispatch(
        ctx, args,
        {
            {QStringLiteral("programme"),
             tr("A programme file as a new draft for a patient; runs the safety check"),
             [this](CliContext& c, const QStringList& a) { return programme(c, a); }},
            {QStringLiteral("template"), tr("A programme file as a new clinic template"),
             [this](CliContext& c, const QStringList& a) { return programmeTemplate(c, a); }},
        });
}

int ImportCommand::programme(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import a programme file (from 'gradus-cli export programme', docs/EXCHANGE.md) as a "
           "new draft programme for the patient, starting today. The whole file is checked "
           "first: when anything is wrong nothing is imported, the message names the entry "
           "and field, and the exit status is 2. The clinic's own exercises in the file are "
           "added when this clinic does not have them. The safety check runs at once; its "
           "findings are printed after the new programme's id.\nJSON: programme_id, name, "
           "items, exercises_added, exercises_kept, findings."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The programme file; - for stdin."));
    const QCommandLineOption patient(QStringLiteral("patient"), tr("The patient's id."),
                                     QStringLiteral("P"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({patient, json});
    if (auto stop = parse(ctx, parser, QStringLiteral("import programme"), args))
        return *stop;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return ctx.usage(tr("import programme takes one FILE."));
    if (!parser.isSet(patient))
        return ctx.usage(tr("import programme needs --patient P."));
    const auto patientId = positiveId(parser.value(patient));
    if (!patientId)
        return ctx.usage(tr("--patient must be a positive whole number, found '%1'.")
                             .arg(parser.value(patient)));
    auto bytes = readInput(pos.constFirst());
    if (!bytes)
        return ctx.fail(bytes.error(), exitCodeForKind(bytes.error().kind()));
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error(), exitCodeForKind(ws.error().kind()));
    auto report = ProgrammeImportService(**ws).importForPatient(
        *bytes, QFileInfo(pos.constFirst()).fileName(), *patientId);
    if (!report)
        return ctx.fail(report.error(), exitCodeForKind(report.error().kind()));
    if (parser.isSet(json)) {
        ctx.printJson(reportJson(*report));
        return ExitOk;
    }
    printExercises(ctx, *report);
    ctx.out() << report->programmeId << "\n";
    ctx.out() << tr("Safety check of the imported programme:") << "\n";
    printFindings(ctx, report->findings, false);
    ctx.out().flush();
    ctx.err() << tr("gradus-cli: imported \"%1\" (%n exercise(s)) as draft programme %2; give "
                    "it to the patient with 'gradus-cli programme activate %2'.",
                    nullptr, report->items)
                     .arg(report->name)
                     .arg(report->programmeId)
              << Qt::endl;
    return ExitOk;
}

int ImportCommand::programmeTemplate(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import a programme file (kind template or programme) as a new clinic template. The "
           "whole file is checked first: when anything is wrong nothing is imported and the "
           "exit status is 2. Prints the template id.\nJSON: template_id, name, items, "
           "exercises_added, exercises_kept."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The programme file; - for stdin."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (auto stop = parse(ctx, parser, QStringLiteral("import template"), args))
        return *stop;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return ctx.usage(tr("import template takes one FILE."));
    auto bytes = readInput(pos.constFirst());
    if (!bytes)
        return ctx.fail(bytes.error(), exitCodeForKind(bytes.error().kind()));
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error(), exitCodeForKind(ws.error().kind()));
    auto report =
        ProgrammeImportService(**ws).importTemplate(*bytes, QFileInfo(pos.constFirst()).fileName());
    if (!report)
        return ctx.fail(report.error(), exitCodeForKind(report.error().kind()));
    if (parser.isSet(json)) {
        ctx.printJson(reportJson(*report));
        return ExitOk;
    }
    printExercises(ctx, *report);
    ctx.out() << report->templateId << "\n";
    return ExitOk;
}

} // namespace gradus::cli
