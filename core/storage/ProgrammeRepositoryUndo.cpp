// ProgrammeRepository: the steps that take back a change (the builder's undo): removing a
// draft, putting it back with its id, and undoing an activation.
#include "storage/ProgrammeRepository.h"

#include "Workspace.h"
#include "programmes/DoseValidator.h"
#include "storage/ProgrammeRepositoryDetail.h"
#include "storage/RecordCount.h"

namespace gradus {

using namespace programme_detail;

Status ProgrammeRepository::removeDraft(qint64 id, const Programme* asLeft)
{
    Database& db = m_workspace.db();
    Status written = db.write([&]() -> Status {
        if (auto st = lockLineage(id); !st)
            return st.error();
        auto stored = readHeaders(QStringLiteral("id = ?"), {id});
        if (!stored)
            return stored.error();
        if (stored->isEmpty())
            return notFound(id);
        if (stored->first().status != ProgrammeStatus::Draft)
            return Error{QStringLiteral("programme.not_draft"),
                         tr("Programme %1 has been given to the patient and is kept.").arg(id)};
        if (asLeft) {
            if (auto st = checkUnchangedSince(id, *asLeft); !st)
                return st;
            auto uses = countReferring(
                db, QStringLiteral("programme_id"),
                {QStringLiteral("safety_override"), QStringLiteral("pacing_decision")}, id);
            if (!uses)
                return uses.error();
            if (*uses > 0)
                return Error{QStringLiteral("programme.in_use"),
                             tr("Programme %1 cannot be taken away: a reason to keep an exercise "
                                "or a review decision has been recorded on it since.")
                                 .arg(id),
                             ErrorKind::Refused};
        }
        if (auto st = writeContent(id, {}); !st)
            return st;
        auto del = db.exec(QStringLiteral("DELETE FROM programme WHERE id = ?"), {id});
        if (!del)
            return del.error();
        return {};
    });
    if (!written)
        return written;
    logger()->info("removed draft programme {}", id);
    m_workspace.db().notify(StoreNotice::removed(Kind::Programme, id));
    return {};
}

Status ProgrammeRepository::restoreDraft(const Programme& draft)
{
    if (auto st = DoseValidator::check(draft); !st)
        return st;
    Database& db = m_workspace.db();
    Status written = db.write([&]() -> Status {
        if (auto st = lockLineage(draft.previousVersionId); !st)
            return st.error();
        auto existing = readHeaders(QStringLiteral("id = ?"), {draft.id});
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            return Error{QStringLiteral("programme.exists"),
                         tr("Programme %1 is already there and cannot be put back.").arg(draft.id)};
        qint64 lineage = draft.id;
        if (draft.previousVersionId > 0) {
            auto all = versions(draft.previousVersionId);
            if (!all)
                return all.error();
            if (all->isEmpty() || all->last().id != draft.previousVersionId ||
                all->last().status == ProgrammeStatus::Draft)
                return Error{QStringLiteral("programme.changed"),
                             tr("Version %1 cannot be put back: the programme has been changed "
                                "since.")
                                 .arg(draft.version)};
            auto lineageQ = db.exec(QStringLiteral("SELECT lineage FROM programme WHERE id = ?"),
                                    {draft.previousVersionId});
            if (!lineageQ)
                return lineageQ.error();
            if (!lineageQ->next())
                return notFound(draft.previousVersionId);
            lineage = lineageQ->value(0).toLongLong();
        }
        if (auto st = checkExercises(draft); !st)
            return st;
        // The episode may have been deleted meanwhile (the link is ON DELETE SET NULL).
        qint64 episodeId = 0;
        if (draft.episodeId > 0) {
            auto ep =
                db.exec(QStringLiteral("SELECT id FROM episode WHERE id = ?"), {draft.episodeId});
            if (!ep)
                return ep.error();
            episodeId = ep->next() ? draft.episodeId : 0;
        }
        const QDateTime created =
            draft.createdAt.isValid() ? draft.createdAt : m_workspace.clock().now();
        auto ins =
            db.exec(QStringLiteral(
                        "INSERT INTO programme (id, patient_id, episode_id, lineage, name, goal, "
                        "start_date, review_date, status, version, previous_version_id, "
                        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {draft.id, draft.patientId, optionalId(episodeId), lineage,
                     draft.name.trimmed(), V::text(draft.goal), V::date(draft.startDate),
                     V::date(draft.reviewDate), statusName(ProgrammeStatus::Draft), draft.version,
                     optionalId(draft.previousVersionId), V::stamp(created)});
        if (!ins)
            return ins.error();
        if (auto st = writeContent(draft.id, draft.sections); !st)
            return st;
        return {};
    });
    if (!written)
        return written;
    logger()->info("restored draft programme {}", draft.id);
    m_workspace.db().notify(StoreNotice::added(Kind::Programme, draft.id));
    return {};
}

Status ProgrammeRepository::revertActivation(qint64 id, qint64 previousActiveId)
{
    Database& db = m_workspace.db();
    Status written = db.write([&]() -> Status {
        auto all = lockedVersions(id);
        if (!all)
            return all.error();
        const Programme& latest = all->last();
        const auto refused = [&] {
            return Error{QStringLiteral("programme.not_reversible"),
                         tr("The activation of programme %1 cannot be undone: the programme has "
                            "been changed since.")
                             .arg(id)};
        };
        if (latest.id != id || latest.status != ProgrammeStatus::Active)
            return refused();
        if (previousActiveId > 0) {
            bool found = false;
            for (const Programme& v : *all) {
                if (v.id != previousActiveId)
                    continue;
                found = v.status == ProgrammeStatus::Superseded && v.supersededAt.isValid() &&
                        latest.activatedAt.isValid() &&
                        V::stamp(v.supersededAt) == V::stamp(latest.activatedAt);
            }
            if (!found)
                return refused();
            auto upd =
                db.exec(QStringLiteral("UPDATE programme SET status = ?, superseded_at = NULL, "
                                       "row_version = row_version + 1 "
                                       "WHERE id = ?"),
                        {statusName(ProgrammeStatus::Active), previousActiveId});
            if (!upd)
                return upd.error();
        }
        auto upd = db.exec(
            QStringLiteral("UPDATE programme SET status = ?, activated_at = NULL, row_version "
                           "= row_version + 1 WHERE id = ?"),
            {statusName(ProgrammeStatus::Draft), id});
        if (!upd)
            return upd.error();
        return {};
    });
    if (!written)
        return written;
    logger()->info("activation of programme {} undone (reactivated {})", id, previousActiveId);
    if (previousActiveId > 0)
        m_workspace.db().notify(StoreNotice::changed(Kind::Programme, previousActiveId));
    m_workspace.db().notify(StoreNotice::changed(Kind::Programme, id));
    return {};
}

} // namespace gradus
