#pragma once

#include "util/Result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <map>
#include <memory>
#include <vector>

namespace gradus {

class Database;

// Many new rows of one table, written fast inside the caller's unit of work: each INSERT sends
// a few hundred rows (one statement prepared once and reused; on a server one round trip per
// batch instead of one per row), and ids are reserved up front so that a child row can name
// its parent before either is sent. Reserving is safe against other writers: on SQLite the unit
// of work holds the write lock, so the next free id is known; on a server the ids come from
// the table's own sequence. The audit triggers still see every row. Bulk work only (the demo
// clinic); ordinary writes go through the repositories and their checks.
class BulkInsert
{
public:
    BulkInsert(Database& db, QString table, QStringList columns); // columns without "id"
    ~BulkInsert();
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    // Queues one row (the values in column order) and returns the id it will have.
    Result<qint64> add(const QVariantList& values);
    bool full() const { return m_pending.size() >= m_batch * (m_columns.size() + 1); }
    // Sends what is queued.
    Status flush();
    qint64 written() const { return m_written; }
    const QString& table() const { return m_table; }
    // The smallest and largest id handed out (0 before the first row).
    qint64 firstId() const { return m_firstId; }
    qint64 lastId() const { return m_lastId; }

private:
    Result<qint64> reserveId();
    Status send(int rows);

    Database& m_db;
    QString m_table;
    QStringList m_columns;
    int m_batch = 1;
    QVariantList m_pending;
    std::map<int, std::unique_ptr<QSqlQuery>> m_statements; // by rows per statement
    std::map<int, QString> m_serverSql; // server: the statement by rows, values written in
    QList<qint64> m_reserved;           // server: ids taken from the sequence, not yet used
    qint64 m_nextId = 0;                // SQLite: the next free id (0 until known)
    qint64 m_written = 0;
    qint64 m_firstId = 0;
    qint64 m_lastId = 0;
};

// Several BulkInserts in the order of their foreign keys (parents first). When one is full,
// all are sent in that order, so a child row never reaches the database before its parent.
class BulkWrite
{
public:
    explicit BulkWrite(Database& db) : m_db(db) {}
    // Registers a table; call in parent-to-child order.
    BulkInsert& table(const QString& name, const QStringList& columns);
    Result<qint64> add(BulkInsert& table, const QVariantList& values);
    Status flush();
    // Rows sent so far, over all tables.
    qint64 written() const;
    QStringList tables() const;
    const std::vector<std::unique_ptr<BulkInsert>>& inserts() const { return m_tables; }

private:
    Database& m_db;
    std::vector<std::unique_ptr<BulkInsert>> m_tables;
};

} // namespace gradus
