// `gradus-cli export fhir|ics|programme|template`: one record out, to a file or stdout.
#include "ExportCommand.h"

#include "CliArguments.h"
#include "i18n/Languages.h"
#include "services/ExportService.h"
#include "settings/DeskSettings.h"
#include "storage/ProgrammeTemplateRepository.h"

#include <QFileInfo>

namespace gradus::cli {
namespace {

int failWith(CliContext& ctx, const Error& error)
{
    return ctx.fail(error, exitCodeForKind(error.kind()));
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(
        QStringLiteral("language"),
        ExportCommand::tr("The language of the texts, e.g. de (default: --language before the "
                          "command, else the patient's preferred language, else the clinic's "
                          "handout language, else the language of messages)."),
        QStringLiteral("CODE"));
}

// The language asked for, as a code; nullopt (after the usage message) when it is unknown.
std::optional<QString> chosenLanguage(CliContext& ctx, const QCommandLineParser& parser,
                                      const QCommandLineOption& option, int& status)
{
    if (!parser.isSet(option))
        return ctx.languageOverride();
    const QString code = Languages::fromUserText(parser.value(option));
    if (code.isEmpty()) {
        status = ctx.usage(
            ExportCommand::tr("--language must be one of %1, not '%2'.")
                .arg(Languages::codes().join(QStringLiteral(", ")), parser.value(option)));
        return std::nullopt;
    }
    return code;
}

} // namespace

std::optional<int> ExportCommand::parseTarget(CliContext& ctx, QCommandLineParser& parser,
                                              const QString& usageName, const QStringList& args,
                                              const QString& idName, Target& target)
{
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Where to write; - for standard output."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace FILE if it exists."));
    parser.addOptions({out, force});
    if (auto stop = parse(ctx, parser, usageName, args))
        return stop;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return ctx.usage(tr("%1 takes one %2.").arg(usageName, idName));
    if (parser.value(out).isEmpty())
        return ctx.usage(
            tr("%1 needs --out FILE (or --out - for standard output).").arg(usageName));
    target.id = pos.constFirst();
    target.out = parser.value(out);
    target.force = parser.isSet(force);
    if (target.out != QLatin1String("-") && !target.force && QFileInfo::exists(target.out))
        return ctx.fail(Error{QStringLiteral("file.exists"),
                              tr("%1 already exists; add --force to replace it.").arg(target.out)});
    return std::nullopt;
}

int ExportCommand::fhir(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the patient's record as a FHIR R4 Bundle (type collection, JSON) for a GP "
           "system or another clinic: Patient, Condition, Observation (NPRS pain, activity, "
           "steps, questionnaire scores), QuestionnaireResponse (answers by item number), "
           "CarePlan for each active programme, and a Provenance naming the author. The same "
           "record always gets the same resource ids. Mapping: docs/EXCHANGE.md."));
    parser.addPositionalArgument(QStringLiteral("PATIENT_ID"), tr("The patient's id."));
    const QCommandLineOption clinician(QStringLiteral("clinician"),
                                       tr("The author named in the Provenance (default: your "
                                          "user name)."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption language = languageOption();
    parser.addOptions({clinician, language});
    Target target;
    if (auto stop = parseTarget(ctx, parser, QStringLiteral("export fhir"), args,
                                QStringLiteral("PATIENT_ID"), target))
        return *stop;
    int status = ExitOk;
    const auto code = chosenLanguage(ctx, parser, language, status);
    if (!code)
        return status;
    const auto patientId = recordId(target.id);
    if (!patientId)
        return ctx.usage(
            tr("PATIENT_ID must be a positive whole number, found '%1'.").arg(target.id));
    auto ws = ctx.workspace();
    if (!ws)
        return failWith(ctx, ws.error());
    const QString author =
        parser.isSet(clinician) ? parser.value(clinician) : DeskSettings().clinicianName();
    auto bytes = ExportService(**ws).fhirBundle(*patientId, author, *code);
    if (!bytes)
        return failWith(ctx, bytes.error());
    return writeOutput(ctx, target.out, *bytes, target.force);
}

int ExportCommand::ics(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a programme's reminders as an iCalendar file (RFC 5545) that a phone "
           "calendar imports: one weekly event per session pattern (days per week, one "
           "reminder per bout) with the doses and stop rules, graded activity plans week by "
           "week, and the review date. Doses of fewer than 7 days a week go on set days "
           "(3: Mon, Wed, Fri; see docs/EXCHANGE.md)."));
    parser.addPositionalArgument(QStringLiteral("PROGRAMME_ID"), tr("The programme's id."));
    const QCommandLineOption first(QStringLiteral("first-hour"),
                                   tr("Hour of the first reminder of a day (default 9)."),
                                   QStringLiteral("H"));
    const QCommandLineOption last(QStringLiteral("last-hour"),
                                  tr("Hour of the last reminder of a day (default 18)."),
                                  QStringLiteral("H"));
    const QCommandLineOption language = languageOption();
    parser.addOptions({first, last, language});
    Target target;
    if (auto stop = parseTarget(ctx, parser, QStringLiteral("export ics"), args,
                                QStringLiteral("PROGRAMME_ID"), target))
        return *stop;
    int status = ExitOk;
    const auto code = chosenLanguage(ctx, parser, language, status);
    if (!code)
        return status;
    const auto programmeId = recordId(target.id);
    if (!programmeId)
        return ctx.usage(
            tr("PROGRAMME_ID must be a positive whole number, found '%1'.").arg(target.id));
    CalendarOptions options;
    for (const auto& [option, field] :
         {std::pair{&first, &options.firstHour}, std::pair{&last, &options.lastHour}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const int hour = parser.value(*option).toInt(&ok);
        if (!ok || hour < 0 || hour > 23)
            return ctx.usage(tr("--%1 must be an hour from 0 to 23, found '%2'.")
                                 .arg(option->names().constFirst(), parser.value(*option)));
        *field = hour;
    }
    if (options.lastHour < options.firstHour)
        return ctx.usage(tr("--last-hour must not be before --first-hour."));
    auto ws = ctx.workspace();
    if (!ws)
        return failWith(ctx, ws.error());
    auto bytes = ExportService(**ws).calendar(*programmeId, options, *code);
    if (!bytes)
        return failWith(ctx, bytes.error());
    return writeOutput(ctx, target.out, *bytes, target.force);
}

int ExportCommand::programme(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a programme version as a programme file (format gradus-programme, JSON "
           "Schema in resources/exchange/programme.schema.json, described in "
           "docs/EXCHANGE.md): sections, exercises by stable id with dose and notes, and the "
           "clinic's own exercises with their pictures. Import it with 'gradus-cli import "
           "programme FILE --patient P'."));
    parser.addPositionalArgument(QStringLiteral("PROGRAMME_ID"), tr("The programme's id."));
    Target target;
    if (auto stop = parseTarget(ctx, parser, QStringLiteral("export programme"), args,
                                QStringLiteral("PROGRAMME_ID"), target))
        return *stop;
    const auto programmeId = recordId(target.id);
    if (!programmeId)
        return ctx.usage(
            tr("PROGRAMME_ID must be a positive whole number, found '%1'.").arg(target.id));
    auto ws = ctx.workspace();
    if (!ws)
        return failWith(ctx, ws.error());
    auto bytes = ExportService(**ws).programmeJson(*programmeId);
    if (!bytes)
        return failWith(ctx, bytes.error());
    return writeOutput(ctx, target.out, *bytes, target.force);
}

int ExportCommand::programmeTemplate(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a clinic template as a programme file (kind \"template\"), with the clinic's "
           "own exercises it uses. Import it with 'gradus-cli import template FILE'."));
    parser.addPositionalArgument(QStringLiteral("TEMPLATE_ID"),
                                 tr("Template id, or a built-in's stable id."));
    Target target;
    if (auto stop = parseTarget(ctx, parser, QStringLiteral("export template"), args,
                                QStringLiteral("TEMPLATE_ID"), target))
        return *stop;
    auto ws = ctx.workspace();
    if (!ws)
        return failWith(ctx, ws.error());
    ProgrammeTemplateRepository templates(**ws);
    if (auto added = templates.ensureBuiltIns(); !added)
        return failWith(ctx, added.error());
    auto all = templates.list();
    if (!all)
        return failWith(ctx, all.error());
    qint64 templateId = 0;
    const auto number = recordId(target.id);
    for (const ProgrammeTemplate& t : std::as_const(*all))
        if ((number && t.id == *number) || (!t.stableId.isEmpty() && t.stableId == target.id))
            templateId = t.id;
    if (templateId == 0)
        return failWith(ctx, Error{QStringLiteral("template.not_found"),
                                   tr("There is no template '%1'.").arg(target.id)});
    auto bytes = ExportService(**ws).templateJson(templateId);
    if (!bytes)
        return failWith(ctx, bytes.error());
    return writeOutput(ctx, target.out, *bytes, target.force);
}

} // namespace gradus::cli
