#include "storage/Transaction.h"

#include "storage/Database.h"

namespace gradus {

Transaction::Transaction(Database& db) : m_db(db)
{
    m_active = m_db.beginTransaction().ok();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{QStringLiteral("transaction.inactive"),
                     QStringLiteral("The transaction was not active.")};
    m_active = false;
    return m_db.commitTransaction();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_db.rollbackTransaction();
}

} // namespace gradus
