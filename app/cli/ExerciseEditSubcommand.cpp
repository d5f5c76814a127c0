#include "ExerciseCommand.h"

#include "CliArguments.h"
#include "PatientJson.h"
#include "Workspace.h"
#include "storage/ConflictReport.h"
#include "storage/ExerciseRepository.h"
#include "storage/RecordVersion.h"

#include <QJsonObject>

namespace gradus::cli::exercises {
namespace {

Result<int> storedVersion(Database& db, qint64 id)
{
    return RecordVersion::of(db, QStringLiteral("exercise"), id);
}

} // namespace

Result<int> version(Workspace& ws, qint64 id)
{
    return storedVersion(ws.db(), id);
}

int edit(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("The new name."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption summaryText(QStringLiteral("summary"), Tr::tr("The new summary."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption retire(QStringLiteral("retire"), Tr::tr("Retire the exercise."));
    const QCommandLineOption restore(QStringLiteral("restore"),
                                     Tr::tr("Restore a retired exercise."));
    const QCommandLineOption ifVersion = PatientArgs::ifVersionOption();
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("exercise edit"),
         .description = Tr::tr(
             "Change an exercise of the clinic's library: its name or summary, or retire it "
             "(hidden "
             "from new programmes, still shown in old ones) and restore it. A built-in exercise "
             "whose content is changed is marked edited, so library upgrades leave it alone. "
             "Prints the exercise's record id and its new version.\nJSON: the exercise as "
             "`exercise "
             "show --json` prints it, with its version."),
         .positionals = {{QStringLiteral("ID"), Tr::tr("Stable id or record id.")}},
         .options = {name, summaryText, retire, restore, ifVersion},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    if (a.isSet(retire) && a.isSet(restore))
        return ctx.usage(Tr::tr("Give either --retire or --restore, not both."));
    const bool content = a.isSet(name) || a.isSet(summaryText);
    if (!content && !a.isSet(retire) && !a.isSet(restore))
        return ctx.usage(Tr::tr("exercise edit needs --name, --summary, --retire or --restore."));
    const auto basedOn = PatientArgs::parseIfVersion(a.parser(), ifVersion);
    if (!basedOn)
        return ctx.usage(basedOn.error().message);

    Database& db = a.workspace().db();
    ExerciseRepository repository(a.workspace());
    auto found = repository.find(a.text(0));
    if (!found)
        return ctx.fail(found.error(), ExitUsage);
    const qint64 id = found->id;
    // The version is checked and the change written in one unit of work that holds the row.
    const Status written = db.write([&]() -> Status {
        if (auto st = db.lockRow(QStringLiteral("exercise"), id); !st)
            return st;
        auto current = storedVersion(db, id);
        if (!current)
            return current.error();
        if (*basedOn && **basedOn != *current)
            return ConflictReport::make(db, QStringLiteral("exercise"), id,
                                        Tr::tr("Exercise %1").arg(id), **basedOn, *current);
        if (content) {
            auto stored = repository.byId(id);
            if (!stored)
                return stored.error();
            Exercise changed = *stored;
            if (a.isSet(name))
                changed.name = a.value(name).trimmed();
            if (a.isSet(summaryText))
                changed.summary = a.value(summaryText).trimmed();
            if (auto st = repository.update(changed); !st)
                return st;
        }
        if (a.isSet(retire) || a.isSet(restore))
            if (auto st = repository.setRetired(id, a.isSet(retire)); !st)
                return st;
        return {};
    });
    if (!written)
        return ctx.fail(written.error(), PatientArgs::exitCodeFor(written.error()));
    auto after = version(a.workspace(), id);
    if (!after)
        return ctx.fail(after.error());
    if (a.json()) {
        auto stored = repository.byId(id);
        if (!stored)
            return ctx.fail(stored.error());
        QJsonObject o = showJson(*stored);
        o.insert(QStringLiteral("version"), *after);
        ctx.printJson(o);
        return ExitOk;
    }
    ctx.out() << id << "\n";
    ctx.err() << Tr::tr("gradus-cli: exercise %1 is now at version %2.").arg(id).arg(*after)
              << Qt::endl;
    return ExitOk;
}

} // namespace gradus::cli::exercises
