// Opening a store: looking at what is there before touching it, creating a new SQLite file
// atomically, connecting (read-only where the user made the file read-only) and reading the
// recorded schema version. Every failure is classified (storage/StoreError.h).
#include "storage/Database.h"

#include "log/Logging.h"
#include "storage/IntegrityCheck.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteFile.h"
#include "storage/StoreError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace gradus {
namespace {

const auto log = &logging::module<"storage">;

QString nextName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("gradus-open-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Error newerSchema(const QString& where, int version, int latest)
{
    return Error{QStringLiteral("open.newer"),
                 Database::tr("%1 was written by a newer version of Gradus (schema %2; this "
                              "program understands up to %3). Install the newer Gradus to open "
                              "it. The file has not been changed.")
                     .arg(where)
                     .arg(version)
                     .arg(latest),
                 ErrorKind::NewerSchema};
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation& location,
                                                 const OpenOptions& options)
{
    const QList<Migration> migrations =
        options.migrations.isEmpty() ? embeddedMigrations() : options.migrations;
    if (location.backend == SqlBackend::Sqlite)
        return openSqlite(location, options, migrations);

    std::unique_ptr<Database> db(new Database(location, nextName()));
    if (auto st = db->connect(false); !st)
        return st.error();
    QSqlDatabase conn = db->connection();
    if (auto st = SqlDialect::configureConnection(conn, location.backend); !st)
        return st.error();
    if (auto st = db->migrate(options, migrations); !st)
        return st.error();
    db->m_hasAuditContext = SqlDialect::tableExists(conn, QStringLiteral("audit_context"));
    log()->info("opened store (postgresql), schema version {}", db->m_schemaVersion);
    return db;
}

Result<std::unique_ptr<Database>> Database::openSqlite(const DatabaseLocation& location,
                                                       const OpenOptions& options,
                                                       const QList<Migration>& migrations)
{
    const QString path = location.filePath;
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    auto inspected = SqliteFile::inspect(path);
    if (!inspected)
        return inspected.error();
    switch (inspected->state) {
    case SqliteFile::State::Missing:
        if (!options.createIfMissing)
            return Error{QStringLiteral("open.missing"),
                         tr("There is no database at %1. Nothing was created.").arg(native(path)),
                         ErrorKind::NoDatabase};
        if (auto st = createSqlite(location, options, migrations); !st)
            return st.error();
        break;
    case SqliteFile::State::Empty:
        if (!options.replaceEmptyFile)
            return Error{QStringLiteral("open.empty"),
                         tr("%1 is an empty file, not a Gradus database. It has not been changed. "
                            "To make a new database there, ask for one explicitly (File → New "
                            "Database, or gradus-cli db create).")
                             .arg(native(path)),
                         ErrorKind::NotGradus};
        if (!inspected->writable())
            return Error{QStringLiteral("create.readonly"),
                         tr("A new database cannot be made at %1: %2. Nothing was changed.")
                             .arg(native(path), inspected->readOnlyReason),
                         ErrorKind::ReadOnly};
        if (auto st = createSqlite(location, options, migrations); !st)
            return st.error();
        break;
    case SqliteFile::State::Present:
        break;
    }
    if (inspected->state != SqliteFile::State::Present) {
        inspected = SqliteFile::inspect(path);
        if (!inspected)
            return inspected.error();
    }

    // Look before touching: a read-only probe cannot change a file we will refuse.
    const bool immutable = !inspected->writable() && !inspected->hasWal;
    int version = -1;
    {
        Database probe(location, nextName());
        if (auto st = probe.connect(true, immutable); !st)
            return st.error();
        auto read = probe.readSchemaVersion();
        // A file left with a hot rollback journal cannot be read read-only; the writable
        // connection below rolls it back first and then reads the version itself.
        const bool hotJournal = QFileInfo::exists(path + QStringLiteral("-journal"));
        if (!read &&
            !(read.error().kind() == ErrorKind::ReadOnly && inspected->writable() && hotJournal))
            return read.error();
        if (read)
            version = *read;
    }
    if (version > latest)
        return newerSchema(native(path), version, latest);

    if (!inspected->writable()) {
        const int target = options.migrateToVersion > 0 ? options.migrateToVersion : latest;
        if (version < target)
            return Error{QStringLiteral("open.readonly"),
                         tr("%1 needs an upgrade to schema %2 before this Gradus can use it, but "
                            "%3. It has not been changed; make it writable to upgrade it.")
                             .arg(native(path))
                             .arg(target)
                             .arg(inspected->readOnlyReason),
                         ErrorKind::ReadOnly};
        std::unique_ptr<Database> db(new Database(location, nextName()));
        if (auto st = db->connect(true, immutable); !st)
            return st.error();
        db->m_schemaVersion = version;
        db->m_readOnlyReason = inspected->readOnlyReason;
        log()->info("opened store (sqlite) read-only, schema version {}", version);
        return db;
    }

    std::unique_ptr<Database> db(new Database(location, nextName()));
    if (auto st = db->connect(false); !st)
        return st.error();
    QSqlDatabase conn = db->connection();
    if (auto st = SqlDialect::configureConnection(conn, SqlBackend::Sqlite); !st)
        return st.error();
    if (auto st = db->migrate(options, migrations); !st)
        return st.error();
    db->m_hasAuditContext = SqlDialect::tableExists(conn, QStringLiteral("audit_context"));
    log()->info("opened store (sqlite), schema version {}", db->m_schemaVersion);
    return db;
}

Status Database::createSqlite(const DatabaseLocation& location, const OpenOptions& options,
                              const QList<Migration>& migrations)
{
    const QString path = location.filePath;
    if (auto st = SqliteFile::prepareFolder(path); !st)
        return st;
    SqliteFile::removeAbandoned(path);
    auto temporary = SqliteFile::reserveTemporary(path);
    if (!temporary)
        return temporary.error();

    const Status built = [&]() -> Status {
        Database builder(DatabaseLocation::sqliteFile(*temporary), nextName());
        if (auto st = builder.connect(false); !st)
            return st;
        // A rollback journal while building: the finished file must stand alone, with no
        // write-ahead log beside it, when it is renamed into place.
        QSqlQuery fk(builder.connection());
        if (!fk.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            return StoreError::fromStatement(QStringLiteral("create.configure"), fk.lastError());
        OpenOptions buildOptions = options;
        buildOptions.backupBeforeUpgrade = false;
        return builder.migrate(buildOptions, migrations);
    }();
    if (!built) {
        SqliteFile::discard(*temporary);
        Error error = built.error();
        error.message = tr("Could not create a new database at %1: %2 Nothing was created.")
                            .arg(native(path), error.message);
        return error;
    }
    if (auto st = SqliteFile::publish(*temporary, path, options.replaceEmptyFile); !st)
        return st;
    log()->info("created a new store (sqlite)");
    return {};
}

Status Database::connect(bool readOnly, bool immutable)
{
    const bool sqlite = m_location.backend == SqlBackend::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error{QStringLiteral("driver.missing"),
                     tr("The %1 database driver is not installed (package %2).")
                         .arg(driver, sqlite ? QStringLiteral("libqt6sql6-sqlite")
                                             : QStringLiteral("libqt6sql6-psql")),
                     ErrorKind::Failed};

    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (sqlite) {
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (readOnly) {
            db.setDatabaseName(SqliteFile::readOnlyUri(m_location.filePath, immutable));
            options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(m_location.filePath);
        }
        db.setConnectOptions(options);
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setDatabaseName(m_location.databaseName);
        db.setConnectOptions(m_location.connectOptions());
    }
    if (!db.open())
        return StoreError::fromConnection(m_location, db.lastError());
    return {};
}

Result<int> Database::readSchemaVersion()
{
    QSqlDatabase db = connection();
    const bool sqlite = m_location.backend == SqlBackend::Sqlite;
    const QString where = sqlite ? native(m_location.filePath) : m_location.displayName();
    // Reading the catalogue is also what exposes a foreign or malformed file. pg_catalog, unlike
    // information_schema, lists tables this account may not read, so a missing grant shows up
    // as a permission error below instead of as an empty database.
    QSqlQuery probe(db);
    const QString catalogue = sqlite ? QStringLiteral("SELECT count(*) FROM sqlite_master")
                                     : QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables "
                                                      "WHERE schemaname = current_schema()");
    if (!probe.exec(catalogue) || !probe.next()) {
        const QSqlError failure = probe.lastError();
        if (StoreError::isCorruption(failure)) {
            // SQLite calls the file malformed: only an integrity check may call it damaged.
            const auto report =
                IntegrityCheck::run(db, m_location.backend, IntegrityCheck::Depth::Quick);
            if (!report.ok())
                return IntegrityCheck::damaged(m_location, report);
        }
        Error error = StoreError::fromConnection(m_location, failure);
        error.code = error.kind() == ErrorKind::NotGradus ? QStringLiteral("open.notdb")
                                                          : QStringLiteral("open.unreadable");
        if (error.kind() == ErrorKind::Failed)
            error.message = tr("Could not read %1 (%2). It has not been changed.")
                                .arg(where, failure.text().trimmed());
        return error;
    }
    const qint64 tableCount = probe.value(0).toLongLong();

    if (!SqlDialect::tableExists(db, QStringLiteral("schema_meta"))) {
        if (tableCount > 0)
            return Error{QStringLiteral("open.foreign"),
                         tr("%1 is a database of another program, not a Gradus database. It "
                            "has not been changed.")
                             .arg(where),
                         ErrorKind::NotGradus};
        return 0;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM schema_meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("schema_version"));
    if (!q.exec()) {
        const QSqlError failure = q.lastError();
        const ErrorKind refused = StoreError::classify(failure);
        if (refused == ErrorKind::Permission || refused == ErrorKind::NeedsAdmin)
            return Error{QStringLiteral("open.permission"),
                         tr("The account %1 may not read the Gradus tables of %2 (%3). Ask the "
                            "administrator of the database server to grant it access. Nothing "
                            "has been changed.")
                             .arg(m_location.user.isEmpty() ? tr("(default)") : m_location.user,
                                  where, failure.text().trimmed()),
                         ErrorKind::Permission};
        Error error = StoreError::fromConnection(m_location, failure);
        error.code = QStringLiteral("open.version");
        return error;
    }
    if (!q.next())
        return Error{QStringLiteral("open.noversion"),
                     tr("%1 records no schema version, so it is not a complete Gradus "
                        "database. It has not been changed.")
                         .arg(where),
                     ErrorKind::NotGradus};
    bool ok = false;
    const int version = q.value(0).toString().toInt(&ok);
    if (!ok || version < 0)
        return Error{QStringLiteral("open.noversion"),
                     tr("%1 records an unreadable schema version, so it is not a complete "
                        "Gradus database. It has not been changed.")
                         .arg(where),
                     ErrorKind::NotGradus};
    return version;
}

} // namespace gradus
