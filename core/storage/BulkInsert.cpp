#include "storage/BulkInsert.h"

#include "storage/Database.h"
#include "storage/StoreError.h"

#include <QSqlError>

namespace gradus {
namespace {

// Bind values per statement. On a server, many (well under PostgreSQL's 65,535): every
// statement is a round trip. On SQLite, few: Qt's driver looks up each value's parameter name
// with a scan of all of them, so a statement's cost grows with the square of its values, while
// a statement reused in-process costs little (measured with `demo --visits`).
int maxValuesPerStatement(SqlBackend backend)
{
    static const int sqliteValues = qEnvironmentVariableIntValue("GRADUS_BULK_SQLITE_VALUES");
    static const int serverValues = qEnvironmentVariableIntValue("GRADUS_BULK_SERVER_VALUES");
    return backend == SqlBackend::Sqlite ? (sqliteValues > 0 ? sqliteValues : 200)
                                         : (serverValues > 0 ? serverValues : 8000);
}
constexpr int kMaxRowsPerStatement = 250;

Error statementError(Database& db, const QSqlError& error)
{
    Error e = StoreError::fromStatement(QStringLiteral("sql.exec"), error);
    e.explicitKind = db.classify(error);
    return e;
}

} // namespace

BulkInsert::BulkInsert(Database& db, QString table, QStringList columns)
    : m_db(db), m_table(std::move(table)), m_columns(std::move(columns))
{
    m_batch = std::clamp(maxValuesPerStatement(m_db.backend()) / int(m_columns.size() + 1), 1,
                         kMaxRowsPerStatement);
    m_pending.reserve(m_batch * (m_columns.size() + 1));
}

BulkInsert::~BulkInsert() = default;

Result<qint64> BulkInsert::reserveId()
{
    if (m_db.backend() == SqlBackend::Sqlite) {
        if (m_nextId == 0) {
            // AUTOINCREMENT never hands out an id again, even of a deleted row: start above
            // both the rows and the table's high-water mark.
            auto q = m_db.exec(
                QStringLiteral("SELECT max(coalesce((SELECT max(id) FROM %1), 0), "
                               "coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0))")
                    .arg(m_table),
                {m_table});
            if (!q)
                return q.error();
            m_nextId = (q->next() ? q->value(0).toLongLong() : 0) + 1;
        }
        return m_nextId++;
    }
    if (m_reserved.isEmpty()) {
        auto q = m_db.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence(?, 'id')) "
                                          "FROM generate_series(1, ?)"),
                           {m_table, m_batch});
        if (!q)
            return q.error();
        while (q->next())
            m_reserved.append(q->value(0).toLongLong());
        if (m_reserved.isEmpty())
            return Error{QStringLiteral("sql.insert"),
                         QStringLiteral("No id could be reserved in %1.").arg(m_table)};
    }
    return m_reserved.takeFirst();
}

Result<qint64> BulkInsert::add(const QVariantList& values)
{
    Q_ASSERT(values.size() == m_columns.size());
    auto id = reserveId();
    if (!id)
        return id.error();
    m_pending.append(*id);
    m_pending.append(values);
    if (m_firstId == 0 || *id < m_firstId)
        m_firstId = *id;
    m_lastId = std::max(m_lastId, *id);
    return *id;
}

Status BulkInsert::send(int rows)
{
    // On SQLite, one prepared statement per batch size, kept: the last, partial batches of a
    // table come in many sizes (every table is sent whenever one fills up), and parsing each
    // anew cost more than sending it.
    const int perRow = int(m_columns.size()) + 1;
    const auto sqlFor = [&] {
        const QString row = QStringLiteral("(") +
                            QStringLiteral("?, ").repeated(int(m_columns.size())) + u'?' + u')';
        QStringList rowMarks;
        rowMarks.reserve(rows);
        for (int i = 0; i < rows; ++i)
            rowMarks << row;
        return QStringLiteral("INSERT INTO %1 (id, %2) VALUES %3")
            .arg(m_table, m_columns.join(QStringLiteral(", ")),
                 rowMarks.join(QStringLiteral(", ")));
    };
    // On a server the values go into the statement (Database::exec, ServerStatement): the
    // server parses each batch once; a kept prepared statement, run as EXECUTE with thousands
    // of literal parameters, was slower (demo on PostgreSQL: 24,000 rows/s against 38,000).
    if (m_db.backend() == SqlBackend::Postgres) {
        QString& sql = m_serverSql[rows];
        if (sql.isEmpty())
            sql = sqlFor();
        auto q = m_db.exec(sql, m_pending.mid(0, rows * perRow));
        if (!q)
            return q.error();
        m_pending.remove(0, rows * perRow);
        m_written += rows;
        return {};
    }
    std::unique_ptr<QSqlQuery>& statement = m_statements[rows];
    if (!statement) {
        const QString sql = sqlFor();
        statement = std::make_unique<QSqlQuery>(m_db.connection());
        if (!statement->prepare(sql)) {
            const QSqlError error = statement->lastError();
            statement.reset();
            return statementError(m_db, error);
        }
    }
    QSqlQuery* q = statement.get();
    for (int i = 0; i < rows * perRow; ++i)
        q->bindValue(i, m_pending.at(i));
    if (!q->exec())
        return statementError(m_db, q->lastError());
    m_pending.remove(0, rows * perRow);
    m_written += rows;
    return {};
}

Status BulkInsert::flush()
{
    const int perRow = int(m_columns.size()) + 1;
    while (!m_pending.isEmpty()) {
        const int rows = std::min(m_batch, int(m_pending.size() / perRow));
        if (auto st = send(rows); !st)
            return st;
    }
    return {};
}

BulkInsert& BulkWrite::table(const QString& name, const QStringList& columns)
{
    m_tables.push_back(std::make_unique<BulkInsert>(m_db, name, columns));
    return *m_tables.back();
}

Result<qint64> BulkWrite::add(BulkInsert& table, const QVariantList& values)
{
    if (table.full())
        if (auto st = flush(); !st)
            return st.error();
    return table.add(values);
}

Status BulkWrite::flush()
{
    for (const auto& table : m_tables)
        if (auto st = table->flush(); !st)
            return st;
    return {};
}

qint64 BulkWrite::written() const
{
    qint64 rows = 0;
    for (const auto& table : m_tables)
        rows += table->written();
    return rows;
}

QStringList BulkWrite::tables() const
{
    QStringList names;
    for (const auto& table : m_tables)
        names << table->table();
    return names;
}

} // namespace gradus
