// `gradus-cli programme template list|save|apply`: clinic templates.
#include "CliArguments.h"
#include "ProgrammeArgs.h"
#include "ProgrammeCommand.h"
#include "i18n/DataTexts.h"

#include "programmes/ProgrammeJson.h"
#include "storage/ProgrammeRepository.h"
#include "storage/ProgrammeTemplateRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gradus::cli {

Result<qint64> findTemplate(ProgrammeTemplateRepository& repository, const QString& idOrStableId)
{
    auto all = repository.list();
    if (!all)
        return all.error();
    const auto number = recordId(idOrStableId);
    for (const ProgrammeTemplate& t : std::as_const(*all))
        if ((number && t.id == *number) || (!t.stableId.isEmpty() && t.stableId == idOrStableId))
            return t.id;
    return Error{QStringLiteral("template.not_found"),
                 CliCommand::tr("There is no template '%1'.").arg(idOrStableId)};
}

} // namespace gradus::cli

namespace gradus::cli::programmes {
namespace {

// The workspace with the built-in templates in it (they go in on first use, like the library).
Result<Workspace*> templateWorkspace(CliContext& ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ws;
    if (auto added = ProgrammeTemplateRepository(**ws).ensureBuiltIns(); !added)
        return added.error();
    return ws;
}

int templateList(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(ctx, args,
                    {.usageName = QStringLiteral("programme template list"),
                     .description = Tr::tr("List the clinic's programme templates."),
                     .json = true,
                     .store = true});
    if (auto stop = a.stop())
        return *stop;
    auto ws = templateWorkspace(ctx);
    if (!ws)
        return ctx.fail(ws.error());
    auto stored = ProgrammeTemplateRepository(**ws).list();
    if (!stored)
        return ctx.fail(stored.error());
    std::optional<QList<ProgrammeTemplate>> all = QList<ProgrammeTemplate>();
    for (const ProgrammeTemplate& t : std::as_const(*stored))
        all->append(DataTexts::display().programmeTemplate(t));
    if (a.json()) {
        QJsonArray array;
        for (const ProgrammeTemplate& t : std::as_const(*all))
            array.append(QJsonObject{{QStringLiteral("id"), t.id},
                                     {QStringLiteral("stable_id"), t.stableId},
                                     {QStringLiteral("name"), t.name},
                                     {QStringLiteral("goal"), t.goal},
                                     {QStringLiteral("built_in"), t.builtIn}});
        ctx.printJson(array);
        return ExitOk;
    }
    for (const ProgrammeTemplate& t : std::as_const(*all))
        ctx.out() << t.id << "  " << (t.stableId.isEmpty() ? QStringLiteral("-") : t.stableId)
                  << "  " << t.name << (t.builtIn ? Tr::tr("  [built-in]") : QString()) << "\n";
    return ExitOk;
}

int templateSave(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption name(QStringLiteral("name"),
                                  Tr::tr("Template name (the programme's)."), QStringLiteral("N"));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("programme template save"),
         .description =
             Tr::tr("Save a programme's sections and doses as a clinic template. Prints its id."),
         .positionals = {{QStringLiteral("PROGRAMME_ID"), Tr::tr("The programme's id."),
                          Tr::tr("programme")}},
         .options = {name},
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    auto ws = templateWorkspace(ctx);
    if (!ws)
        return ctx.fail(ws.error());
    auto saved = ProgrammeTemplateRepository(**ws).saveFromProgramme(a.id(0), a.value(name));
    if (!saved)
        return ctx.fail(saved.error(), ExitUsage);
    ctx.out() << *saved << "\n";
    return ExitOk;
}

int templateApply(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption name(QStringLiteral("name"),
                                  Tr::tr("Programme name (the template's)."), QStringLiteral("N"));
    const QCommandLineOption start(
        QStringLiteral("start"), Tr::tr("Start date (yyyy-MM-dd; today)."), QStringLiteral("DATE"));
    // The store is opened once --start has been checked.
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("programme template apply"),
         .description = Tr::tr(
             "Start a draft programme for the patient from a template. Prints the programme id."),
         .positionals = {{QStringLiteral("TEMPLATE_ID"),
                          Tr::tr("Template id, or a built-in's stable id.")},
                         {QStringLiteral("PATIENT_ID"), Tr::tr("The patient's id."),
                          Tr::tr("patient")}},
         .options = {name, start}});
    if (auto stop = a.stop())
        return *stop;
    QDate startDate;
    if (a.isSet(start)) {
        const auto day = isoDate(a.value(start));
        if (!day)
            return ctx.usage(
                Tr::tr("--start must be a date as yyyy-MM-dd, found '%1'.").arg(a.value(start)));
        startDate = *day;
    }
    auto ws = templateWorkspace(ctx);
    if (!ws)
        return ctx.fail(ws.error());
    ProgrammeTemplateRepository repository(**ws);
    auto templateId = findTemplate(repository, a.text(0));
    if (!templateId)
        return ctx.fail(templateId.error(), ExitUsage);
    auto id = repository.apply(*templateId, a.id(1), a.value(name), startDate);
    if (!id)
        return ctx.fail(id.error(), id.error().code == QLatin1String("transaction.begin")
                                        ? ExitFailure
                                        : ExitUsage);
    ctx.out() << *id << "\n";
    return ExitOk;
}

} // namespace

int templates(CliContext& ctx, const QStringList& args)
{
    return CliCommand::dispatch(
        ctx, QStringLiteral("programme template"), args,
        {
            {QStringLiteral("list"), Tr::tr("List the clinic's templates"), templateList},
            {QStringLiteral("save"), Tr::tr("Save a programme as a template; prints its id"),
             templateSave},
            {QStringLiteral("apply"),
             Tr::tr("Start a patient's programme from a template; prints its id"), templateApply},
        });
}

} // namespace gradus::cli::programmes
