#include "storage/EpisodeRepository.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "patients/EpisodeValidator.h"
#include "storage/ConflictReport.h"
#include "storage/RecordColumns.h"
#include "storage/RecordCount.h"
#include "storage/RecordValues.h"
#include "storage/VersionedRow.h"

namespace gradus {
namespace {

namespace V = RecordValues;

const auto log = &logging::module<"patients">;

VersionedTable episodeTable()
{
    return {QStringLiteral("episode"), StoreNotifier::Kind::Episode, "episode", *log()};
}

const QString kColumns = QStringLiteral(
    "id, patient_id, complaint, onset_date, opened_on, closed_on, created_at, updated_at, "
    "row_version");

Episode readEpisode(const QSqlQuery& q)
{
    Episode e;
    e.id = q.value(0).toLongLong();
    e.patientId = q.value(1).toLongLong();
    e.complaint = q.value(2).toString();
    e.onsetDate = V::toDate(q.value(3));
    e.openedOn = V::toDate(q.value(4));
    e.closedOn = V::toDate(q.value(5));
    e.createdAt = V::toStamp(q.value(6));
    e.updatedAt = V::toStamp(q.value(7));
    e.version = q.value(8).toInt();
    return e;
}

} // namespace

EpisodeRepository::EpisodeRepository(Workspace& workspace) : m_workspace(workspace) {}

Result<Episode> EpisodeRepository::get(qint64 id)
{
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT %1 FROM episode WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("episode.not_found"),
                     tr("There is no episode of care with id %1.").arg(id)};
    return readEpisode(*q);
}

Result<QList<Episode>> EpisodeRepository::forPatient(qint64 patientId)
{
    auto q = m_workspace.db().exec(QStringLiteral("SELECT %1 FROM episode WHERE patient_id = ? "
                                                  "ORDER BY opened_on DESC, id DESC")
                                       .arg(kColumns),
                                   {patientId});
    if (!q)
        return q.error();
    QList<Episode> list;
    while (q->next())
        list.append(readEpisode(*q));
    return list;
}

Result<std::optional<Episode>> EpisodeRepository::openEpisode(qint64 patientId)
{
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT %1 FROM episode WHERE patient_id = ? AND closed_on IS NULL "
                       "ORDER BY opened_on DESC, id DESC")
            .arg(kColumns),
        {patientId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Episode>();
    return std::optional<Episode>(readEpisode(*q));
}

Result<Episode> EpisodeRepository::ensureOpenEpisode(qint64 patientId, const QString& complaint)
{
    return m_workspace.db().write<Episode>([&]() -> Result<Episode> {
        if (auto st = m_workspace.db().lockRow(QStringLiteral("patient"), patientId); !st)
            return st.error();
        auto open = openEpisode(patientId);
        if (!open)
            return open.error();
        if (*open)
            return **open;
        Episode e;
        e.patientId = patientId;
        e.complaint = complaint.trimmed().isEmpty() ? tr("Complaint not yet recorded") : complaint;
        e.openedOn = m_workspace.clock().today();
        // Notices wait for this unit's commit, not for the inner add's.
        EpisodeRepository quiet(m_workspace);
        auto id = quiet.add(e);
        if (!id)
            return id.error();
        return get(*id);
    });
}

Status EpisodeRepository::checkBeforeWrite(const Episode& e)
{
    const FieldIssues issues = EpisodeValidator::check(e, m_workspace.clock().today());
    if (!issues.isEmpty())
        return invalidInput(QStringLiteral("episode.invalid"), issues);
    auto patient =
        m_workspace.db().exec(QStringLiteral("SELECT id FROM patient WHERE id = ?"), {e.patientId});
    if (!patient)
        return patient.error();
    if (!patient->next())
        return Error{QStringLiteral("patient.not_found"),
                     tr("There is no patient with id %1.").arg(e.patientId)};
    if (e.isOpen()) {
        auto other = m_workspace.db().exec(
            QStringLiteral("SELECT id, complaint, opened_on FROM episode "
                           "WHERE patient_id = ? AND closed_on IS NULL AND id <> ?"),
            {e.patientId, e.id});
        if (!other)
            return other.error();
        if (other->next())
            return Error{QStringLiteral("episode.already_open"),
                         tr("This patient already has an open episode (\"%1\", opened %2). "
                            "Close it before opening another.")
                             .arg(other->value(1).toString(), other->value(2).toString())};
    }
    return {};
}

Result<qint64> EpisodeRepository::insert(const Episode& input, bool keepId)
{
    Episode e = EpisodeValidator::normalized(input);
    if (!keepId)
        e.id = 0;
    Database& db = m_workspace.db();
    return versionedRow::add(db, episodeTable(), keepId, [&]() -> Result<qint64> {
        if (auto st = db.lockRow(QStringLiteral("patient"), e.patientId); !st)
            return st.error();
        if (auto st = checkBeforeWrite(e); !st)
            return st.error();
        const auto [created, now] =
            versionedRow::stamps(m_workspace.clock().now(), keepId, e.createdAt);
        return versionedRow::insert(db, QStringLiteral("episode"), RecordColumns::episode(),
                                    RecordColumns::episodeValues(e, created, now), e.id, e.version);
    });
}

Result<qint64> EpisodeRepository::add(const Episode& episode)
{
    return insert(episode, false);
}

Result<qint64> EpisodeRepository::reinsert(const Episode& episode)
{
    if (episode.id <= 0)
        return Error{QStringLiteral("episode.invalid"),
                     tr("Only a stored episode can be restored.")};
    return insert(episode, true);
}

Result<Episode> EpisodeRepository::update(const Episode& input)
{
    const Episode e = EpisodeValidator::normalized(input);
    Database& db = m_workspace.db();
    return versionedRow::update<Episode>(
        db, episodeTable(), e.id, e.version, tr("Episode %1").arg(e.id),
        [this](qint64 id) { return get(id); },
        [&](const Episode& stored, int basedOn) -> Status {
            if (stored.patientId != e.patientId)
                return Error{QStringLiteral("episode.invalid"),
                             tr("An episode cannot be moved to another patient.")};
            if (auto st = checkBeforeWrite(e); !st)
                return st;
            auto q =
                db.exec(QStringLiteral("UPDATE episode SET complaint = ?, onset_date = ?, "
                                       "opened_on = ?, closed_on = ?, updated_at = ?, "
                                       "row_version = row_version + 1 "
                                       "WHERE id = ? AND row_version = ?"),
                        {e.complaint, V::date(e.onsetDate), V::date(e.openedOn),
                         V::date(e.closedOn), V::stamp(m_workspace.clock().now()), e.id, basedOn});
            if (!q)
                return q.error();
            return {};
        });
}

Result<Episode> EpisodeRepository::close(qint64 id, const QDate& day)
{
    auto stored = get(id);
    if (!stored)
        return stored.error();
    if (!stored->isOpen())
        return Error{QStringLiteral("episode.closed"),
                     tr("This episode was already closed on %1.")
                         .arg(stored->closedOn.toString(Qt::ISODate))};
    Episode e = *stored;
    e.closedOn = day.isValid() ? day : m_workspace.clock().today();
    return update(e);
}

Status EpisodeRepository::remove(qint64 id)
{
    Database& db = m_workspace.db();
    return versionedRow::remove(
        db, episodeTable(), id, [this](qint64 i) { return get(i); },
        [&]() -> Status {
            if (auto q = db.exec(
                    QStringLiteral("DELETE FROM episode_condition WHERE episode_id = ?"), {id});
                !q)
                return q.error();
            if (auto q = db.exec(QStringLiteral("DELETE FROM episode WHERE id = ?"), {id}); !q)
                return Error{QStringLiteral("episode.remove"),
                             tr("The episode could not be removed, and nothing was changed: %1")
                                 .arg(q.error().message),
                             q.error().kind()};
            return {};
        });
}

Result<qint64> EpisodeRepository::recordsIn(qint64 id)
{
    return countReferring(m_workspace.db(), QStringLiteral("episode_id"),
                          {QStringLiteral("episode_condition"), QStringLiteral("visit"),
                           QStringLiteral("measure"), QStringLiteral("psfs_activity"),
                           QStringLiteral("programme")},
                          id);
}

QString RecordColumns::episode()
{
    return QStringLiteral(
        "patient_id, complaint, onset_date, opened_on, closed_on, created_at, updated_at");
}

QVariantList RecordColumns::episodeValues(const Episode& e, const QString& created,
                                          const QString& updated)
{
    return {
        e.patientId, e.complaint, V::date(e.onsetDate), V::date(e.openedOn), V::date(e.closedOn),
        created,     updated};
}

} // namespace gradus
