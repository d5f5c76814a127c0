#include "DbCommand.h"

#include "storage/IntegrityCheck.h"
#include "util/Version.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
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
            {QStringLiteral("check"), tr("Look for damage (integrity check); repairs nothing"),
             [this](CliContext& c, const QStringList& a) { return check(c, a); }},
            {QStringLiteral("backup"), tr("Write a complete copy of the database to a file"),
             [this](CliContext& c, const QStringList& a) { return backup(c, a); }},
            {QStringLiteral("create"), tr("Make a new, empty database"),
             [this](CliContext& c, const QStringList& a) { return create(c, a); }},
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
            {QStringLiteral("read_only"), store.isReadOnly()},
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
        << (store.isReadOnly() ? tr("Read-only:       yes (%1)").arg(store.readOnlyReason()) + u'\n'
                               : QString())
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

int DbCommand::check(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Look for damage in the database without changing it: SQLite's integrity_check and "
           "foreign_key_check, or on a server every table read through (and its indexes "
           "verified when the amcheck extension is installed); then whether every table of the "
           "recorded schema is there. Exit status 0 when no damage is found, 5 when it is."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   tr("The faster check the app runs at start-up."));
    parser.addOption(json);
    parser.addOption(quick);
    if (auto stop = parse(ctx, parser, QStringLiteral("db check"), args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(tr("db check takes no arguments."));
    auto location = ctx.location();
    if (!location)
        return ctx.fail(location.error(), ExitUsage);
    auto report = IntegrityCheck::run(*location, parser.isSet(quick) ? IntegrityCheck::Depth::Quick
                                                                     : IntegrityCheck::Depth::Full);
    if (!report)
        return ctx.fail(report.error());
    if (parser.isSet(json)) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("path"), location->displayName()},
            {QStringLiteral("ok"), report->ok()},
            {QStringLiteral("schema_version"), report->schemaVersion},
            {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(report->notes)},
        });
    } else if (report->ok()) {
        ctx.out() << tr("No damage found in %1 (schema %2).")
                         .arg(location->displayName())
                         .arg(report->schemaVersion)
                  << "\n";
        for (const QString& note : report->notes)
            ctx.out() << tr("Note: %1").arg(note) << "\n";
    } else {
        for (const QString& problem : report->problems)
            ctx.out() << problem << "\n";
    }
    ctx.out().flush();
    if (!report->ok())
        return ctx.fail(IntegrityCheck::damaged(*location, *report));
    return ExitOk;
}

int DbCommand::create(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Make a new, empty database at the --database path (or the default one). An existing "
           "database is never replaced; an empty (zero-length) file there is."));
    if (auto stop = parse(ctx, parser, QStringLiteral("db create"), args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(tr("db create takes no arguments; name the file with --database."));
    auto location = ctx.location();
    if (!location)
        return ctx.fail(location.error(), ExitUsage);
    if (location->backend == SqlBackend::Sqlite && QFileInfo(location->filePath).size() > 0)
        return ctx.fail(Error{QStringLiteral("create.exists"),
                              tr("%1 already exists; a new database is only made where there is "
                                 "none (or an empty file).")
                                  .arg(QDir::toNativeSeparators(location->filePath)),
                              ErrorKind::Invalid});
    OpenOptions options;
    options.replaceEmptyFile = true;
    auto db = Database::open(*location, options);
    if (!db)
        return ctx.fail(db.error());
    ctx.out() << location->displayName() << Qt::endl;
    return ExitOk;
}

} // namespace gradus::cli
