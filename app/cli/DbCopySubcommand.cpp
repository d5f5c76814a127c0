#include "DbCommand.h"

#include "CliArguments.h"
#include "Workspace.h"
#include "storage/StoreCopy.h"

#include <QJsonObject>

namespace gradus::cli::db {

int copy(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption to(QStringLiteral("to"),
                                Tr::tr("The new SQLite file or the empty server database."),
                                QStringLiteral("URL|FILE"));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("db copy"),
         .description = Tr::tr(
             "Copy the whole clinic (every table, with pictures and history, keeping record ids) "
             "into an empty target: a new SQLite FILE, or an empty database on a server named by "
             "postgresql://user@host[:port]/dbname, where the schema is made first. The rows go in "
             "as one transaction and the copy's row count of every table is compared with the "
             "clinic's before it is committed; a target that already holds records is refused and "
             "nothing is written there.\nJSON: to, backend, schema_version, rows, tables (rows per "
             "table)."),
         .options = {to},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    if (a.value(to).isEmpty())
        return ctx.usage(Tr::tr("db copy needs --to URL|FILE."));
    auto target = DatabaseLocation::parse(a.value(to));
    if (!target)
        return ctx.fail(target.error(), ExitUsage);

    auto report = StoreCopy::copy(a.workspace().db(), *target);
    if (!report)
        return ctx.fail(report.error());

    const bool sqlite = report->backend == SqlBackend::Sqlite;
    if (a.json()) {
        QJsonObject tables;
        for (const auto& [table, count] : report->counts)
            tables.insert(table, count);
        ctx.printJson(QJsonObject{
            {QStringLiteral("to"), report->target},
            {QStringLiteral("backend"),
             sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql")},
            {QStringLiteral("schema_version"), report->schemaVersion},
            {QStringLiteral("rows"), report->totalRows()},
            {QStringLiteral("tables"), tables},
        });
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    out << Tr::tr("Copied the clinic to %1 (schema %2). Rows per table, the same in the clinic and "
                  "in the copy:")
               .arg(report->target)
               .arg(report->schemaVersion)
        << "\n";
    for (const auto& [table, count] : report->counts)
        out << "  " << table.leftJustified(24) << count << "\n";
    out << Tr::tr("Rows in all: %1").arg(report->totalRows()) << "\n";
    return ExitOk;
}

} // namespace gradus::cli::db
