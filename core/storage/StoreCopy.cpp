#include "storage/StoreCopy.h"

#include "log/Logging.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/SqliteFile.h"
#include "storage/StoreError.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace gradus {
namespace {

const auto log = &logging::module<"storage">;

// Not clinic data: the schema version belongs to the target's own schema (made by this program
// at the same version), and audit_context is only the author of the SQLite unit in progress.
bool isCopied(const QString& table)
{
    return table != QLatin1String("schema_meta") && table != QLatin1String("audit_context") &&
           !table.startsWith(QLatin1String("sqlite_"));
}

Error statementError(Database& db, const QString& code, const QSqlError& error)
{
    Error e = StoreError::fromStatement(code, error);
    e.explicitKind = db.classify(error);
    return e;
}

Result<QStringList> tablesOf(Database& db)
{
    QSqlQuery q(db.connection());
    const bool ok =
        db.backend() == SqlBackend::Sqlite
            ? q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY "
                                    "name"))
            : q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                    "table_schema = current_schema() AND table_type = 'BASE "
                                    "TABLE' ORDER BY table_name"));
    if (!ok)
        return statementError(db, QStringLiteral("copy.tables"), q.lastError());
    QStringList tables;
    while (q.next())
        if (isCopied(q.value(0).toString()))
            tables << q.value(0).toString();
    return tables;
}

Result<QStringList> columnsOf(Database& db, const QString& table)
{
    // Table names come from the catalogue, never from the user.
    auto q = db.backend() == SqlBackend::Sqlite
                 ? db.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid")
                               .arg(table))
                 : db.exec(QStringLiteral("SELECT column_name FROM information_schema.columns "
                                          "WHERE table_schema = current_schema() AND table_name "
                                          "= ? ORDER BY ordinal_position"),
                           {table});
    if (!q)
        return q.error();
    QStringList columns;
    while (q->next())
        columns << q->value(0).toString();
    return columns;
}

struct ForeignKey
{
    QString column;
    QString parent;
};

Result<QList<ForeignKey>> foreignKeysOf(Database& db, const QString& table)
{
    auto q = db.backend() == SqlBackend::Sqlite
                 ? db.exec(QStringLiteral("SELECT \"from\", \"table\" FROM "
                                          "pragma_foreign_key_list('%1')")
                               .arg(table))
                 : db.exec(QStringLiteral(
                               "SELECT a.attname, p.relname FROM pg_constraint c JOIN pg_class t "
                               "ON t.oid = c.conrelid JOIN pg_class p ON p.oid = c.confrelid "
                               "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = "
                               "ANY (c.conkey) WHERE c.contype = 'f' AND t.relname = ? AND "
                               "t.relnamespace = current_schema()::regnamespace"),
                           {table});
    if (!q)
        return q.error();
    QList<ForeignKey> keys;
    while (q->next())
        keys.append({q->value(0).toString(), q->value(1).toString()});
    return keys;
}

// Parents before children, so that every foreign key finds its row. A table's references to
// itself (a programme's previous version) are filled in afterwards instead.
Result<QStringList> foreignKeyOrder(const QStringList& tables,
                                    const QHash<QString, QList<ForeignKey>>& keys)
{
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        bool progress = false;
        for (const QString& table : tables) {
            if (placed.contains(table))
                continue;
            const bool ready =
                std::all_of(keys[table].begin(), keys[table].end(), [&](const ForeignKey& k) {
                    return k.parent == table || placed.contains(k.parent) ||
                           !tables.contains(k.parent);
                });
            if (ready) {
                ordered << table;
                placed.insert(table);
                progress = true;
            }
        }
        if (!progress)
            return Error{QStringLiteral("copy.cycle"),
                         StoreCopy::tr("The tables of this database refer to each other in a "
                                       "circle, so they cannot be copied one after another.")};
    }
    return ordered;
}

Result<qint64> countRows(Database& db, const QString& table)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!q)
        return q.error();
    if (!q->next())
        return qint64(0);
    return q->value(0).toLongLong();
}

// The triggers the target's schema carries: the audit trail (and, on a server, the author
// columns set to the signed-in account).
Status dropTriggers(Database& db)
{
    const bool sqlite = db.backend() == SqlBackend::Sqlite;
    auto q = sqlite ? db.exec(QStringLiteral("SELECT name, tbl_name FROM sqlite_master WHERE "
                                             "type = 'trigger' AND name LIKE 'gradus_%'"))
                    : db.exec(QStringLiteral("SELECT t.tgname, c.relname FROM pg_trigger t JOIN "
                                             "pg_class c ON c.oid = t.tgrelid WHERE NOT "
                                             "t.tgisinternal AND t.tgname LIKE 'gradus_%' AND "
                                             "c.relnamespace = current_schema()::regnamespace"));
    if (!q)
        return q.error();
    QList<QPair<QString, QString>> triggers;
    while (q->next())
        triggers.append({q->value(0).toString(), q->value(1).toString()});
    for (const auto& [name, table] : triggers) {
        const QString sql = sqlite ? QStringLiteral("DROP TRIGGER %1").arg(name)
                                   : QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table);
        if (auto st = db.runStatement(sql); !st)
            return st;
    }
    return {};
}

// Copies one table's rows in id order. Columns that refer to the same table are written empty
// here and set by fillSelfReferences once every row is there.
Status copyRows(Database& source, Database& target, const QString& table,
                const QStringList& columns, const QStringList& selfReferences)
{
    const QString order =
        columns.contains(QStringLiteral("id")) ? QStringLiteral("id") : columns.constFirst();
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                       .arg(columns.join(QStringLiteral(", ")), table, order)))
        return statementError(source, QStringLiteral("copy.read"), read.lastError());
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery write(target.connection());
    if (!write.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
        return statementError(target, QStringLiteral("copy.prepare"), write.lastError());
    QList<int> deferred;
    for (const QString& column : selfReferences)
        deferred << int(columns.indexOf(column));
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, deferred.contains(i) ? QVariant() : read.value(i));
        if (!write.exec())
            return statementError(target, QStringLiteral("copy.write"), write.lastError());
    }
    if (read.lastError().isValid())
        return statementError(source, QStringLiteral("copy.read"), read.lastError());
    return {};
}

Status fillSelfReferences(Database& source, Database& target, const QString& table,
                          const QStringList& selfReferences)
{
    for (const QString& column : selfReferences) {
        auto rows = source.exec(
            QStringLiteral("SELECT id, %1 FROM %2 WHERE %1 IS NOT NULL").arg(column, table));
        if (!rows)
            return rows.error();
        while (rows->next())
            if (auto r = target.exec(
                    QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column),
                    {rows->value(1), rows->value(0)});
                !r)
                return r.error();
    }
    return {};
}

// New rows on a server take their ids from each table's sequence: start it past the copied ids.
Status advanceSequences(Database& target, const QStringList& tables)
{
    for (const QString& table : tables) {
        // Asking for the sequence of a missing column would abort the whole transaction.
        auto columns = columnsOf(target, table);
        if (!columns)
            return columns.error();
        if (!columns->contains(QStringLiteral("id")))
            continue;
        auto sequence =
            target.exec(QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"), {table});
        if (!sequence)
            return sequence.error();
        if (!sequence->next() || sequence->value(0).isNull())
            continue;
        const QString name = sequence->value(0).toString();
        if (auto r = target.exec(
                QStringLiteral("SELECT setval(?, greatest(coalesce(max(id), 0), 1), max(id) IS "
                               "NOT NULL) FROM %1")
                    .arg(table),
                {name});
            !r)
            return r.error();
    }
    return {};
}

// The copy proper, inside the target's one writing transaction and the source's snapshot.
Result<StoreCopyReport> fill(Database& source, Database& target)
{
    StoreCopyReport report;
    report.target = target.location().displayName();
    report.backend = target.backend();
    report.schemaVersion = target.schemaVersion();

    auto tables = tablesOf(source);
    if (!tables)
        return tables.error();
    auto targetTables = tablesOf(target);
    if (!targetTables)
        return targetTables.error();
    for (const QString& table : *tables)
        if (!targetTables->contains(table))
            return Error{QStringLiteral("copy.schema"),
                         StoreCopy::tr("The target has no table %1 although its schema version "
                                       "is the same. Nothing was copied.")
                             .arg(table)};

    // Refused before anything is written: a copy never merges into, or overwrites, a clinic.
    for (const QString& table : *targetTables) {
        auto n = countRows(target, table);
        if (!n)
            return n.error();
        if (*n > 0)
            return Error{QStringLiteral("copy.notempty"),
                         StoreCopy::tr("%1 is not empty (table %2 holds %3 rows). A clinic is "
                                       "only copied into an empty database; nothing was written "
                                       "there.")
                             .arg(target.location().displayName(), table)
                             .arg(*n),
                         ErrorKind::Refused};
    }

    QHash<QString, QList<ForeignKey>> keys;
    for (const QString& table : *tables) {
        auto k = foreignKeysOf(source, table);
        if (!k)
            return k.error();
        keys.insert(table, *k);
    }
    auto ordered = foreignKeyOrder(*tables, keys);
    if (!ordered)
        return ordered.error();

    // The copied audit_log rows are the clinic's history: the target's own triggers would add a
    // second "insert" entry, by the copying account, for every copied row (and on a server would
    // put that account into every author column). Disabling triggers wholesale needs a
    // superuser on PostgreSQL (session_replication_role) and is impossible on SQLite, so the
    // copy drops the trail's triggers inside its transaction and installs them again before it
    // commits: no other desk ever sees the schema without them.
    if (auto st = dropTriggers(target); !st)
        return st.error();

    for (const QString& table : *ordered) {
        auto columns = columnsOf(source, table);
        if (!columns)
            return columns.error();
        QStringList selfReferences;
        for (const ForeignKey& k : keys[table])
            if (k.parent == table)
                selfReferences << k.column;
        if (auto st = copyRows(source, target, table, *columns, selfReferences); !st)
            return st.error();
        if (auto st = fillSelfReferences(source, target, table, selfReferences); !st)
            return st.error();
    }
    if (target.backend() == SqlBackend::Postgres)
        if (auto st = advanceSequences(target, *ordered); !st)
            return st.error();

    for (const QString& table : *tables) {
        auto from = countRows(source, table);
        if (!from)
            return from.error();
        auto to = countRows(target, table);
        if (!to)
            return to.error();
        if (*from != *to)
            return Error{QStringLiteral("copy.count"),
                         StoreCopy::tr("Table %1 has %2 rows in the copy but %3 in the clinic, so "
                                       "the copy was abandoned and nothing was written.")
                             .arg(table)
                             .arg(*to)
                             .arg(*from)};
        report.counts.append({table, *to});
    }
    if (auto st = AuditTrail::install(target); !st)
        return st.error();
    return report;
}

Result<StoreCopyReport> copyWithin(Database& source, Database& target)
{
    if (source.schemaVersion() != target.schemaVersion())
        return Error{QStringLiteral("copy.version"),
                     StoreCopy::tr("The clinic is at schema %1 but the copy would be at schema "
                                   "%2. Open the clinic once with a writable file so that it is "
                                   "upgraded, then copy it. Nothing was written.")
                         .arg(source.schemaVersion())
                         .arg(target.schemaVersion())};
    return source.read<StoreCopyReport>([&]() -> Result<StoreCopyReport> {
        return target.write<StoreCopyReport>([&] { return fill(source, target); });
    });
}

Result<StoreCopyReport> copyToNewFile(Database& source, const QString& path)
{
    const QString native = QDir::toNativeSeparators(path);
    if (source.backend() == SqlBackend::Sqlite &&
        QFileInfo(path).absoluteFilePath() ==
            QFileInfo(source.location().filePath).absoluteFilePath())
        return Error{QStringLiteral("copy.self"),
                     StoreCopy::tr("%1 is the clinic being copied; choose a new file.").arg(native),
                     ErrorKind::Invalid};
    auto inspected = SqliteFile::inspect(path);
    if (!inspected)
        return inspected.error();
    if (inspected->state == SqliteFile::State::Present)
        return Error{QStringLiteral("copy.exists"),
                     StoreCopy::tr("%1 already exists. A clinic is only copied into a new file "
                                   "(or an empty server database); nothing was written there.")
                         .arg(native),
                     ErrorKind::Refused};
    if (auto st = SqliteFile::prepareFolder(path); !st)
        return st.error();
    auto temporary = SqliteFile::reserveTemporary(path);
    if (!temporary)
        return temporary.error();

    Result<StoreCopyReport> copied = [&]() -> Result<StoreCopyReport> {
        OpenOptions options;
        options.replaceEmptyFile = true; // the reserved, owner-only file
        options.backupBeforeUpgrade = false;
        auto target = Database::open(DatabaseLocation::sqliteFile(*temporary), options);
        if (!target)
            return target.error();
        auto report = copyWithin(source, **target);
        if (report)
            report->target = native;
        return report;
        // Closing the connection here folds the write-ahead log into the file before it is
        // renamed into place.
    }();
    if (!copied) {
        SqliteFile::discard(*temporary);
        Error error = copied.error();
        error.message = StoreCopy::tr("Could not copy the clinic to %1: %2 No file was left there.")
                            .arg(native, error.message);
        return error;
    }
    if (auto st = SqliteFile::publish(*temporary, path, true); !st)
        return st.error();
    return copied;
}

} // namespace

qint64 StoreCopyReport::totalRows() const
{
    qint64 total = 0;
    for (const auto& [table, n] : counts)
        total += n;
    return total;
}

Result<StoreCopyReport> StoreCopy::copy(Database& source, const DatabaseLocation& target)
{
    Result<StoreCopyReport> report = [&]() -> Result<StoreCopyReport> {
        if (target.backend == SqlBackend::Sqlite)
            return copyToNewFile(source, target.filePath);
        if (source.backend() == SqlBackend::Postgres && source.location().host == target.host &&
            source.location().port == target.port &&
            source.location().databaseName == target.databaseName)
            return Error{QStringLiteral("copy.self"),
                         tr("%1 is the clinic being copied; name an empty database.")
                             .arg(target.displayName()),
                         ErrorKind::Invalid};
        // An empty server database gets the schema here, at this program's version, as on any
        // first connection; the rows then go in as one transaction.
        auto db = Database::open(target);
        if (!db)
            return db.error();
        return copyWithin(source, **db);
    }();
    if (report)
        log()->info("copied the store: {} rows into a {} store", report->totalRows(),
                    target.backend == SqlBackend::Sqlite ? "sqlite" : "postgresql");
    return report;
}

} // namespace gradus
