#pragma once

#include "util/Result.h"

namespace gradus {

class Database;

// RAII transaction: rolls back unless commit() succeeded. Guards nest: an inner guard joins
// the outer transaction, and an inner rollback makes the whole outer transaction roll back,
// so a multi-step write is never left half done.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN itself failed; check before writing.
    bool isActive() const { return m_active; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_active = false;
};

} // namespace gradus
