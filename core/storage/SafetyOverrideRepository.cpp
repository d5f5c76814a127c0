#include "storage/SafetyOverrideRepository.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "notify/StoreNotifier.h"
#include "storage/RecordValues.h"

namespace gradus {

namespace V = RecordValues;

SafetyOverrideRepository::SafetyOverrideRepository(Workspace& workspace) : m_workspace(workspace) {}

Result<qint64> SafetyOverrideRepository::insert(const SafetyOverride& entry, const QDateTime& at)
{
    return m_workspace.db().insert(
        QStringLiteral("INSERT INTO safety_override (programme_id, prescription_position, "
                       "prescription_id, exercise_id, rule_id, reason, recorded_by, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {entry.programmeId, entry.position,
         entry.prescriptionId ? QVariant(entry.prescriptionId)
                              : QVariant(QMetaType::fromType<qlonglong>()),
         entry.exerciseId, entry.ruleId, entry.reason.trimmed(), entry.recordedBy.trimmed(),
         V::stamp(at)});
}

Result<QList<SafetyOverride>> SafetyOverrideRepository::forProgramme(qint64 programmeId)
{
    // Versions of one lineage share `lineage`; `version` orders them. An override recorded on
    // a later version never shows on what the patient was given before it.
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT o.id, o.programme_id, o.prescription_position, o.prescription_id, "
                       "o.exercise_id, o.rule_id, o.reason, o.recorded_by, o.recorded_at "
                       "FROM safety_override o JOIN programme p ON p.id = o.programme_id "
                       "JOIN programme t ON t.lineage = p.lineage AND p.version <= t.version "
                       "WHERE t.id = ? ORDER BY p.version, o.prescription_position, o.id"),
        {programmeId});
    if (!q)
        return q.error();
    QList<SafetyOverride> list;
    while (q->next()) {
        SafetyOverride o;
        o.id = q->value(0).toLongLong();
        o.programmeId = q->value(1).toLongLong();
        o.position = q->value(2).toInt();
        o.prescriptionId = q->value(3).toLongLong();
        o.exerciseId = q->value(4).toLongLong();
        o.ruleId = q->value(5).toString();
        o.reason = q->value(6).toString();
        o.recordedBy = q->value(7).toString();
        o.recordedAt = V::toStamp(q->value(8));
        list.append(o);
    }
    return list;
}

Status SafetyOverrideRepository::remove(qint64 id)
{
    auto owner = m_workspace.db().exec(
        QStringLiteral("SELECT programme_id FROM safety_override WHERE id = ?"), {id});
    if (!owner)
        return owner.error();
    const qint64 programmeId = owner->next() ? owner->value(0).toLongLong() : 0;
    auto q =
        m_workspace.db().exec(QStringLiteral("DELETE FROM safety_override WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error{QStringLiteral("override.not_found"),
                     tr("There is no override with id %1.").arg(id)};
    logging::get("safety")->info("override {} removed", id);
    m_workspace.db().notify(StoreNotice::changed(StoreNotifier::Kind::Programme, programmeId));
    return {};
}

} // namespace gradus
