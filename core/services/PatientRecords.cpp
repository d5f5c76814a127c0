#include "services/PatientRecords.h"

#include "storage/PatientRepository.h"

namespace gradus {

PatientRecords::PatientRecords(Workspace& workspace) : m_workspace(workspace) {}

Result<Patient> PatientRecords::get(qint64 id)
{
    return PatientRepository(m_workspace).get(id);
}

Result<QList<Patient>> PatientRecords::list(bool includeArchived)
{
    return PatientRepository(m_workspace).list(includeArchived);
}

Result<QList<Patient>> PatientRecords::firstInListOrder(int limit)
{
    return PatientRepository(m_workspace).firstInListOrder(limit);
}

Result<QList<Patient>> PatientRecords::search(const QString& text, bool includeArchived)
{
    return PatientRepository(m_workspace).search(text, includeArchived);
}

Result<qint64> PatientRecords::count(bool includeArchived)
{
    return PatientRepository(m_workspace).count(includeArchived);
}

Result<qint64> PatientRecords::clinicNumberOwner(const QString& clinicNumber, qint64 exceptId)
{
    return PatientRepository(m_workspace).clinicNumberOwner(clinicNumber, exceptId);
}

} // namespace gradus
