// `gradus-cli export fhir|ics|programme|template`: one record out, to a file or stdout.
#include "ExportCommand.h"

#include "CliArguments.h"
#include "ProgrammeArgs.h"
#include "i18n/Languages.h"
#include "services/ExportService.h"
#include "settings/DeskSettings.h"
#include "storage/ProgrammeTemplateRepository.h"

#include <QFileInfo>

#include <functional>

namespace gradus::cli::exports {
namespace {

int failWith(CliContext& ctx, const Error& error)
{
    return ctx.fail(error, exitCodeForKind(error.kind()));
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(
        QStringLiteral("language"),
        Tr::tr("The language of the texts, e.g. de (default: --language before the "
               "command, else the patient's preferred language, else the clinic's "
               "handout language, else the language of messages)."),
        QStringLiteral("CODE"));
}

// "--out FILE [--force]" shared by the single-record exports: the options for their CliSpec,
// and what was given, checked (an exit code when the command should stop).
struct Target
{
    QString out;
    bool force = false;
    // The code asked for with the command's language option, else --language before the command.
    QString language;
};

// Opens the store, makes the file with `make` and writes it to the checked target.
int exportTo(CliContext& ctx, const Target& target,
             const std::function<Result<QByteArray>(Workspace&)>& make)
{
    auto ws = ctx.workspace();
    if (!ws)
        return failWith(ctx, ws.error());
    auto bytes = make(**ws);
    if (!bytes)
        return failWith(ctx, bytes.error());
    return writeOutput(ctx, target.out, *bytes, target.force);
}

QList<QCommandLineOption> targetOptions()
{
    return {QCommandLineOption(QStringLiteral("out"),
                               Tr::tr("Where to write; - for standard output."),
                               QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("force"), Tr::tr("Replace FILE if it exists."))};
}

// `language`: the command's --language option, when it has one; an unknown language is a usage
// error.
std::optional<int> checkTarget(CliContext& ctx, const CliArgs& args, const QString& usageName,
                               Target& target, const QCommandLineOption* language = nullptr)
{
    target.out = args.parser().value(QStringLiteral("out"));
    target.force = args.parser().isSet(QStringLiteral("force"));
    if (target.out.isEmpty())
        return ctx.usage(
            Tr::tr("%1 needs --out FILE (or --out - for standard output).").arg(usageName));
    if (target.out != QLatin1String("-") && !target.force && QFileInfo::exists(target.out))
        return ctx.fail(
            Error{QStringLiteral("file.exists"),
                  Tr::tr("%1 already exists; add --force to replace it.").arg(target.out)});
    target.language = ctx.languageOverride();
    if (language && args.isSet(*language)) {
        target.language = Languages::fromUserText(args.value(*language));
        if (target.language.isEmpty())
            return ctx.usage(
                Tr::tr("--language must be one of %1, not '%2'.")
                    .arg(Languages::codes().join(QStringLiteral(", ")), args.value(*language)));
    }
    return std::nullopt;
}

} // namespace

int fhir(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption clinician(QStringLiteral("clinician"),
                                       Tr::tr("The author named in the Provenance (default: your "
                                              "user name)."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption language = languageOption();
    // The store is opened once --out and --language have been checked.
    const QString usageName = QStringLiteral("export fhir");
    const CliArgs a(
        ctx, args,
        {.usageName = usageName,
         .description = Tr::tr(
             "Write the patient's record as a FHIR R4 Bundle (type collection, JSON) for a GP "
             "system or another clinic: Patient, Condition, Observation (NPRS pain, activity, "
             "steps, questionnaire scores), QuestionnaireResponse (answers by item number), "
             "CarePlan for each active programme, and a Provenance naming the author. The same "
             "record always gets the same resource ids. Mapping: docs/EXCHANGE.md."),
         .positionals = {{QStringLiteral("PATIENT_ID"), Tr::tr("The patient's id."),
                          Tr::tr("patient")}},
         .options = QList<QCommandLineOption>{clinician, language} + targetOptions()});
    if (auto stop = a.stop())
        return *stop;
    Target target;
    if (auto stop = checkTarget(ctx, a, usageName, target, &language))
        return *stop;
    const QString author = a.isSet(clinician) ? a.value(clinician) : DeskSettings().clinicianName();
    return exportTo(ctx, target, [&](Workspace& ws) {
        return ExportService(ws).fhirBundle(a.id(0), author, target.language);
    });
}

int ics(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption first(QStringLiteral("first-hour"),
                                   Tr::tr("Hour of the first reminder of a day (default 9)."),
                                   QStringLiteral("H"));
    const QCommandLineOption last(QStringLiteral("last-hour"),
                                  Tr::tr("Hour of the last reminder of a day (default 18)."),
                                  QStringLiteral("H"));
    const QCommandLineOption language = languageOption();
    // The store is opened once the options have been checked.
    const QString usageName = QStringLiteral("export ics");
    const CliArgs a(
        ctx, args,
        {.usageName = usageName,
         .description = Tr::tr(
             "Write a programme's reminders as an iCalendar file (RFC 5545) that a phone "
             "calendar imports: one weekly event per session pattern (days per week, one "
             "reminder per bout) with the doses and stop rules, graded activity plans week by "
             "week, and the review date. Doses of fewer than 7 days a week go on set days "
             "(3: Mon, Wed, Fri; see docs/EXCHANGE.md)."),
         .positionals = {{QStringLiteral("PROGRAMME_ID"), Tr::tr("The programme's id."),
                          Tr::tr("programme")}},
         .options = QList<QCommandLineOption>{first, last, language} + targetOptions()});
    if (auto stop = a.stop())
        return *stop;
    Target target;
    if (auto stop = checkTarget(ctx, a, usageName, target, &language))
        return *stop;
    CalendarOptions options;
    for (const auto& [option, field] :
         {std::pair{&first, &options.firstHour}, std::pair{&last, &options.lastHour}}) {
        if (!a.isSet(*option))
            continue;
        bool ok = false;
        const int hour = a.value(*option).toInt(&ok);
        if (!ok || hour < 0 || hour > 23)
            return ctx.usage(Tr::tr("--%1 must be an hour from 0 to 23, found '%2'.")
                                 .arg(option->names().constFirst(), a.value(*option)));
        *field = hour;
    }
    if (options.lastHour < options.firstHour)
        return ctx.usage(Tr::tr("--last-hour must not be before --first-hour."));
    return exportTo(ctx, target, [&](Workspace& ws) {
        return ExportService(ws).calendar(a.id(0), options, target.language);
    });
}

int programme(CliContext& ctx, const QStringList& args)
{
    // The store is opened once --out has been checked.
    const QString usageName = QStringLiteral("export programme");
    const CliArgs a(
        ctx, args,
        {.usageName = usageName,
         .description = Tr::tr(
             "Write a programme version as a programme file (format gradus-programme, JSON "
             "Schema in resources/exchange/programme.schema.json, described in "
             "docs/EXCHANGE.md): sections, exercises by stable id with dose and notes, and the "
             "clinic's own exercises with their pictures. Import it with 'gradus-cli import "
             "programme FILE --patient P'."),
         .positionals = {{QStringLiteral("PROGRAMME_ID"), Tr::tr("The programme's id."),
                          Tr::tr("programme")}},
         .options = targetOptions()});
    if (auto stop = a.stop())
        return *stop;
    Target target;
    if (auto stop = checkTarget(ctx, a, usageName, target))
        return *stop;
    return exportTo(ctx, target,
                    [&](Workspace& ws) { return ExportService(ws).programmeJson(a.id(0)); });
}

int programmeTemplate(CliContext& ctx, const QStringList& args)
{
    // The store is opened once --out has been checked.
    const QString usageName = QStringLiteral("export template");
    const CliArgs a(
        ctx, args,
        {.usageName = usageName,
         .description = Tr::tr(
             "Write a clinic template as a programme file (kind \"template\"), with the clinic's "
             "own exercises it uses. Import it with 'gradus-cli import template FILE'."),
         .positionals = {{QStringLiteral("TEMPLATE_ID"),
                          Tr::tr("Template id, or a built-in's stable id.")}},
         .options = targetOptions()});
    if (auto stop = a.stop())
        return *stop;
    Target target;
    if (auto stop = checkTarget(ctx, a, usageName, target))
        return *stop;
    const QString wanted = a.text(0);
    return exportTo(ctx, target, [&](Workspace& ws) -> Result<QByteArray> {
        ProgrammeTemplateRepository templates(ws);
        if (auto added = templates.ensureBuiltIns(); !added)
            return added.error();
        auto id = findTemplate(templates, wanted);
        if (!id)
            return id.error();
        return ExportService(ws).templateJson(*id);
    });
}

} // namespace gradus::cli::exports
