#include "Commands.h"

#include "CliArguments.h"
#include "FindingsOutput.h"
#include "services/ProgrammeImportService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace gradus::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

// The file's bytes; "-" reads standard input.
Result<QByteArray> readInput(const QString& path)
{
    QFile file;
    const bool stdinput = path == QLatin1String("-");
    if (stdinput ? !file.open(stdin, QIODevice::ReadOnly)
                 : (file.setFileName(path), !file.open(QIODevice::ReadOnly)))
        return Error{
            QStringLiteral("import.unreadable"),
            Tr::tr("Could not read %1: %2. Nothing was imported.")
                .arg(path, QFileInfo::exists(path) ? file.errorString() : Tr::tr("no such file")),
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
        ctx.err() << Tr::tr("gradus-cli: added the clinic exercises %1 from the file.")
                         .arg(r.exercisesAdded.join(QStringLiteral(", ")))
                  << Qt::endl;
    if (!r.exercisesKept.isEmpty())
        ctx.err() << Tr::tr("gradus-cli: kept this clinic's own %1 (the file's copy "
                            "was not used).")
                         .arg(r.exercisesKept.join(QStringLiteral(", ")))
                  << Qt::endl;
}

int programme(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption patient(QStringLiteral("patient"), Tr::tr("The patient's id."),
                                     QStringLiteral("P"));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("import programme"),
         .description = Tr::tr(
             "Import a programme file (from 'gradus-cli export programme', docs/EXCHANGE.md) as a "
             "new draft programme for the patient, starting today. The whole file is checked "
             "first: when anything is wrong nothing is imported, the message names the entry "
             "and field, and the exit status is 2. The clinic's own exercises in the file are "
             "added when this clinic does not have them. The safety check runs at once; its "
             "findings are printed after the new programme's id.\nJSON: programme_id, name, "
             "items, exercises_added, exercises_kept, findings."),
         .positionals = {{QStringLiteral("FILE"), Tr::tr("The programme file; - for stdin.")}},
         .options = {patient},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    if (!a.isSet(patient))
        return ctx.usage(Tr::tr("import programme needs --patient P."));
    const auto patientId = recordId(a.value(patient));
    if (!patientId)
        return ctx.usage(
            Tr::tr("--patient must be a positive whole number, found '%1'.").arg(a.value(patient)));
    auto bytes = readInput(a.text(0));
    if (!bytes)
        return ctx.fail(bytes.error(), exitCodeForKind(bytes.error().kind()));
    auto report = ProgrammeImportService(a.workspace())
                      .importForPatient(*bytes, QFileInfo(a.text(0)).fileName(), *patientId);
    if (!report)
        return ctx.fail(report.error(), exitCodeForKind(report.error().kind()));
    if (a.json()) {
        ctx.printJson(reportJson(*report));
        return ExitOk;
    }
    printExercises(ctx, *report);
    ctx.out() << report->programmeId << "\n";
    ctx.out() << Tr::tr("Safety check of the imported programme:") << "\n";
    printFindings(ctx, report->findings, false);
    ctx.out().flush();
    ctx.err() << Tr::tr("gradus-cli: imported \"%1\" (%n exercise(s)) as draft programme %2; give "
                        "it to the patient with 'gradus-cli programme activate %2'.",
                        nullptr, report->items)
                     .arg(report->name)
                     .arg(report->programmeId)
              << Qt::endl;
    return ExitOk;
}

int programmeTemplate(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("import template"),
         .description = Tr::tr(
             "Import a programme file (kind template or programme) as a new clinic template. The "
             "whole file is checked first: when anything is wrong nothing is imported and the "
             "exit status is 2. Prints the template id.\nJSON: template_id, name, items, "
             "exercises_added, exercises_kept."),
         .positionals = {{QStringLiteral("FILE"), Tr::tr("The programme file; - for stdin.")}},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    auto bytes = readInput(a.text(0));
    if (!bytes)
        return ctx.fail(bytes.error(), exitCodeForKind(bytes.error().kind()));
    auto report = ProgrammeImportService(a.workspace())
                      .importTemplate(*bytes, QFileInfo(a.text(0)).fileName());
    if (!report)
        return ctx.fail(report.error(), exitCodeForKind(report.error().kind()));
    if (a.json()) {
        ctx.printJson(reportJson(*report));
        return ExitOk;
    }
    printExercises(ctx, *report);
    ctx.out() << report->templateId << "\n";
    return ExitOk;
}

} // namespace

// `gradus-cli import programme|template FILE`: programme files from another clinic or desk.
CliCommand importCommand()
{
    return CliCommand(
        QStringLiteral("import"), Tr::tr("Import a programme or template file from another clinic"),
        {
            {QStringLiteral("programme"),
             Tr::tr("A programme file as a new draft for a patient; runs the safety check"),
             programme},
            {QStringLiteral("template"), Tr::tr("A programme file as a new clinic template"),
             programmeTemplate},
        });
}

} // namespace gradus::cli
