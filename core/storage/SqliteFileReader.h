#pragma once

#include <QString>

#include <optional>

namespace gradus {

// A read-only look into a SQLite file that is not the open store (a backup before it is
// restored): opened immutable, so SQLite takes no locks and writes no journal or -shm beside
// it, and closed when this goes out of scope. The few questions a backup check asks.
class SqliteFileReader
{
public:
    explicit SqliteFileReader(const QString& path);
    ~SqliteFileReader();
    SqliteFileReader(const SqliteFileReader&) = delete;
    SqliteFileReader& operator=(const SqliteFileReader&) = delete;

    bool isOpen() const { return m_open; }
    QString openError() const { return m_openError; }

    // Empty when PRAGMA integrity_check says "ok"; otherwise what it (or SQLite) said.
    QString integrityProblem() const;
    // The schema version the file records; nullopt when it has no Gradus schema_meta.
    std::optional<int> schemaVersion() const;
    // Rows of `table` (a name from the schema, never user text); 0 when there is no such table.
    qint64 countRows(const QString& table) const;

private:
    QString m_name;
    bool m_open = false;
    QString m_openError;
};

} // namespace gradus
