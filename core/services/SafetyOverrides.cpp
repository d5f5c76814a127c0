#include "services/SafetyOverrides.h"

#include "storage/SafetyOverrideRepository.h"

namespace gradus {

SafetyOverrides::SafetyOverrides(Workspace& workspace) : m_workspace(workspace) {}

Result<qint64> SafetyOverrides::record(const SafetyOverride& entry)
{
    return SafetyOverrideRepository(m_workspace).record(entry);
}

Result<QList<SafetyOverride>> SafetyOverrides::forProgramme(qint64 programmeId)
{
    return SafetyOverrideRepository(m_workspace).forProgramme(programmeId);
}

Status SafetyOverrides::remove(qint64 id)
{
    return SafetyOverrideRepository(m_workspace).remove(id);
}

} // namespace gradus
