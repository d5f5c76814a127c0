#include "storage/ConditionRepository.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "patients/ConditionCatalog.h"
#include "patients/EpisodeValidator.h"
#include "storage/ConflictReport.h"
#include "storage/FirstRow.h"
#include "storage/RecordColumns.h"
#include "storage/RecordValues.h"
#include "storage/VersionedRow.h"

namespace gradus {
namespace {

namespace V = RecordValues;

const auto log = &logging::module<"patients">;

VersionedTable conditionTable()
{
    return {QStringLiteral("episode_condition"), StoreNotifier::Kind::Condition, "condition",
            *log()};
}

const QString kColumns =
    QStringLiteral("c.id, c.episode_id, c.code, c.side, c.amount, c.onset_date, c.status, c.note, "
                   "c.created_at, c.updated_at, c.row_version");

Condition readCondition(const QSqlQuery& q)
{
    Condition c;
    c.id = q.value(0).toLongLong();
    c.episodeId = q.value(1).toLongLong();
    c.code = q.value(2).toString();
    c.side = Condition::sideFromCode(q.value(3).toString()).value_or(Condition::Side::None);
    c.amount = V::toInteger(q.value(4));
    c.onsetDate = V::toDate(q.value(5));
    c.status = Condition::statusFromCode(q.value(6).toString()).value_or(Condition::Status::Active);
    c.note = q.value(7).toString();
    c.createdAt = V::toStamp(q.value(8));
    c.updatedAt = V::toStamp(q.value(9));
    c.version = q.value(10).toInt();
    return c;
}

} // namespace

ConditionRepository::ConditionRepository(Workspace& workspace) : m_workspace(workspace) {}

Result<QList<Condition>> ConditionRepository::select(const QString& where,
                                                     const QVariantList& binds)
{
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT %1 FROM episode_condition c %2 "
                       "ORDER BY CASE WHEN c.status = 'active' THEN 0 ELSE 1 END, "
                       // Unknown onsets last on both backends (their NULL order differs).
                       "CASE WHEN c.onset_date IS NULL THEN 1 ELSE 0 END, "
                       "c.onset_date DESC, c.id")
            .arg(kColumns, where),
        binds);
    if (!q)
        return q.error();
    QList<Condition> list;
    while (q->next())
        list.append(readCondition(*q));
    return list;
}

Result<Condition> ConditionRepository::get(qint64 id)
{
    return firstRow(select(QStringLiteral("WHERE c.id = ?"), {id}), [id] {
        return Error{QStringLiteral("condition.not_found"),
                     tr("There is no condition with id %1.").arg(id)};
    });
}

Result<QList<Condition>> ConditionRepository::forEpisode(qint64 episodeId)
{
    return select(QStringLiteral("WHERE c.episode_id = ?"), {episodeId});
}

Result<QList<Condition>> ConditionRepository::active(qint64 episodeId)
{
    return select(QStringLiteral("WHERE c.episode_id = ? AND c.status = 'active'"), {episodeId});
}

Result<QList<Condition>> ConditionRepository::activeForPatient(qint64 patientId)
{
    return select(QStringLiteral("JOIN episode e ON e.id = c.episode_id "
                                 "WHERE e.patient_id = ? AND e.closed_on IS NULL "
                                 "AND c.status = 'active'"),
                  {patientId});
}

Status ConditionRepository::checkBeforeWrite(const Condition& c)
{
    const ConditionCatalog& catalog = ConditionCatalog::builtIn();
    const FieldIssues issues = EpisodeValidator::check(c, catalog, m_workspace.clock().today());
    if (!issues.isEmpty())
        return invalidInput(QStringLiteral("condition.invalid"), issues);
    auto episode =
        m_workspace.db().exec(QStringLiteral("SELECT id FROM episode WHERE id = ?"), {c.episodeId});
    if (!episode)
        return episode.error();
    if (!episode->next())
        return Error{QStringLiteral("episode.not_found"),
                     tr("There is no episode of care with id %1.").arg(c.episodeId)};
    if (c.isActive()) {
        // The same finding twice is almost always a double entry; a different side is a
        // different finding (sciatica left, later right).
        auto twin = m_workspace.db().exec(
            QStringLiteral("SELECT id FROM episode_condition WHERE episode_id = ? AND code = ? "
                           "AND COALESCE(side, '') = ? AND status = 'active' AND id <> ?"),
            {c.episodeId, c.code, Condition::sideCode(c.side), c.id});
        if (!twin)
            return twin.error();
        if (twin->next()) {
            QString what = catalog.displayName(c.code);
            if (c.side != Condition::Side::None)
                what += QStringLiteral(" (%1)").arg(Condition::sideDisplayName(c.side).toLower());
            return Error{QStringLiteral("condition.duplicate"),
                         tr("%1 is already an active part of this episode's profile.").arg(what)};
        }
    }
    return {};
}

Result<qint64> ConditionRepository::insert(const Condition& input, bool keepId)
{
    Condition c = EpisodeValidator::normalized(input);
    if (!keepId)
        c.id = 0;
    Database& db = m_workspace.db();
    return versionedRow::add(db, conditionTable(), keepId, [&]() -> Result<qint64> {
        if (auto st = db.lockRow(QStringLiteral("episode"), c.episodeId); !st)
            return st.error();
        if (auto st = checkBeforeWrite(c); !st)
            return st.error();
        const auto [created, now] =
            versionedRow::stamps(m_workspace.clock().now(), keepId, c.createdAt);
        return versionedRow::insert(
            db, QStringLiteral("episode_condition"), RecordColumns::condition(),
            RecordColumns::conditionValues(c, created, now), c.id, c.version);
    });
}

Result<qint64> ConditionRepository::add(const Condition& condition)
{
    return insert(condition, false);
}

Result<qint64> ConditionRepository::reinsert(const Condition& condition)
{
    if (condition.id <= 0)
        return Error{QStringLiteral("condition.invalid"),
                     tr("Only a stored condition can be restored.")};
    return insert(condition, true);
}

Result<Condition> ConditionRepository::update(const Condition& input)
{
    const Condition c = EpisodeValidator::normalized(input);
    Database& db = m_workspace.db();
    return versionedRow::update<Condition>(
        db, conditionTable(), c.id, c.version, tr("Condition %1").arg(c.id),
        [this](qint64 id) { return get(id); },
        [&](const Condition& stored, int basedOn) -> Status {
            if (stored.episodeId != c.episodeId)
                return Error{QStringLiteral("condition.invalid"),
                             tr("A condition cannot be moved to another episode.")};
            if (auto st = checkBeforeWrite(c); !st)
                return st;
            auto q = db.exec(
                QStringLiteral("UPDATE episode_condition SET code = ?, side = ?, amount = ?, "
                               "onset_date = ?, status = ?, note = ?, updated_at = ?, "
                               "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                {c.code, V::text(Condition::sideCode(c.side)), V::integer(c.amount),
                 V::date(c.onsetDate), Condition::statusCode(c.status), V::text(c.note),
                 V::stamp(m_workspace.clock().now()), c.id, basedOn});
            if (!q)
                return q.error();
            return {};
        });
}

Status ConditionRepository::remove(qint64 id)
{
    Database& db = m_workspace.db();
    return versionedRow::remove(
        db, conditionTable(), id, [this](qint64 i) { return get(i); },
        [&]() -> Status {
            if (auto q =
                    db.exec(QStringLiteral("DELETE FROM episode_condition WHERE id = ?"), {id});
                !q)
                return q.error();
            return {};
        });
}

QString RecordColumns::condition()
{
    return QStringLiteral(
        "episode_id, code, side, amount, onset_date, status, note, created_at, updated_at");
}

QVariantList RecordColumns::conditionValues(const Condition& c, const QString& created,
                                            const QString& updated)
{
    return {c.episodeId,
            c.code,
            V::text(Condition::sideCode(c.side)),
            V::integer(c.amount),
            V::date(c.onsetDate),
            Condition::statusCode(c.status),
            V::text(c.note),
            created,
            updated};
}

} // namespace gradus
