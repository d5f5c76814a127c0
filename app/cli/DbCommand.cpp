#include "DbCommand.h"

#include "util/Version.h"

#include <QJsonObject>

namespace gradus::cli {

QString DbCommand::summary() const
{
    return tr("Database information and backups");
}

int DbCommand::run(CliContext& ctx, const QStringList& args)
{
    return dispatch(
        ctx, args,
        {
            {QStringLiteral("info"),
             tr("Show the database location, schema version and record counts"),
             [this](CliContext& c, const QStringList& a) { return info(c, a); }},
            {QStringLiteral("backup"), tr("Write a complete copy of the database to a file"),
             [this](CliContext& c, const QStringList& a) { return backup(c, a); }},
        });
}

int DbCommand::info(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show the database location, schema version and record counts."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (auto stop = parse(ctx, parser, QStringLiteral("db info"), args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(tr("db info takes no arguments."));

    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Database& store = (*ws)->db();
    auto counts = store.recordCounts();
    if (!counts)
        return ctx.fail(counts.error());

    const bool sqlite = store.backend() == SqlBackend::Sqlite;
    if (parser.isSet(json)) {
        QJsonObject records;
        for (const auto& [table, count] : *counts)
            records.insert(table, count);
        ctx.printJson(QJsonObject{
            {QStringLiteral("backend"),
             sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql")},
            {QStringLiteral("path"), store.location().displayName()},
            {QStringLiteral("schema_version"), store.schemaVersion()},
            {QStringLiteral("latest_schema_version"), Database::latestSchemaVersion()},
            {QStringLiteral("gradus_version"), QString::fromLatin1(kVersion)},
            {QStringLiteral("records"), records},
        });
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    out << tr("Database:        %1").arg(store.location().displayName()) << "\n"
        << tr("Backend:         %1")
               .arg(sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"))
        << "\n"
        << tr("Schema version:  %1 (this program: %2)")
               .arg(store.schemaVersion())
               .arg(Database::latestSchemaVersion())
        << "\n"
        << tr("Records:") << "\n";
    for (const auto& [table, count] : *counts)
        out << "  " << table.leftJustified(24) << count << "\n";
    return ExitOk;
}

int DbCommand::backup(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a complete copy of the database to FILE."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("Where to write the copy (must not exist)."));
    if (auto stop = parse(ctx, parser, QStringLiteral("db backup"), args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(tr("db backup needs exactly one FILE."));
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    if (auto st = (*ws)->db().backupTo(parser.positionalArguments().constFirst()); !st)
        return ctx.fail(st.error());
    ctx.out() << parser.positionalArguments().constFirst() << Qt::endl;
    return ExitOk;
}

} // namespace gradus::cli
