#include "services/RedFlagScreens.h"

#include "storage/RedFlagRepository.h"

namespace gradus {

RedFlagScreens::RedFlagScreens(Workspace& workspace) : m_workspace(workspace) {}

Result<qint64> RedFlagScreens::record(const RedFlagScreen& screen)
{
    return RedFlagRepository(m_workspace).record(screen);
}

Status RedFlagScreens::decide(const QList<RedFlagRef>& flags, RedFlagDecision decision,
                              const QString& note, const QString& who)
{
    return RedFlagRepository(m_workspace).decideFlags(flags, decision, note, who);
}

Status RedFlagScreens::decideScreen(qint64 screenId, RedFlagDecision decision, const QString& note,
                                    const QString& who)
{
    return RedFlagRepository(m_workspace).decide(screenId, decision, note, who);
}

Result<RedFlagScreen> RedFlagScreens::screen(qint64 id)
{
    return RedFlagRepository(m_workspace).get(id);
}

Result<QList<RedFlagScreen>> RedFlagScreens::forPatient(qint64 patientId)
{
    return RedFlagRepository(m_workspace).forPatient(patientId);
}

} // namespace gradus
