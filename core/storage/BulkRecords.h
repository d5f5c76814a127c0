#pragma once

#include "model/Condition.h"
#include "model/Episode.h"
#include "model/Measure.h"
#include "model/Patient.h"
#include "model/Visit.h"
#include "storage/BulkInsert.h"
#include "util/Result.h"

#include <QDateTime>

namespace gradus {

class Database;

// New patients with their episodes, conditions, visits and measures, written many rows per
// statement inside the caller's unit of work (BulkInsert), with the same columns and values
// as the repositories write. The records are taken as valid: the caller made them (the demo
// clinic). The audit trail gets one entry per table, `what` and the id range
// (AuditTrail::recordBulk), not one per row. Nothing is announced; the caller announces a
// reset after its commit.
class BulkRecords
{
public:
    BulkRecords(Database& db, const QDateTime& now, QString what);

    // Call first, inside the unit of work: sets the per-row trail of these tables aside.
    Status start();

    Result<qint64> addPatient(const Patient& patient);
    Result<qint64> addEpisode(const Episode& episode);
    Result<qint64> addCondition(const Condition& condition);
    Result<qint64> addVisit(qint64 patientId, std::optional<qint64> episodeId,
                            const VisitRecord& record, const QString& recordedBy);
    // Scored here; a PSFS that names its activities (the first of an episode) stores them.
    Result<qint64> addMeasure(const MeasureInput& measure, const QString& recordedBy);
    // Sends what is still queued and records it in the trail; call before the unit of work
    // commits.
    Status finish();
    qint64 rowsWritten() const { return m_write.written(); }

private:
    Database& m_db;
    QString m_what;
    QString m_now;
    BulkWrite m_write;
    BulkInsert& m_patient;
    BulkInsert& m_episode;
    BulkInsert& m_condition;
    BulkInsert& m_visit;
    BulkInsert& m_visitRevision;
    BulkInsert& m_psfsActivity;
    BulkInsert& m_measure;
    BulkInsert& m_measureRevision;
};

} // namespace gradus
