#pragma once

#include "model/Condition.h"
#include "model/Episode.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace gradus {

class Workspace;

// Reading a patient's episodes of care and the conditions recorded in them, as the views do
// (the changes are EpisodeEdits').
class EpisodeRecords
{
public:
    explicit EpisodeRecords(Workspace& workspace);

    Result<Episode> episode(qint64 id);
    // Newest first.
    Result<QList<Episode>> episodes(qint64 patientId);
    // The patient's open episode, if any.
    Result<std::optional<Episode>> openEpisode(qint64 patientId);

    Result<Condition> condition(qint64 id);
    Result<QList<Condition>> conditions(qint64 episodeId);
    Result<QList<Condition>> activeConditions(qint64 episodeId);

private:
    Workspace& m_workspace;
};

// Changing episodes of care and their conditions. Each call is one unit of work; a record
// changed at another desk since it was read (its version) is refused as a conflict.
class EpisodeEdits
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeEdits)

public:
    explicit EpisodeEdits(Workspace& workspace);

    Result<qint64> addEpisode(const Episode& episode);
    Result<Episode> updateEpisode(const Episode& episode);
    // Undoes addEpisode(): removes the episode `added` (as stored by addEpisode()) in one unit
    // that holds it. Refused as a conflict when it was changed since, and ("undo.episode_in_use",
    // kind Refused) when a condition, visit, measure, PSFS activity or programme refers to it: an
    // undo never takes away or unlinks what was recorded after it. Returns the episode as it
    // was, for redo.
    Result<Episode> withdrawAdded(const Episode& added);
    // Puts back an episode an undo took away, with its id.
    Result<qint64> reinsertEpisode(const Episode& episode);

    Result<qint64> addCondition(const Condition& condition);
    // A condition for the patient's open episode of care, one unit of work: an episode is
    // opened today when none is, and one opened for a complaint (such as sciatica) takes the
    // complaint's onset as its own, so that the phase of care can be known. A refused
    // condition leaves no empty episode behind. `condition.episodeId` is set here.
    struct AddedToOpenEpisode
    {
        qint64 conditionId = 0;
        bool episodeOpened = false;
    };
    Result<AddedToOpenEpisode> addToOpenEpisode(qint64 patientId, const Condition& condition);
    Result<Condition> updateCondition(const Condition& condition);
    // Removes the condition whatever it holds now (a script that names an id).
    Status removeCondition(qint64 id);
    // Removes the condition as `seen` (read by the clinician who removes it, or as an undo or
    // redo left it) in one unit that holds it, and refuses as a conflict when it was changed
    // since: neither a removal nor the undo of an addition takes away another desk's edit.
    // Returns the condition as it was, to put back.
    Result<Condition> withdrawCondition(const Condition& seen);
    Result<qint64> reinsertCondition(const Condition& condition);

private:
    Workspace& m_workspace;
};

} // namespace gradus
