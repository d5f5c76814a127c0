#pragma once

#include "model/Measure.h"
#include "model/Visit.h"
#include "util/Result.h"

#include <QList>

#include <optional>

namespace gradus {

class Workspace;

// Reading a patient's visits and outcome measures with their revisions, as the views do. The
// clinical record only grows: a correction is a new revision, a mistake is marked entered in
// error, never deleted (the changes are VisitEdits').
class VisitRecords
{
public:
    explicit VisitRecords(Workspace& workspace);

    Result<Visit> visit(qint64 id);
    // Oldest first; those entered in error too when asked for.
    Result<QList<Visit>> visits(qint64 patientId, bool includeEnteredInError);
    Result<QList<VisitRevision>> visitHistory(qint64 visitId);

    Result<Measure> measure(qint64 id);
    Result<QList<Measure>> measures(qint64 patientId, bool includeEnteredInError);
    Result<QList<MeasureRevision>> measureHistory(qint64 measureId);
    // The activities an episode's first PSFS named (none yet: empty).
    Result<QList<PsfsActivity>> psfsActivities(qint64 patientId, std::optional<qint64> episodeId);

private:
    Workspace& m_workspace;
};

// Recording visits and measures, correcting them (a new revision with who and why), and
// marking them entered in error or reinstating them. Each call is one unit of work. `seen` is
// the record a change was made from (as a dialog showed it, or as an undo step left it); one
// that has changed since is a conflict, and nothing is written (VisitRepository,
// MeasureRepository).
class VisitEdits
{
public:
    explicit VisitEdits(Workspace& workspace);

    Result<qint64> addVisit(qint64 patientId, std::optional<qint64> episodeId,
                            const VisitRecord& record, const QString& who);
    Result<int> amendVisit(qint64 visitId, const VisitRecord& corrected, const QString& who,
                           const QString& reason, const Visit* seen = nullptr);
    Result<int> markVisitEnteredInError(qint64 visitId, const QString& who, const QString& reason,
                                        const Visit* seen = nullptr);
    Result<int> reinstateVisit(qint64 visitId, const QString& who, const QString& reason,
                               const Visit* seen = nullptr);

    Result<qint64> addMeasure(const MeasureInput& input, const QString& who);
    Result<int> amendMeasure(qint64 measureId, const QDate& takenOn, const MeasureAnswers& answers,
                             const QString& who, const QString& reason,
                             const Measure* seen = nullptr);
    Result<int> markMeasureEnteredInError(qint64 measureId, const QString& who,
                                          const QString& reason, const Measure* seen = nullptr);
    Result<int> reinstateMeasure(qint64 measureId, const QString& who, const QString& reason,
                                 const Measure* seen = nullptr);

private:
    Workspace& m_workspace;
};

} // namespace gradus
