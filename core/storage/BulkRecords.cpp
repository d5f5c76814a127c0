#include "storage/BulkRecords.h"

#include "outcomes/OutcomeScoring.h"
#include "storage/AuditTrail.h"
#include "storage/RecordColumns.h"
#include "storage/RecordValues.h"

namespace gradus {
namespace V = RecordValues;
namespace {

QStringList columns(const QString& list)
{
    return list.split(QStringLiteral(", "));
}

QVariant optionalId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

const QVariant kNoText{QMetaType::fromType<QString>()};

} // namespace

BulkRecords::BulkRecords(Database& db, const QDateTime& now, QString what)
    : m_db(db), m_what(std::move(what)), m_now(V::stamp(now)), m_write(db),
      m_patient(m_write.table(QStringLiteral("patient"), columns(RecordColumns::patient()))),
      m_episode(m_write.table(QStringLiteral("episode"), columns(RecordColumns::episode()))),
      m_condition(
          m_write.table(QStringLiteral("episode_condition"), columns(RecordColumns::condition()))),
      m_visit(m_write.table(QStringLiteral("visit"),
                            columns(QStringLiteral("patient_id, episode_id, created_at, "
                                                   "created_by")))),
      m_visitRevision(m_write.table(
          QStringLiteral("visit_revision"),
          columns(QStringLiteral("visit_id, revision, ") + RecordColumns::visit() +
                  QStringLiteral(", entered_in_error, recorded_at, recorded_by, reason")))),
      m_psfsActivity(m_write.table(QStringLiteral("psfs_activity"),
                                   columns(QStringLiteral("patient_id, episode_id, position, "
                                                          "name, created_at, created_by")))),
      m_measure(m_write.table(QStringLiteral("measure"),
                              columns(QStringLiteral("patient_id, episode_id, visit_id, "
                                                     "instrument, created_at, created_by")))),
      m_measureRevision(m_write.table(
          QStringLiteral("measure_revision"),
          columns(QStringLiteral("measure_id, revision, taken_on, answers, score, subscale, "
                                 "band, entered_in_error, recorded_at, recorded_by, reason"))))
{
}

Status BulkRecords::start()
{
    return AuditTrail::suspendInserts(m_db, m_write.tables());
}

Status BulkRecords::finish()
{
    if (auto st = m_write.flush(); !st)
        return st;
    QList<AuditTrail::BulkRows> written;
    for (const auto& insert : m_write.inserts())
        written.append({insert->table(), insert->written(), insert->firstId(), insert->lastId()});
    return AuditTrail::recordBulk(m_db, written, m_what);
}

Result<qint64> BulkRecords::addPatient(const Patient& p)
{
    return m_write.add(m_patient, RecordColumns::patientValues(p, m_now, m_now));
}

Result<qint64> BulkRecords::addEpisode(const Episode& e)
{
    return m_write.add(m_episode, RecordColumns::episodeValues(e, m_now, m_now));
}

Result<qint64> BulkRecords::addCondition(const Condition& c)
{
    return m_write.add(m_condition, RecordColumns::conditionValues(c, m_now, m_now));
}

Result<qint64> BulkRecords::addVisit(qint64 patientId, std::optional<qint64> episodeId,
                                     const VisitRecord& record, const QString& recordedBy)
{
    auto id = m_write.add(m_visit, {patientId, optionalId(episodeId), m_now, recordedBy});
    if (!id)
        return id;
    QVariantList values{*id, 1};
    values << RecordColumns::visitValues(record) << 0 << m_now << recordedBy << kNoText;
    if (auto rev = m_write.add(m_visitRevision, values); !rev)
        return rev.error();
    return id;
}

Result<qint64> BulkRecords::addMeasure(const MeasureInput& m, const QString& recordedBy)
{
    auto score = OutcomeScoring::score(m.instrument, m.answers);
    if (!score)
        return score.error();
    for (int i = 0; i < m.psfsActivities.size(); ++i)
        if (auto a = m_write.add(m_psfsActivity, {m.patientId, optionalId(m.episodeId), i + 1,
                                                  m.psfsActivities.at(i), m_now, recordedBy});
            !a)
            return a.error();
    auto id = m_write.add(m_measure, {m.patientId, optionalId(m.episodeId), optionalId(m.visitId),
                                      Instruments::code(m.instrument), m_now, recordedBy});
    if (!id)
        return id;
    QVariantList values{*id, 1, m.takenOn.toString(Qt::ISODate),
                        OutcomeScoring::formatAnswers(m.answers)};
    values << RecordColumns::scoreValues(*score) << 0 << m_now << recordedBy << kNoText;
    if (auto rev = m_write.add(m_measureRevision, values); !rev)
        return rev.error();
    return id;
}

} // namespace gradus
