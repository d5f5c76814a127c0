#include "services/VisitRecords.h"

#include "storage/MeasureRepository.h"
#include "storage/VisitRepository.h"

namespace gradus {

VisitRecords::VisitRecords(Workspace& workspace) : m_workspace(workspace) {}

Result<Visit> VisitRecords::visit(qint64 id)
{
    return VisitRepository(m_workspace).find(id);
}

Result<QList<Visit>> VisitRecords::visits(qint64 patientId, bool includeEnteredInError)
{
    return VisitRepository(m_workspace).listForPatient(patientId, includeEnteredInError);
}

Result<QList<VisitRevision>> VisitRecords::visitHistory(qint64 visitId)
{
    return VisitRepository(m_workspace).history(visitId);
}

Result<Measure> VisitRecords::measure(qint64 id)
{
    return MeasureRepository(m_workspace).find(id);
}

Result<QList<Measure>> VisitRecords::measures(qint64 patientId, bool includeEnteredInError)
{
    return MeasureRepository(m_workspace)
        .listForPatient(patientId, std::nullopt, includeEnteredInError);
}

Result<QList<MeasureRevision>> VisitRecords::measureHistory(qint64 measureId)
{
    return MeasureRepository(m_workspace).history(measureId);
}

Result<QList<PsfsActivity>> VisitRecords::psfsActivities(qint64 patientId,
                                                         std::optional<qint64> episodeId)
{
    return MeasureRepository(m_workspace).psfsActivities(patientId, episodeId);
}

VisitEdits::VisitEdits(Workspace& workspace) : m_workspace(workspace) {}

Result<qint64> VisitEdits::addVisit(qint64 patientId, std::optional<qint64> episodeId,
                                    const VisitRecord& record, const QString& who)
{
    return VisitRepository(m_workspace).add(patientId, episodeId, record, who);
}

Result<int> VisitEdits::amendVisit(qint64 visitId, const VisitRecord& corrected, const QString& who,
                                   const QString& reason, const Visit* seen)
{
    return VisitRepository(m_workspace).amend(visitId, corrected, who, reason, seen);
}

Result<int> VisitEdits::markVisitEnteredInError(qint64 visitId, const QString& who,
                                                const QString& reason, const Visit* seen)
{
    return VisitRepository(m_workspace).markEnteredInError(visitId, who, reason, seen);
}

Result<int> VisitEdits::reinstateVisit(qint64 visitId, const QString& who, const QString& reason,
                                       const Visit* seen)
{
    return VisitRepository(m_workspace).reinstate(visitId, who, reason, seen);
}

Result<qint64> VisitEdits::addMeasure(const MeasureInput& input, const QString& who)
{
    return MeasureRepository(m_workspace).add(input, who);
}

Result<int> VisitEdits::amendMeasure(qint64 measureId, const QDate& takenOn,
                                     const MeasureAnswers& answers, const QString& who,
                                     const QString& reason, const Measure* seen)
{
    return MeasureRepository(m_workspace).amend(measureId, takenOn, answers, who, reason, seen);
}

Result<int> VisitEdits::markMeasureEnteredInError(qint64 measureId, const QString& who,
                                                  const QString& reason, const Measure* seen)
{
    return MeasureRepository(m_workspace).markEnteredInError(measureId, who, reason, seen);
}

Result<int> VisitEdits::reinstateMeasure(qint64 measureId, const QString& who,
                                         const QString& reason, const Measure* seen)
{
    return MeasureRepository(m_workspace).reinstate(measureId, who, reason, seen);
}

} // namespace gradus
