#pragma once

#include "Workspace.h"
#include "model/Patient.h"
#include "support/TestStore.h"
#include "util/Clock.h"

#include <gtest/gtest.h>

#include <memory>

namespace gradus::test {

// "Today" in the patient tests: fixed, so that ages, phases and "in the future" are
// predictable.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC);
}

inline Patient samplePatient(const QString& given, const QString& family, const QDate& dob)
{
    Patient p;
    p.givenName = given;
    p.familyName = family;
    p.dateOfBirth = dob;
    return p;
}

// A workspace on a fresh store of the given backend, with a ManualClock at fixedNow().
class WorkspaceFixture
{
public:
    explicit WorkspaceFixture(SqlBackend backend) : store(backend), clock(fixedNow()) {}

    // Call from the test body (it may skip or fail the test).
    bool open()
    {
        if (!store.available())
            return false;
        auto db = store.open();
        if (!db)
            return false;
        workspace = std::make_unique<Workspace>(std::move(db), clock);
        return true;
    }
    Workspace& ws() { return *workspace; }

    qint64 count(const QString& table)
    {
        auto q = workspace->db().exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    TestStore store;
    ManualClock clock;
    std::unique_ptr<Workspace> workspace;
};

inline std::string backendName(const testing::TestParamInfo<SqlBackend>& info)
{
    return info.param == SqlBackend::Sqlite ? "Sqlite" : "Postgres";
}

} // namespace gradus::test

// Opens the fixture's workspace, or skips/fails like GRADUS_REQUIRE_STORE.
#define GRADUS_OPEN_WORKSPACE(fixture)                                                             \
    do {                                                                                           \
        GRADUS_REQUIRE_STORE((fixture).store);                                                     \
        ASSERT_TRUE((fixture).open()) << "could not open the test store";                          \
    } while (false)
