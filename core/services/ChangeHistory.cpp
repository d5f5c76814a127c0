#include "services/ChangeHistory.h"

#include "Workspace.h"
#include "storage/AuditTrail.h"

namespace gradus {

ChangeHistory::ChangeHistory(Workspace& workspace) : m_workspace(workspace) {}

Result<QList<AuditEntry>> ChangeHistory::forPatient(qint64 patientId, int limit)
{
    return AuditTrail(m_workspace.db()).forPatient(patientId, limit);
}

} // namespace gradus
