#pragma once

#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace gradus::test {

// Where a test's store lives: a SQLite file in a fresh temporary folder, or a fresh database
// on the PostgreSQL server that the test script started (GRADUS_TEST_PG_URL).
class TestStore
{
public:
    explicit TestStore(SqlBackend backend = SqlBackend::Sqlite);
    ~TestStore();

    // False (with reason()) when the backend cannot be had; tests then GTEST_SKIP, unless
    // GRADUS_REQUIRE_PG=1 says a server must be there, in which case they fail.
    bool available() const { return m_available; }
    QString reason() const { return m_reason; }

    DatabaseLocation location() const { return m_location; }
    QString dir() const { return m_dir.path(); }
    std::unique_ptr<Database> open(const OpenOptions& options = {}) const;

private:
    QTemporaryDir m_dir;
    DatabaseLocation m_location;
    QString m_pgAdminUrl;
    bool m_available = false;
    QString m_reason;
};

// Base URL of the test server, or empty.
QString postgresTestUrl();
bool postgresRequired();

} // namespace gradus::test

// Skips (or fails when a server is required) when the store cannot be had.
#define GRADUS_REQUIRE_STORE(store)                                                                \
    do {                                                                                           \
        if (!(store).available()) {                                                                \
            if (gradus::test::postgresRequired()) {                                                \
                FAIL() << (store).reason().toStdString();                                          \
            }                                                                                      \
            GTEST_SKIP() << (store).reason().toStdString();                                        \
        }                                                                                          \
    } while (false)
