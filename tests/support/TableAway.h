#pragma once

#include "storage/Database.h"

#include <QString>

namespace gradus::test {

// Renames a table for as long as this object lives, so that a test sees what a view or a
// service does when a read fails (a damaged or half-restored store), and puts it back.
class TableAway
{
public:
    TableAway(Database& db, QString table) : m_db(db), m_table(std::move(table))
    {
        m_away = bool(m_db.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_away").arg(m_table)));
    }
    ~TableAway()
    {
        if (m_away)
            (void)m_db.exec(QStringLiteral("ALTER TABLE %1_away RENAME TO %1").arg(m_table));
    }
    TableAway(const TableAway&) = delete;
    TableAway& operator=(const TableAway&) = delete;

    // False when the table could not be renamed: the test then proves nothing.
    bool away() const { return m_away; }

private:
    Database& m_db;
    QString m_table;
    bool m_away = false;
};

} // namespace gradus::test
