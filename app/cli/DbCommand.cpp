#include "DbCommand.h"

#include "CliArguments.h"
#include "Workspace.h"
#include "exercises/ExerciseLibrary.h"
#include "services/BackupService.h"
#include "settings/ClinicSettings.h"
#include "storage/IntegrityCheck.h"
#include "util/Version.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gradus::cli::db {
namespace {

int info(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("db info"),
         .description = Tr::tr("Show the database location, schema version and record counts."),
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;

    Database& store = a.workspace().db();
    auto counts = store.recordCounts();
    if (!counts)
        return ctx.fail(counts.error());

    const bool sqlite = store.backend() == SqlBackend::Sqlite;
    if (a.json()) {
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
    out << Tr::tr("Database:        %1").arg(store.location().displayName()) << "\n"
        << Tr::tr("Backend:         %1")
               .arg(sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"))
        << "\n"
        << Tr::tr("Schema version:  %1 (this program: %2)")
               .arg(store.schemaVersion())
               .arg(Database::latestSchemaVersion())
        << "\n"
        << (store.isReadOnly()
                ? Tr::tr("Read-only:       yes (%1)").arg(store.readOnlyReason()) + u'\n'
                : QString())
        << Tr::tr("Records:") << "\n";
    for (const auto& [table, count] : *counts)
        out << "  " << table.leftJustified(24) << count << "\n";
    return ExitOk;
}

int backup(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("db backup"),
         .description = Tr::tr(
             "Write a complete copy of the database to FILE, readable by you only. A SQLite store "
             "is copied while open; a PostgreSQL store is dumped with pg_dump (custom format; "
             "restore it with pg_restore), which must be installed (package postgresql-client).\n"
             "The app also keeps automatic daily copies in backups/ beside a SQLite store (the "
             "newest 7 unless the clinic setting backup/keep says otherwise; 0 turns them off)."),
         .positionals = {{QStringLiteral("FILE"),
                          Tr::tr("Where to write the copy (must not exist).")}},
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    if (auto st = BackupService::backup(a.workspace().db(), a.text(0)); !st)
        return ctx.fail(st.error());
    ctx.out() << a.text(0) << Qt::endl;
    return ExitOk;
}

int restore(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("The new database file."),
                                QStringLiteral("NEW_FILE"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Tr::tr("Replace NEW_FILE if it exists (never the database in "
                                          "use)."));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("db restore"),
         .description = Tr::tr(
             "Check BACKUP (a Gradus SQLite database: SQLite's integrity check, a schema this "
             "Gradus reads) and write it as the new database file NEW_FILE, readable by you only. "
             "Nothing is written over an existing file without --force, and never over the "
             "database in use (--database) or the backup itself. Open the result with "
             "--database NEW_FILE; an older schema is upgraded then, after a copy.\nJSON: path, "
             "schema_version, patients, visits, programmes."),
         .positionals = {{QStringLiteral("BACKUP"), Tr::tr("The backup file.")}},
         .options = {to, force},
         .json = true});
    if (auto stop = a.stop())
        return *stop;
    if (a.value(to).isEmpty())
        return ctx.usage(Tr::tr("db restore needs --to NEW_FILE."));
    // The store is not opened: restoring must work when it is damaged or missing.
    auto restored =
        BackupService::restore(a.text(0), a.value(to), a.isSet(force), ctx.databaseFilePath());
    if (!restored) {
        Error e = restored.error();
        if (e.code == QLatin1String("file.exists"))
            e.message = Tr::tr("%1 already exists; add --force to replace it.").arg(a.value(to));
        return ctx.fail(e, exitCodeForKind(e.kind()));
    }
    if (a.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("path"), restored->path},
                                  {QStringLiteral("schema_version"), restored->schemaVersion},
                                  {QStringLiteral("patients"), restored->patients},
                                  {QStringLiteral("visits"), restored->visits},
                                  {QStringLiteral("programmes"), restored->programmes}});
        return ExitOk;
    }
    ctx.out() << a.value(to) << Qt::endl;
    ctx.err() << Tr::tr("gradus-cli: restored a backup with %1 patients, %2 visits and %3 "
                        "programmes (schema %4). Open it with --database %5")
                     .arg(restored->patients)
                     .arg(restored->visits)
                     .arg(restored->programmes)
                     .arg(restored->schemaVersion)
                     .arg(a.value(to))
              << Qt::endl;
    return ExitOk;
}

int backups(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  Tr::tr("How many daily backups to keep from now on."),
                                  QStringLiteral("N"));
    const QCommandLineOption now(QStringLiteral("now"),
                                 Tr::tr("Make today's automatic backup if it is not there yet."));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("db backups"),
         .description = Tr::tr(
             "List the automatic daily backups in backups/ beside a SQLite store (the app makes at "
             "most one a day when it starts) and how many are kept.\n--keep N changes the clinic "
             "setting backup/keep (0 to 365; 0 turns automatic backups off). --now makes today's "
             "copy if there is none yet, as the app does, for a store the app rarely opens.\n"
             "JSON: keep, folder, backups (path, date, bytes) oldest first."),
         .options = {keep, now},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    int keepValue = -1;
    if (a.isSet(keep)) {
        bool number = false;
        keepValue = a.value(keep).toInt(&number);
        const ClinicSettings::Definition& d =
            ClinicSettings::definition(ClinicSettings::Key::BackupsToKeep);
        if (!number || keepValue < d.minimum.toInt() || keepValue > d.maximum.toInt())
            return ctx.usage(Tr::tr("--keep must be a whole number from %1 to %2 (found \"%3\").")
                                 .arg(d.minimum.toInt())
                                 .arg(d.maximum.toInt())
                                 .arg(a.value(keep)));
    }
    Workspace& workspace = a.workspace();
    if (workspace.db().backend() != SqlBackend::Sqlite)
        return ctx.fail(Error{QStringLiteral("backup.server"),
                              Tr::tr("Automatic daily backups are made for a SQLite database only; "
                                     "back a server up on the server (gradus-cli db backup FILE "
                                     "runs pg_dump)."),
                              ErrorKind::Refused});
    if (keepValue >= 0)
        if (auto st = workspace.settings().setValue(ClinicSettings::Key::BackupsToKeep, keepValue);
            !st)
            return ctx.fail(st.error());
    if (a.isSet(now))
        if (auto made = BackupService::dailyBackup(workspace); !made)
            return ctx.fail(made.error());
    const int kept = workspace.settings().intValue(ClinicSettings::Key::BackupsToKeep);
    const QString databasePath = workspace.db().location().filePath;
    const QStringList copies = BackupService::dailyBackups(databasePath);
    if (a.json()) {
        QJsonArray list;
        for (const QString& copy : copies) {
            const QFileInfo info(copy);
            list.append(QJsonObject{
                {QStringLiteral("path"), copy},
                {QStringLiteral("date"), info.completeBaseName().right(10)},
                {QStringLiteral("bytes"), info.size()},
            });
        }
        ctx.printJson(QJsonObject{
            {QStringLiteral("keep"), kept},
            {QStringLiteral("folder"), BackupService::backupFolder(databasePath)},
            {QStringLiteral("backups"), list},
        });
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    out << (kept == 0 ? Tr::tr("Automatic daily backups are off (backup/keep is 0).")
                      : Tr::tr("Automatic daily backups: the newest %1 are kept in %2.")
                            .arg(kept)
                            .arg(BackupService::backupFolder(databasePath)))
        << "\n";
    if (copies.isEmpty())
        out << Tr::tr("There are no automatic backups yet.") << "\n";
    for (const QString& copy : copies)
        out << "  " << copy << "\n";
    return ExitOk;
}

int check(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   Tr::tr("The faster check the app runs at start-up."));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("db check"),
         .description = Tr::tr(
             "Look for damage in the database without changing it: SQLite's integrity_check and "
             "foreign_key_check, or on a server every table read through (and its indexes "
             "verified when the amcheck extension is installed); then whether every table of the "
             "recorded schema is there. Exit status 0 when no damage is found, 5 when it is."),
         .options = {quick},
         .json = true});
    if (auto stop = a.stop())
        return *stop;
    auto location = ctx.location();
    if (!location)
        return ctx.fail(location.error(), ExitUsage);
    auto report = IntegrityCheck::run(*location, a.isSet(quick) ? IntegrityCheck::Depth::Quick
                                                                : IntegrityCheck::Depth::Full);
    if (!report)
        return ctx.fail(report.error());
    if (a.json()) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("path"), location->displayName()},
            {QStringLiteral("ok"), report->ok()},
            {QStringLiteral("schema_version"), report->schemaVersion},
            {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(report->notes)},
        });
    } else if (report->ok()) {
        ctx.out() << Tr::tr("No damage found in %1 (schema %2).")
                         .arg(location->displayName())
                         .arg(report->schemaVersion)
                  << "\n";
        for (const QString& note : report->notes)
            ctx.out() << Tr::tr("Note: %1").arg(note) << "\n";
    } else {
        for (const QString& problem : report->problems)
            ctx.out() << problem << "\n";
    }
    ctx.out().flush();
    if (!report->ok())
        return ctx.fail(IntegrityCheck::damaged(*location, *report));
    return ExitOk;
}

int create(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("db create"),
         .description = Tr::tr(
             "Make a new, empty database at the --database path (or the default one). An existing "
             "database is never replaced; an empty (zero-length) file there is.")});
    if (auto stop = a.stop())
        return *stop;
    auto location = ctx.location();
    if (!location)
        return ctx.fail(location.error(), ExitUsage);
    if (location->backend == SqlBackend::Sqlite && QFileInfo(location->filePath).size() > 0)
        return ctx.fail(
            Error{QStringLiteral("create.exists"),
                  Tr::tr("%1 already exists; a new database is only made where there is "
                         "none (or an empty file).")
                      .arg(QDir::toNativeSeparators(location->filePath)),
                  ErrorKind::Invalid});
    OpenOptions options;
    options.replaceEmptyFile = true;
    auto db = Database::open(*location, options);
    if (!db)
        return ctx.fail(db.error());
    // A new store comes with the built-in exercise library, so that no later command, run
    // perhaps while another program holds the store, has to take the write lock to add it.
    Workspace workspace(std::move(*db), ctx.clock());
    if (auto library = ExerciseLibrary::ensureLoaded(workspace); !library)
        return ctx.fail(library.error());
    ctx.out() << location->displayName() << Qt::endl;
    return ExitOk;
}

} // namespace
} // namespace gradus::cli::db

namespace gradus::cli {

// `gradus-cli db info|check|backup|backups|restore|create|watch|copy`: what clinic IT needs to know
// about and do with the store.
CliCommand dbCommand()
{
    using namespace db;
    return CliCommand(
        QStringLiteral("db"), Tr::tr("Database information and backups"),
        {
            {QStringLiteral("info"),
             Tr::tr("Show the database location, schema version and record counts"), info},
            {QStringLiteral("check"), Tr::tr("Look for damage (integrity check); repairs nothing"),
             check},
            {QStringLiteral("backup"), Tr::tr("Write a complete copy of the database to a file"),
             backup},
            {QStringLiteral("restore"),
             Tr::tr("Check a backup and write it as a new database file"), restore},
            {QStringLiteral("backups"),
             Tr::tr("List the automatic daily backups; set how many are kept"), backups},
            {QStringLiteral("create"), Tr::tr("Make a new, empty database"), create},
            {QStringLiteral("watch"), Tr::tr("Print each change as it is committed, from any desk"),
             watch},
            {QStringLiteral("copy"),
             Tr::tr("Copy the clinic into a new SQLite file or an empty server database"), copy},
        });
}

} // namespace gradus::cli
