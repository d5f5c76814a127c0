#pragma once

#include "storage/ConflictReport.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>
#include <QVariantList>

#include <spdlog/logger.h>

namespace gradus {

// The steps every repository of a versioned record (a table with row_version) takes to add,
// change and remove one row, written once (Mixxx's DAO helpers, without the singleton). Each
// runs in one unit of work that holds the row it read, refuses a stale edit as a conflict,
// and announces the change once, after the unit has committed.
struct VersionedTable
{
    QString name;             // the SQL table, from the program, never from the user
    StoreNotifier::Kind kind; // what StoreNotifier announces
    const char* noun;         // the record's name in the log: "condition"
    spdlog::logger& log;      // the module's logger
};

namespace versionedRow {

// INSERT INTO table (columns) VALUES (values), where columns/values are the record's own
// fields. With `keepId` (an undo putting a removed record back) the record's id and, when it
// has one, its version go in too, so later steps of the history find it as it was.
Result<qint64> insert(Database& db, const QString& table, QString columns, QVariantList values,
                      qint64 keepId, int keepVersion);

// The created_at and updated_at of a row being added at `now`: a row put back (`restored`)
// keeps the time it was first created.
struct RowStamps
{
    QString created;
    QString updated;
};
RowStamps stamps(const QDateTime& now, bool restored, const QDateTime& createdAt);

// Logs and announces an added (or, with `restored`, put back) row; call after the commit.
void announceAdded(Database& db, const VersionedTable& table, qint64 id, bool restored);

// Adds a row (or puts a removed one back, `restored`) in one unit of work: `write()` checks
// and inserts it, returning its id; the row is announced once the unit has committed.
template <typename Write>
Result<qint64> add(Database& db, const VersionedTable& table, bool restored, Write write)
{
    Result<qint64> id = db.write<qint64>([&] { return write(); });
    if (!id)
        return id.error();
    announceAdded(db, table, *id, restored);
    return id;
}

// Changes row `id`, which the caller read at `version` (0: whatever is stored now).
// `get(id)` reads the row; `write(stored, basedOn)` checks the change against the stored
// record and runs the UPDATE, which must require row_version = basedOn. `what` names the
// record in a conflict ("Episode 4"). Returns the row as stored after the change.
template <typename Record, typename Get, typename Write>
Result<Record> update(Database& db, const VersionedTable& table, qint64 id, int version,
                      const QString& what, Get get, Write write)
{
    Result<Record> result = db.write<Record>([&]() -> Result<Record> {
        if (auto st = db.lockRow(table.name, id); !st)
            return st.error();
        Result<Record> stored = get(id);
        if (!stored)
            return stored.error();
        const int basedOn = version > 0 ? version : stored->version;
        if (basedOn != stored->version)
            return ConflictReport::make(db, table.name, id, what, basedOn, stored->version);
        if (Status st = write(*stored, basedOn); !st)
            return st.error();
        return get(id);
    });
    if (!result)
        return result.error();
    table.log.info("updated {} {}", table.noun, id);
    db.notify(StoreNotice::changed(table.kind, id));
    return result;
}

// Changes row `id` in place with `write()`, which says when the row is not there: for changes
// not based on a version the clinician read (archiving, a picture, an undo putting a record
// back). The log says "<noun> <id> <what>".
template <typename Write>
Status change(Database& db, const VersionedTable& table, qint64 id, const char* what, Write write)
{
    Status written = db.write([&]() -> Status {
        if (auto st = db.lockRow(table.name, id); !st)
            return st;
        return write();
    });
    if (!written)
        return written;
    table.log.info("{} {} {}", table.noun, id, what);
    db.notify(StoreNotice::changed(table.kind, id));
    return {};
}

// Removes row `id`, which must exist (`get` says why not): `erase()` runs the DELETEs.
template <typename Get, typename Erase>
Status remove(Database& db, const VersionedTable& table, qint64 id, Get get, Erase erase)
{
    Status removed = db.write([&]() -> Status {
        if (auto st = db.lockRow(table.name, id); !st)
            return st;
        if (auto stored = get(id); !stored)
            return stored.error();
        return erase();
    });
    if (!removed)
        return removed;
    table.log.info("removed {} {}", table.noun, id);
    db.notify(StoreNotice::removed(table.kind, id));
    return {};
}

} // namespace versionedRow
} // namespace gradus
