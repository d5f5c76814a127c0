#include "services/EpisodeRecords.h"

#include "Workspace.h"
#include "patients/ConditionCatalog.h"
#include "services/WithdrawAdded.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/PatientRepository.h"

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

Result<Episode> EpisodeEdits::withdrawAdded(const Episode& added)
{
    EpisodeRepository episodes(m_workspace);
    const qint64 id = added.id;
    return gradus::withdrawAdded<Episode>(
        m_workspace.db(), added,
        {.table = QStringLiteral("episode"),
         .what = tr("Episode %1").arg(id),
         .read = [&] { return episodes.get(id); },
         .references = [&] { return episodes.recordsIn(id); },
         .inUse =
             [](const Episode& current) {
                 return Error{QStringLiteral("undo.episode_in_use"),
                              tr("Opening the episode \"%1\" cannot be undone: conditions, visits, "
                                 "measures or a programme have been recorded in it since.")
                                  .arg(current.complaint),
                              ErrorKind::Refused};
             },
         .remove = [&] { return episodes.remove(id); }});
}

Result<qint64> EpisodeEdits::reinsertEpisode(const Episode& episode)
{
    return EpisodeRepository(m_workspace).reinsert(episode);
}

Result<qint64> EpisodeEdits::addCondition(const Condition& condition)
{
    return ConditionRepository(m_workspace).add(condition);
}

Result<EpisodeEdits::AddedToOpenEpisode> EpisodeEdits::addToOpenEpisode(qint64 patientId,
                                                                        const Condition& condition)
{
    if (auto patient = PatientRepository(m_workspace).get(patientId); !patient)
        return patient.error();
    return m_workspace.db().write<AddedToOpenEpisode>([&]() -> Result<AddedToOpenEpisode> {
        // On a copy: a retried unit starts again from what the caller gave.
        Condition c = condition;
        EpisodeRepository episodes(m_workspace);
        auto before = episodes.openEpisode(patientId);
        if (!before)
            return before.error();
        auto episode = episodes.ensureOpenEpisode(patientId);
        if (!episode)
            return episode.error();
        c.episodeId = episode->id;
        // The episode opened for this complaint began when it did; without this the phase of care
        // would stay unknown however carefully the onset was typed.
        const ConditionDefinition* definition = ConditionCatalog::builtIn().find(c.code);
        const bool opened = !before->has_value();
        if (opened && c.onsetDate.isValid() && definition &&
            definition->phase == ConditionDefinition::Phase::Complaint) {
            Episode dated = *episode;
            dated.onsetDate = c.onsetDate;
            if (auto updated = episodes.update(dated); !updated)
                return updated.error();
        }
        auto id = ConditionRepository(m_workspace).add(c);
        if (!id)
            return id.error();
        return AddedToOpenEpisode{*id, opened};
    });
}

Result<Condition> EpisodeEdits::updateCondition(const Condition& condition)
{
    return ConditionRepository(m_workspace).update(condition);
}

Status EpisodeEdits::removeCondition(qint64 id)
{
    return ConditionRepository(m_workspace).remove(id);
}

Result<Condition> EpisodeEdits::withdrawCondition(const Condition& seen)
{
    ConditionRepository conditions(m_workspace);
    const qint64 id = seen.id;
    return gradus::withdrawAdded<Condition>(m_workspace.db(), seen,
                                            {.table = QStringLiteral("episode_condition"),
                                             .what = tr("Condition %1").arg(id),
                                             .read = [&] { return conditions.get(id); },
                                             // Nothing refers to a condition.
                                             .references = nullptr,
                                             .inUse = nullptr,
                                             .remove = [&] { return conditions.remove(id); }});
}

Result<qint64> EpisodeEdits::reinsertCondition(const Condition& condition)
{
    return ConditionRepository(m_workspace).reinsert(condition);
}

} // namespace gradus
