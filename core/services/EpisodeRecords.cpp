#include "services/EpisodeRecords.h"

#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"

namespace gradus {

EpisodeRecords::EpisodeRecords(Workspace& workspace) : m_workspace(workspace) {}

Result<Episode> EpisodeRecords::episode(qint64 id)
{
    return EpisodeRepository(m_workspace).get(id);
}

Result<QList<Episode>> EpisodeRecords::episodes(qint64 patientId)
{
    return EpisodeRepository(m_workspace).forPatient(patientId);
}

Result<std::optional<Episode>> EpisodeRecords::openEpisode(qint64 patientId)
{
    return EpisodeRepository(m_workspace).openEpisode(patientId);
}

Result<Condition> EpisodeRecords::condition(qint64 id)
{
    return ConditionRepository(m_workspace).get(id);
}

Result<QList<Condition>> EpisodeRecords::conditions(qint64 episodeId)
{
    return ConditionRepository(m_workspace).forEpisode(episodeId);
}

Result<QList<Condition>> EpisodeRecords::activeConditions(qint64 episodeId)
{
    return ConditionRepository(m_workspace).active(episodeId);
}

EpisodeEdits::EpisodeEdits(Workspace& workspace) : m_workspace(workspace) {}

Result<qint64> EpisodeEdits::addEpisode(const Episode& episode)
{
    return EpisodeRepository(m_workspace).add(episode);
}

Result<Episode> EpisodeEdits::updateEpisode(const Episode& episode)
{
    return EpisodeRepository(m_workspace).update(episode);
}

Status EpisodeEdits::removeEpisode(qint64 id)
{
    return EpisodeRepository(m_workspace).remove(id);
}

Result<qint64> EpisodeEdits::reinsertEpisode(const Episode& episode)
{
    return EpisodeRepository(m_workspace).reinsert(episode);
}

Result<qint64> EpisodeEdits::addCondition(const Condition& condition)
{
    return ConditionRepository(m_workspace).add(condition);
}

Result<Condition> EpisodeEdits::updateCondition(const Condition& condition)
{
    return ConditionRepository(m_workspace).update(condition);
}

Status EpisodeEdits::removeCondition(qint64 id)
{
    return ConditionRepository(m_workspace).remove(id);
}

Result<qint64> EpisodeEdits::reinsertCondition(const Condition& condition)
{
    return ConditionRepository(m_workspace).reinsert(condition);
}

} // namespace gradus
