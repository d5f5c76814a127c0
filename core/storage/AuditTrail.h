#pragma once

#include "model/AuditEntry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace gradus {

class Database;

// The audit trail: triggers that make the database itself record every insert, update and
// delete of clinical data in the same transaction as the change (PostgreSQL: a PL/pgSQL
// trigger function run as the schema owner, author = session_user, and a NOTIFY for other
// desks; SQLite: triggers that take the author from audit_context, which every writing unit
// sets first), plus the queries that read it back.
//
// On PostgreSQL the author columns of clinical entries (who recorded a visit, a measure, an
// override, a decision, a programme version) are also set by the database to the signed-in
// account, whatever the program sent.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    // The channel of the NOTIFY sent for every change on PostgreSQL.
    static constexpr const char* kNotifyChannel = "gradus_change";

    // (Re)creates the triggers on every table of the current schema except the trail's own.
    // Run after each schema upgrade, inside its unit of work.
    static Status install(Database& db);

    // Bulk writes (the demo clinic) record one entry per table instead of one per row: a
    // million per-row entries would double the store, and on a server flood every desk's
    // change feed. suspendInserts() drops the insert triggers of `tables` inside the caller's
    // unit of work (so no other desk ever sees the schema without them; on a server, where the
    // author triggers go too, this needs the tables' owner, the administrator account);
    // recordBulk() then writes one "insert"
    // entry per table naming the rows' count and id range, and installs the triggers again.
    struct BulkRows
    {
        QString table;
        qint64 rows = 0;
        qint64 firstId = 0;
        qint64 lastId = 0;
    };
    static Status suspendInserts(Database& db, const QStringList& tables);
    static Status recordBulk(Database& db, const QList<BulkRows>& written, const QString& what);

    explicit AuditTrail(Database& db);

    // Changes of one patient's records, newest first (at most `limit`).
    Result<QList<AuditEntry>> forPatient(qint64 patientId, int limit = 1000);
    // Changes of one record, newest first. Record id 0: the records of `table` that have no
    // numeric id (the clinic's settings), together.
    Result<QList<AuditEntry>> forRecord(const QString& table, qint64 recordId, int limit = 100);
    // Changes after audit entry `afterId`, oldest first (what another desk did since).
    Result<QList<AuditEntry>> since(qint64 afterId, int limit = 1000);
    // The newest entry's id; 0 when the trail is empty.
    Result<qint64> lastId();

private:
    Result<QList<AuditEntry>> select(const QString& where, const QVariantList& binds,
                                     const QString& order, int limit);

    Database& m_db;
};

} // namespace gradus
