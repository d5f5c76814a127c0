#include "storage/AuditTrail.h"

#include "storage/Database.h"
#include "storage/RecordValues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace gradus {
namespace {

// Tables that are not clinic data, or are the trail itself.
const QSet<QString>& unaudited()
{
    static const QSet<QString> tables{QStringLiteral("audit_log"), QStringLiteral("audit_context"),
                                      QStringLiteral("schema_meta"),
                                      QStringLiteral("exercise_library_state")};
    return tables;
}

// How a record finds its patient, for tables without a patient_id column. `{c:NAME}` stands
// for the changed row's column NAME, written per engine below.
struct PatientLink
{
    const char* table;
    const char* expression;
};

constexpr PatientLink kPatientLinks[] = {
    {"patient", "{c:id}"},
    {"episode_condition", "(SELECT patient_id FROM episode WHERE id = {c:episode_id})"},
    {"visit_revision", "(SELECT patient_id FROM visit WHERE id = {c:visit_id})"},
    {"measure_revision", "(SELECT patient_id FROM measure WHERE id = {c:measure_id})"},
    {"programme_section", "(SELECT patient_id FROM programme WHERE id = {c:programme_id})"},
    {"prescription", "(SELECT p.patient_id FROM programme p JOIN programme_section s ON "
                     "s.programme_id = p.id WHERE s.id = {c:section_id})"},
    {"red_flag_screen_flag", "(SELECT patient_id FROM red_flag_screen WHERE id = {c:screen_id})"},
    {"safety_override", "(SELECT patient_id FROM programme WHERE id = {c:programme_id})"},
    {"pacing_decision", "(SELECT patient_id FROM pacing_plan WHERE id = {c:plan_id})"},
};

// Who-recorded-it columns that the server fills with the signed-in account (unless that is the
// schema owner, see gradus_author).
struct AuthorColumn
{
    const char* table;
    const char* column;
};

constexpr AuthorColumn kAuthorColumns[] = {
    {"visit", "created_by"},           {"visit_revision", "recorded_by"},
    {"measure", "created_by"},         {"measure_revision", "recorded_by"},
    {"psfs_activity", "created_by"},   {"safety_override", "recorded_by"},
    {"pacing_plan", "created_by"},     {"pacing_decision", "decided_by"},
    {"red_flag_screen", "decided_by"}, {"programme", "created_by"},
};

struct Column
{
    QString name;
    bool binary = false;
};

Result<QList<Column>> columnsOf(Database& db, const QString& table)
{
    QList<Column> columns;
    if (db.backend() == SqlBackend::Sqlite) {
        // PRAGMA arguments cannot be bound; the name comes from the catalogue.
        auto q =
            db.exec(QStringLiteral("SELECT name, type FROM pragma_table_info('%1')").arg(table));
        if (!q)
            return q.error();
        while (q->next())
            columns.append(
                {q->value(0).toString(),
                 q->value(1).toString().compare(QLatin1String("BLOB"), Qt::CaseInsensitive) == 0});
    } else {
        auto q = db.exec(QStringLiteral("SELECT column_name, data_type FROM "
                                        "information_schema.columns WHERE table_schema = "
                                        "current_schema() AND table_name = ? ORDER BY "
                                        "ordinal_position"),
                         {table});
        if (!q)
            return q.error();
        while (q->next())
            columns.append(
                {q->value(0).toString(), q->value(1).toString() == QLatin1String("bytea")});
    }
    return columns;
}

Result<QStringList> auditedTables(Database& db)
{
    auto q = db.backend() == SqlBackend::Sqlite
                 ? db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%' ORDER BY name"))
                 : db.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                          "WHERE table_schema = current_schema() AND "
                                          "table_type = 'BASE TABLE' ORDER BY table_name"));
    if (!q)
        return q.error();
    QStringList tables;
    while (q->next()) {
        const QString name = q->value(0).toString();
        if (!unaudited().contains(name))
            tables.append(name);
    }
    return tables;
}

// The patient expression for `table` with `{c:NAME}` written by `column`.
QString patientExpression(const QString& table, const QList<Column>& columns,
                          const std::function<QString(const QString&)>& column)
{
    QString expression;
    for (const PatientLink& link : kPatientLinks)
        if (table == QLatin1String(link.table))
            expression = QString::fromLatin1(link.expression);
    if (expression.isEmpty()) {
        const bool hasPatient = std::any_of(columns.begin(), columns.end(), [](const Column& c) {
            return c.name == QLatin1String("patient_id");
        });
        if (!hasPatient)
            return {};
        expression = QStringLiteral("{c:patient_id}");
    }
    static const QRegularExpression placeholder(QStringLiteral("\\{c:([a-z_]+)\\}"));
    QString out;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(expression); it.hasNext();) {
        const auto m = it.next();
        out += expression.mid(from, m.capturedStart() - from) + column(m.captured(1));
        from = m.capturedEnd();
    }
    return out + expression.mid(from);
}

Status installSqlite(Database& db, const QString& table, const QList<Column>& columns)
{
    const bool hasId = std::any_of(columns.begin(), columns.end(),
                                   [](const Column& c) { return c.name == QLatin1String("id"); });
    auto json = [&](const QString& row) {
        QStringList pairs;
        for (const Column& c : columns)
            if (!c.binary)
                pairs << QStringLiteral("'%1', %2.%1").arg(c.name, row);
        return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
    };
    struct Op
    {
        const char* event;
        const char* action;
        const char* row;
    };
    for (const Op& op : {Op{"INSERT", "insert", "NEW"}, Op{"UPDATE", "update", "NEW"},
                         Op{"DELETE", "delete", "OLD"}}) {
        const QString row = QString::fromLatin1(op.row);
        const QString name =
            QStringLiteral("gradus_audit_%1_%2").arg(table, QLatin1String(op.action));
        QString patient = patientExpression(
            table, columns, [&](const QString& c) { return QStringLiteral("%1.%2").arg(row, c); });
        if (patient.isEmpty())
            patient = QStringLiteral("NULL");
        const QString oldValues = QLatin1String(op.action) == QLatin1String("insert")
                                      ? QStringLiteral("NULL")
                                      : json(QStringLiteral("OLD"));
        const QString newValues = QLatin1String(op.action) == QLatin1String("delete")
                                      ? QStringLiteral("NULL")
                                      : json(QStringLiteral("NEW"));
        if (auto st = db.runStatement(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name)); !st)
            return st;
        const QString sql =
            QStringLiteral(
                "CREATE TRIGGER %1 AFTER %2 ON %3 FOR EACH ROW BEGIN INSERT INTO audit_log "
                "(changed_at, author, table_name, record_id, action, patient_id, old_values, "
                "new_values) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce((SELECT "
                "author FROM audit_context WHERE id = 1), 'unknown'), '%3', %4, '%5', %6, %7, %8); "
                "END")
                .arg(name, QLatin1String(op.event), table,
                     hasId ? QStringLiteral("%1.id").arg(row) : QStringLiteral("NULL"),
                     QLatin1String(op.action), patient, oldValues, newValues);
        if (auto st = db.runStatement(sql); !st)
            return st;
    }
    return {};
}

const char* kPostgresAuditFunction = R"SQL(
CREATE OR REPLACE FUNCTION gradus_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $f$
DECLARE
    old_json jsonb;
    new_json jsonb;
    row_json jsonb;
    pid bigint;
    rec bigint;
    entry bigint;
BEGIN
    IF TG_OP <> 'INSERT' THEN old_json := to_jsonb(OLD) - string_to_array(TG_ARGV[1], ','); END IF;
    IF TG_OP <> 'DELETE' THEN new_json := to_jsonb(NEW) - string_to_array(TG_ARGV[1], ','); END IF;
    row_json := coalesce(new_json, old_json);
    rec := (row_json ->> 'id')::bigint;
    IF TG_ARGV[0] <> '' THEN
        EXECUTE 'SELECT ' || TG_ARGV[0] USING row_json INTO pid;
    END IF;
    INSERT INTO audit_log (changed_at, author, table_name, record_id, action, patient_id,
                           old_values, new_values)
    VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            session_user, TG_TABLE_NAME, rec, lower(TG_OP), pid, old_json::text, new_json::text)
    RETURNING id INTO entry;
    PERFORM pg_notify('gradus_change', json_build_object('entry', entry, 'table', TG_TABLE_NAME,
        'id', rec, 'action', lower(TG_OP), 'author', session_user, 'patient', pid)::text);
    RETURN NULL;
END
$f$)SQL";

const char* kPostgresAuthorFunction = R"SQL(
CREATE OR REPLACE FUNCTION gradus_author() RETURNS trigger
LANGUAGE plpgsql AS $f$
BEGIN
    -- The schema owner (the clinic's administrator account, used for set-up, imports and
    -- copies) may record entries in another name; every other account writes as itself.
    IF session_user = (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID) THEN
        RETURN NEW;
    END IF;
    IF (to_jsonb(NEW) ->> TG_ARGV[0]) IS NOT NULL AND (TG_OP = 'INSERT'
        OR (to_jsonb(NEW) ->> TG_ARGV[0]) IS DISTINCT FROM (to_jsonb(OLD) ->> TG_ARGV[0])) THEN
        NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], session_user));
    END IF;
    RETURN NEW;
END
$f$)SQL";

QString literal(QString text)
{
    return QStringLiteral("'%1'").arg(text.replace(u'\'', QStringLiteral("''")));
}

Status installPostgres(Database& db, const QString& table, const QList<Column>& columns)
{
    const QString patient = patientExpression(table, columns, [](const QString& c) {
        return QStringLiteral("(($1) ->> '%1')::bigint").arg(c);
    });
    QStringList binary;
    for (const Column& c : columns)
        if (c.binary)
            binary << c.name;
    if (auto st =
            db.runStatement(QStringLiteral("DROP TRIGGER IF EXISTS gradus_audit ON %1").arg(table));
        !st)
        return st;
    if (auto st = db.runStatement(
            QStringLiteral("CREATE TRIGGER gradus_audit AFTER INSERT OR UPDATE OR DELETE ON %1 "
                           "FOR EACH ROW EXECUTE FUNCTION gradus_audit(%2, %3)")
                .arg(table, literal(patient), literal(binary.join(u','))));
        !st)
        return st;
    for (const AuthorColumn& a : kAuthorColumns) {
        if (table != QLatin1String(a.table))
            continue;
        if (auto st = db.runStatement(
                QStringLiteral("DROP TRIGGER IF EXISTS gradus_author ON %1").arg(table));
            !st)
            return st;
        if (auto st = db.runStatement(
                QStringLiteral("CREATE TRIGGER gradus_author BEFORE INSERT OR UPDATE ON %1 FOR "
                               "EACH ROW EXECUTE FUNCTION gradus_author(%2)")
                    .arg(table, literal(QString::fromLatin1(a.column))));
            !st)
            return st;
    }
    return {};
}

} // namespace

Status AuditTrail::suspendInserts(Database& db, const QStringList& tables)
{
    for (const QString& table : tables) {
        const QString sql =
            db.backend() == SqlBackend::Sqlite
                ? QStringLiteral("DROP TRIGGER IF EXISTS gradus_audit_%1_insert").arg(table)
                : QStringLiteral("DROP TRIGGER IF EXISTS gradus_audit ON %1").arg(table);
        if (auto st = db.runStatement(sql); !st)
            return st;
        // On a server the author trigger goes too: it would only let the owner's names
        // through (the bulk needs the owner), at the cost of a function call per row.
        if (db.backend() == SqlBackend::Postgres)
            if (auto st = db.runStatement(
                    QStringLiteral("DROP TRIGGER IF EXISTS gradus_author ON %1").arg(table));
                !st)
                return st;
    }
    return {};
}

Status AuditTrail::recordBulk(Database& db, const QList<BulkRows>& written, const QString& what)
{
    const bool sqlite = db.backend() == SqlBackend::Sqlite;
    const QString when = sqlite ? QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")
                                : QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                                                 "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
    const QString who =
        sqlite ? QStringLiteral("coalesce((SELECT author FROM audit_context WHERE id = 1), "
                                "'unknown')")
               : QStringLiteral("session_user");
    for (const BulkRows& rows : written) {
        if (rows.rows == 0)
            continue;
        const QJsonObject summary{{QStringLiteral("bulk"), what},
                                  {QStringLiteral("rows"), rows.rows},
                                  {QStringLiteral("first_id"), rows.firstId},
                                  {QStringLiteral("last_id"), rows.lastId}};
        auto entry = db.insert(
            QStringLiteral("INSERT INTO audit_log (changed_at, author, table_name, record_id, "
                           "action, patient_id, old_values, new_values) VALUES (%1, %2, ?, NULL, "
                           "'insert', NULL, NULL, ?)")
                .arg(when, who),
            {rows.table, QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact))});
        if (!entry)
            return entry.error();
        if (!sqlite) {
            const QJsonObject notice{{QStringLiteral("entry"), *entry},
                                     {QStringLiteral("table"), rows.table},
                                     {QStringLiteral("action"), QStringLiteral("insert")}};
            if (auto q = db.exec(
                    QStringLiteral("SELECT pg_notify(?, ?)"),
                    {QString::fromLatin1(kNotifyChannel),
                     QString::fromUtf8(QJsonDocument(notice).toJson(QJsonDocument::Compact))});
                !q)
                return q.error();
        }
    }
    return install(db);
}

Status AuditTrail::install(Database& db)
{
    if (db.backend() == SqlBackend::Postgres) {
        for (const char* function : {kPostgresAuditFunction, kPostgresAuthorFunction})
            if (auto st = db.runStatement(QString::fromUtf8(function)); !st)
                return st;
    }
    auto tables = auditedTables(db);
    if (!tables)
        return tables.error();
    for (const QString& table : *tables) {
        auto columns = columnsOf(db, table);
        if (!columns)
            return columns.error();
        const Status st = db.backend() == SqlBackend::Sqlite ? installSqlite(db, table, *columns)
                                                             : installPostgres(db, table, *columns);
        if (!st)
            return st;
    }
    return {};
}

AuditTrail::AuditTrail(Database& db) : m_db(db) {}

Result<QList<AuditEntry>> AuditTrail::select(const QString& where, const QVariantList& binds,
                                             const QString& order, int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, changed_at, author, table_name, record_id, "
                                      "action, patient_id, old_values, new_values FROM audit_log "
                                      "WHERE %1 ORDER BY id %2 LIMIT %3")
                           .arg(where, order)
                           .arg(limit),
                       binds);
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.changedAt = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        e.author = q->value(2).toString();
        e.table = q->value(3).toString();
        e.recordId = q->value(4).isNull() ? 0 : q->value(4).toLongLong();
        e.action = q->value(5).toString();
        e.patientId = q->value(6).isNull() ? 0 : q->value(6).toLongLong();
        e.oldValues = QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object();
        e.newValues = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object();
        entries.append(e);
    }
    return entries;
}

Result<QList<AuditEntry>> AuditTrail::forPatient(qint64 patientId, int limit)
{
    return select(QStringLiteral("patient_id = ?"), {patientId}, QStringLiteral("DESC"), limit);
}

Result<QList<AuditEntry>> AuditTrail::forRecord(const QString& table, qint64 recordId, int limit)
{
    if (recordId == 0)
        return select(QStringLiteral("table_name = ? AND record_id IS NULL"), {table},
                      QStringLiteral("DESC"), limit);
    return select(QStringLiteral("table_name = ? AND record_id = ?"), {table, recordId},
                  QStringLiteral("DESC"), limit);
}

Result<QList<AuditEntry>> AuditTrail::since(qint64 afterId, int limit)
{
    return select(QStringLiteral("id > ?"), {afterId}, QStringLiteral("ASC"), limit);
}

Result<qint64> AuditTrail::lastId()
{
    auto q = m_db.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
    if (!q)
        return q.error();
    if (!q->next())
        return qint64(0);
    return q->value(0).toLongLong();
}

} // namespace gradus
