#include "storage/UnitOfWork.h"

#include "storage/Database.h"

namespace gradus {

UnitOfWork::UnitOfWork(Database& db, Mode mode) : m_db(db)
{
    m_begun = m_db.beginUnit(mode);
    m_active = m_begun.ok();
}

UnitOfWork::~UnitOfWork()
{
    if (m_active)
        rollback();
}

Status UnitOfWork::commit()
{
    if (!m_active)
        return m_begun.ok() ? Status(Error{QStringLiteral("transaction.inactive"),
                                           Database::tr("The transaction was not active.")})
                            : m_begun;
    m_active = false;
    return m_db.commitUnit();
}

void UnitOfWork::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_db.rollbackUnit();
}

} // namespace gradus
