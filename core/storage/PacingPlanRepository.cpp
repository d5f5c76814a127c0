#include "storage/PacingPlanRepository.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "notify/StoreNotifier.h"
#include "programmes/DoseValidator.h"
#include "storage/FirstRow.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RecordValues.h"

namespace gradus {
namespace {

namespace V = RecordValues;

const auto logger = &logging::module<"pacing">;

const QString kPlanColumns = QStringLiteral(
    "id, patient_id, programme_lineage, exercise_id, unit, tolerance, baseline_percent, "
    "weekly_percent, goal, bouts, start_date, current_week, current_quota, status, created_at, "
    "created_by, row_version");

QString toleranceText(const QList<double>& attempts)
{
    QStringList parts;
    for (double a : attempts)
        parts << QString::number(a, 'g', 10);
    return parts.join(u',');
}

QList<double> toleranceFrom(const QString& text)
{
    QList<double> out;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts))
        out << part.toDouble();
    return out;
}

QVariant optionalId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

} // namespace

PacingPlanRepository::PacingPlanRepository(Workspace& workspace) : m_workspace(workspace) {}

Result<PacingPlanRepository::Place> PacingPlanRepository::placeOf(qint64 prescriptionId)
{
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT p.id, p.lineage, p.patient_id, r.exercise_id "
                       "FROM prescription r "
                       "JOIN programme_section s ON s.id = r.section_id "
                       "JOIN programme p ON p.id = s.programme_id WHERE r.id = ?"),
        {prescriptionId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("prescription.not_found"),
                     tr("There is no prescription %1.").arg(prescriptionId)};
    return Place{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                 q->value(3).toLongLong()};
}

Result<std::optional<qint64>> PacingPlanRepository::activeIn(qint64 lineage, qint64 exerciseId)
{
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT id FROM pacing_plan WHERE programme_lineage = ? "
                       "AND exercise_id = ? AND status = ?"),
        {lineage, exerciseId, pacingPlanStatus::key(PacingPlanStatus::Active)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<qint64> PacingPlanRepository::insert(const Place& place, const PlanParameters& p,
                                            int firstQuota, const QString& who)
{
    return m_workspace.db().insert(
        QStringLiteral("INSERT INTO pacing_plan (patient_id, programme_lineage, exercise_id, unit, "
                       "tolerance, baseline_percent, weekly_percent, goal, bouts, start_date, "
                       "current_week, current_quota, status, created_at, created_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {place.patientId, place.lineage, place.exerciseId, pacingUnit::key(p.unit),
         toleranceText(p.toleranceAttempts), p.baselinePercent, p.weeklyPercent, p.goal,
         p.boutsPerDay, V::date(p.start), 1, firstQuota,
         pacingPlanStatus::key(PacingPlanStatus::Active), V::stamp(m_workspace.clock().now()),
         who});
}

Result<QList<PacingPlanRecord>> PacingPlanRepository::select(const QString& where,
                                                             const QVariantList& binds)
{
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT %1 FROM pacing_plan WHERE %2 ORDER BY id").arg(kPlanColumns, where),
        binds);
    if (!q)
        return q.error();
    QList<PacingPlanRecord> out;
    while (q->next()) {
        PacingPlanRecord r;
        r.id = q->value(0).toLongLong();
        r.patientId = q->value(1).toLongLong();
        r.lineage = q->value(2).toLongLong();
        r.exerciseId = q->value(3).toLongLong();
        r.parameters.unit =
            pacingUnit::fromKey(q->value(4).toString()).value_or(PacingUnit::Minutes);
        r.parameters.toleranceAttempts = toleranceFrom(q->value(5).toString());
        r.parameters.baselinePercent = q->value(6).toInt();
        r.parameters.weeklyPercent = q->value(7).toInt();
        r.parameters.goal = q->value(8).toDouble();
        r.parameters.boutsPerDay = q->value(9).toInt();
        r.parameters.start = V::toDate(q->value(10));
        r.currentWeek = q->value(11).toInt();
        r.currentQuota = q->value(12).toInt();
        r.status =
            pacingPlanStatus::fromKey(q->value(13).toString()).value_or(PacingPlanStatus::Active);
        r.createdAt = V::toStamp(q->value(14));
        r.createdBy = q->value(15).toString();
        r.version = q->value(16).toInt();
        out << r;
    }
    return out;
}

Result<PacingPlanRecord> PacingPlanRepository::get(qint64 planId)
{
    return firstRow(select(QStringLiteral("id = ?"), {planId}), [planId] {
        return Error{QStringLiteral("pacing.not_found"),
                     tr("There is no pacing plan %1.").arg(planId)};
    });
}

Result<std::optional<PacingPlanRecord>> PacingPlanRepository::forPrescription(qint64 prescriptionId)
{
    auto place = placeOf(prescriptionId);
    if (!place)
        return place.error();
    auto list = select(
        QStringLiteral("programme_lineage = ? AND exercise_id = ? AND status = ?"),
        {place->lineage, place->exerciseId, pacingPlanStatus::key(PacingPlanStatus::Active)});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<PacingPlanRecord>();
    return std::optional<PacingPlanRecord>(list->last());
}

Result<QList<PacingPlanRecord>> PacingPlanRepository::forPatient(qint64 patientId,
                                                                 bool includeClosed)
{
    if (includeClosed)
        return select(QStringLiteral("patient_id = ?"), {patientId});
    return select(QStringLiteral("patient_id = ? AND status = ?"),
                  {patientId, pacingPlanStatus::key(PacingPlanStatus::Active)});
}

Status PacingPlanRepository::remove(qint64 planId)
{
    Database& db = m_workspace.db();
    Status written = db.write([&]() -> Status {
        // Held before the decisions are counted: a decision another desk is recording would
        // otherwise go with the plan (ON DELETE CASCADE) once it commits.
        if (auto st = db.lockRow(QStringLiteral("pacing_plan"), planId); !st)
            return st;
        auto plan = get(planId);
        if (!plan)
            return plan.error();
        auto decided = decisions(planId);
        if (!decided)
            return decided.error();
        if (!decided->isEmpty())
            return Error{QStringLiteral("pacing.decided"),
                         tr("Plan %1 has review decisions on record and is kept.").arg(planId)};
        auto q = db.exec(QStringLiteral("DELETE FROM pacing_plan WHERE id = ?"), {planId});
        if (!q)
            return q.error();
        return {};
    });
    if (!written)
        return written;
    logger()->info("removed plan {}", planId);
    m_workspace.db().notify(StoreNotice::reset(StoreNotifier::Kind::Prescription));
    return {};
}

Result<QList<PacingDecisionRecord>> PacingPlanRepository::decisions(qint64 planId)
{
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT id, plan_id, visit_id, proposed_outcome, proposed_quota, "
                       "proposed_week, rules, proposal, accepted, chosen_outcome, chosen_quota, "
                       "chosen_week, reason, from_week, from_quota, programme_id, decided_at, "
                       "decided_by FROM pacing_decision WHERE plan_id = ? ORDER BY id"),
        {planId});
    if (!q)
        return q.error();
    QList<PacingDecisionRecord> out;
    while (q->next()) {
        PacingDecisionRecord d;
        d.id = q->value(0).toLongLong();
        d.planId = q->value(1).toLongLong();
        if (!q->value(2).isNull())
            d.visitId = q->value(2).toLongLong();
        d.proposedOutcome =
            reviewOutcome::fromKey(q->value(3).toString()).value_or(ReviewOutcome::Hold);
        d.proposedQuota = V::toInteger(q->value(4));
        d.proposedWeek = V::toInteger(q->value(5));
        d.rules = q->value(6).toString().split(u',', Qt::SkipEmptyParts);
        d.proposal = q->value(7).toString();
        d.accepted = q->value(8).toInt() != 0;
        d.chosenOutcome =
            reviewOutcome::fromKey(q->value(9).toString()).value_or(ReviewOutcome::Hold);
        d.chosenQuota = V::toInteger(q->value(10));
        d.chosenWeek = V::toInteger(q->value(11));
        d.reason = q->value(12).toString();
        d.fromWeek = q->value(13).toInt();
        d.fromQuota = q->value(14).toInt();
        if (!q->value(15).isNull())
            d.programmeId = q->value(15).toLongLong();
        d.decidedAt = V::toStamp(q->value(16));
        d.decidedBy = q->value(17).toString();
        out << d;
    }
    return out;
}

Result<std::optional<PacingPlanRepository::Slot>>
PacingPlanRepository::currentSlot(const PacingPlanRecord& plan)
{
    // The newest active version; a lineage that was never activated has only its draft.
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT id, status FROM programme WHERE lineage = ? AND status IN (?, ?) "
                       "ORDER BY version DESC"),
        {plan.lineage, statusName(ProgrammeStatus::Active), statusName(ProgrammeStatus::Draft)});
    if (!q)
        return q.error();
    qint64 chosen = 0;
    while (q->next()) {
        const bool active = q->value(1).toString() == statusName(ProgrammeStatus::Active);
        if (active || chosen == 0)
            chosen = q->value(0).toLongLong();
        if (active)
            break;
    }
    if (chosen == 0)
        return std::optional<Slot>();
    auto programme = ProgrammeRepository(m_workspace).get(chosen);
    if (!programme)
        return programme.error();
    for (const ProgrammeSection& s : programme->sections)
        for (const Prescription& r : s.prescriptions)
            if (r.exerciseId == plan.exerciseId)
                return std::optional<Slot>(Slot{chosen, r});
    return std::optional<Slot>();
}

Result<qint64> PacingPlanRepository::insertDecision(const PacingDecisionRecord& d)
{
    return m_workspace.db().insert(
        QStringLiteral("INSERT INTO pacing_decision (plan_id, visit_id, proposed_outcome, "
                       "proposed_quota, proposed_week, rules, proposal, accepted, chosen_outcome, "
                       "chosen_quota, chosen_week, reason, from_week, from_quota, programme_id, "
                       "decided_at, decided_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {d.planId, optionalId(d.visitId), reviewOutcome::key(d.proposedOutcome),
         V::integer(d.proposedQuota), V::integer(d.proposedWeek), d.rules.join(u','), d.proposal,
         d.accepted ? 1 : 0, reviewOutcome::key(d.chosenOutcome), V::integer(d.chosenQuota),
         V::integer(d.chosenWeek), V::text(d.reason.trimmed()), d.fromWeek, d.fromQuota,
         optionalId(d.programmeId), V::stamp(d.decidedAt), d.decidedBy.trimmed()});
}

Status PacingPlanRepository::updatePosition(qint64 planId, int week, int quota,
                                            PacingPlanStatus status)
{
    auto q = m_workspace.db().exec(QStringLiteral("UPDATE pacing_plan SET current_week = ?, "
                                                  "current_quota = ?, status = ?, row_version = "
                                                  "row_version + 1 WHERE id = ?"),
                                   {week, quota, pacingPlanStatus::key(status), planId});
    if (!q)
        return q.error();
    return {};
}

} // namespace gradus
