#pragma once

#include "util/Result.h"

namespace gradus {

class Database;

// One unit of work on the store (KMyMoney's MyMoneyFileTransaction, as an RAII scope): it
// begins in the right mode for the engine, holds what it read until it commits, and rolls
// back unless commit() succeeded. Units nest: an inner unit joins the outer one, and an inner
// rollback makes the whole outer unit roll back, so a multi-step write is never left half done.
//
// Write units begin with BEGIN IMMEDIATE on SQLite, so a second writer waits on the busy
// timeout instead of failing when it would upgrade a read lock (TOOLCHAIN.md pitfall 12). On
// PostgreSQL they run at READ COMMITTED; a read-modify-write locks what it read with
// Database::lockRow() (SELECT ... FOR UPDATE) or checks a version in its UPDATE. Read units
// see one consistent snapshot.
//
// Prefer Database::write(body), which also reruns the body when the engine reports a lost race
// (a PostgreSQL serialization failure or deadlock); use this class directly where a body
// cannot be rerun.
class UnitOfWork
{
public:
    enum class Mode
    {
        Write,
        Read,
    };

    explicit UnitOfWork(Database& db, Mode mode = Mode::Write);
    ~UnitOfWork();
    UnitOfWork(const UnitOfWork&) = delete;
    UnitOfWork& operator=(const UnitOfWork&) = delete;

    // False when BEGIN itself failed; check before writing. begun() says why.
    bool isActive() const { return m_active; }
    const Status& begun() const { return m_begun; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_active = false;
    Status m_begun;
};

} // namespace gradus
