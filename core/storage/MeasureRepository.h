#pragma once

#include "model/Measure.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace gradus {

class Workspace;

// Outcome measures of a patient. Like visits, they are append-only: a correction adds a
// revision (who, when, why) and the original stays. Answers are stored by item number and
// scored by OutcomeScoring; the score is stored beside them for listing and export.
class MeasureRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeasureRepository)

public:
    explicit MeasureRepository(Workspace& workspace);

    // Scores, checks and saves a new measure. For PSFS the activities are named once per
    // episode: the first PSFS must name them (input.psfsActivities), later ones re-rate the
    // same activities in the same order.
    Result<qint64> add(const MeasureInput& input, const QString& recordedBy);
    // Each change below adds a revision in one unit that holds the measure and decides from
    // the measure as it stands then. `seen`, when given, is the measure the change was made
    // from: when its date, answers or entered-in-error mark differ now, the change is refused
    // as a conflict ("measure.conflict") and nothing is written (as VisitRepository). Each
    // returns the new revision number.

    // A corrected date or answers, as the next revision. Needs a name and a reason.
    Result<int> amend(qint64 measureId, const QDate& takenOn, const MeasureAnswers& answers,
                      const QString& who, const QString& reason, const Measure* seen = nullptr);
    Result<int> markEnteredInError(qint64 measureId, const QString& who, const QString& reason,
                                   const Measure* seen = nullptr);
    Result<int> reinstate(qint64 measureId, const QString& who, const QString& reason,
                          const Measure* seen = nullptr);

    Result<Measure> find(qint64 measureId);
    // Current measures of a patient, oldest first (by date, then id); one instrument when
    // given. Measures entered in error are left out unless asked for.
    Result<QList<Measure>> listForPatient(qint64 patientId,
                                          std::optional<Instrument> instrument = std::nullopt,
                                          bool includeEnteredInError = false);
    Result<QList<MeasureRevision>> history(qint64 measureId);

    // The PSFS activities named for an episode (or for the patient when no episode), in form
    // order; empty when none are named yet.
    Result<QList<PsfsActivity>> psfsActivities(qint64 patientId, std::optional<qint64> episodeId);

private:
    // add() inside its unit of work: checks the patient, visit and episode, names or checks
    // the PSFS activities, and writes the measure. May run again from the start.
    Result<qint64> insert(const MeasureInput& input, const MeasureScore& score,
                          const QString& recordedBy);
    // The content of the next revision, decided from the measure as it stands.
    struct NextRevision
    {
        QDate takenOn;
        MeasureAnswers answers;
        MeasureScore score;
        bool enteredInError = false;
    };
    Result<int> revise(qint64 measureId, const Measure* seen, const QString& who,
                       const QString& reason,
                       const std::function<Result<NextRevision>(const Measure&)>& next);
    Status checkTakenOn(const QDate& takenOn);

    Workspace& m_workspace;
};

} // namespace gradus
