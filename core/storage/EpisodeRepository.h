#pragma once

#include "model/Episode.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace gradus {

class Workspace;

// Reads and writes episodes of care (table `episode`). A patient has at most one open
// episode; writes validate first (EpisodeValidator), run in one transaction, and announce
// themselves on the StoreNotifier (Kind::Episode) after the commit.
//
// Public API for other features:
//   openEpisode(patientId)         the patient's open episode, or std::nullopt
//   ensureOpenEpisode(patientId)   the open episode, opening one (today) when none is open
class EpisodeRepository
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeRepository)

public:
    explicit EpisodeRepository(Workspace& workspace);

    Result<Episode> get(qint64 id);
    // Newest first (by the day opened).
    Result<QList<Episode>> forPatient(qint64 patientId);
    Result<std::optional<Episode>> openEpisode(qint64 patientId);
    // When no episode is open, opens one today with `complaint` (or "Complaint not yet
    // recorded" when empty) and returns it.
    Result<Episode> ensureOpenEpisode(qint64 patientId, const QString& complaint = {});

    // Errors: "episode.invalid", "episode.already_open", "patient.not_found".
    Result<qint64> add(const Episode& episode);
    Result<Episode> update(const Episode& episode);
    // Closes the episode on `day` (today when invalid).
    Result<Episode> close(qint64 id, const QDate& day = {});
    // Deletes the episode with its conditions. For undoing an episode just added
    // (EpisodeEdits::withdrawAdded checks first that nothing else refers to it).
    Status remove(qint64 id);
    // How many records refer to episode `id`: conditions, visits, measures, PSFS activities and
    // programmes.
    Result<qint64> recordsIn(qint64 id);
    // Puts back an episode removed by an undo, with its original id.
    Result<qint64> reinsert(const Episode& episode);

private:
    Status checkBeforeWrite(const Episode& episode);
    Result<qint64> insert(const Episode& episode, bool keepId);

    Workspace& m_workspace;
};

} // namespace gradus
