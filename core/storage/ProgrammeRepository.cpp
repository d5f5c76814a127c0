#include "storage/ProgrammeRepository.h"

#include "Workspace.h"
#include "i18n/InSentence.h"
#include "programmes/DoseValidator.h"
#include "programmes/ProgrammeContent.h"
#include "services/ActivationGate.h"
#include "storage/ConflictReport.h"
#include "storage/EpisodeRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepositoryDetail.h"
#include "storage/RecordValues.h"

#include <QHash>
#include <QSet>

namespace gradus {
namespace {

using namespace programme_detail;

const QString kHeaderColumns = QStringLiteral(
    "id, patient_id, episode_id, name, goal, start_date, review_date, status, version, "
    "previous_version_id, created_at, activated_at, superseded_at, lineage, row_version");

Programme header(const QSqlQuery& q)
{
    Programme p;
    p.id = q.value(0).toLongLong();
    p.patientId = q.value(1).toLongLong();
    p.episodeId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    p.name = q.value(3).toString();
    p.goal = q.value(4).toString();
    p.startDate = V::toDate(q.value(5));
    p.reviewDate = V::toDate(q.value(6));
    p.status = statusFromName(q.value(7).toString()).value_or(ProgrammeStatus::Draft);
    p.version = q.value(8).toInt();
    p.previousVersionId = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
    p.createdAt = V::toStamp(q.value(10));
    p.rowVersion = q.value(14).toInt();
    if (!q.value(11).isNull())
        p.activatedAt = V::toStamp(q.value(11));
    if (!q.value(12).isNull())
        p.supersededAt = V::toStamp(q.value(12));
    return p;
}

// The end of `day` in clinic (local) time as a stored UTC stamp: ISO stamps compare as text.
QString dayAfter(const QDate& day)
{
    return V::stamp(QDateTime(day.addDays(1), QTime(0, 0)));
}

} // namespace

ProgrammeRepository::ProgrammeRepository(Workspace& workspace) : m_workspace(workspace) {}

Status ProgrammeRepository::checkExercises(const Programme& programme)
{
    // What a dose needs to know about its exercise: whether it exists and which dose types fit.
    QHash<qint64, Exercise> known;
    for (const ProgrammeSection& section : programme.sections) {
        for (qsizetype i = 0; i < section.prescriptions.size(); ++i) {
            const Prescription& p = section.prescriptions.at(i);
            if (!known.contains(p.exerciseId)) {
                auto q = m_workspace.db().exec(
                    QStringLiteral("SELECT name, category, dose_type, dose_types FROM exercise "
                                   "WHERE id = ?"),
                    {p.exerciseId});
                if (!q)
                    return q.error();
                if (!q->next())
                    return Error{QStringLiteral("exercise.not_found"),
                                 tr("There is no exercise with id %1.").arg(p.exerciseId)};
                Exercise e;
                e.id = p.exerciseId;
                e.name = q->value(0).toString();
                e.category = enumFromName<ExerciseCategory>(q->value(1).toString())
                                 .value_or(ExerciseCategory::Mobility);
                e.dose.type =
                    enumFromName<DoseType>(q->value(2).toString()).value_or(DoseType::Repetitions);
                for (const QString& name : q->value(3).toString().split(u',', Qt::SkipEmptyParts))
                    if (const auto t = enumFromName<DoseType>(name))
                        e.doseTypes.append(*t);
                known.insert(p.exerciseId, e);
            }
            if (auto st = DoseValidator::check(p.dose, known.value(p.exerciseId)); !st) {
                Error e = st.error();
                e.message =
                    tr("Section \"%1\", item %2: %3").arg(section.name).arg(i + 1).arg(e.message);
                return e;
            }
        }
    }
    return {};
}

Result<qint64> ProgrammeRepository::create(const Programme& programme)
{
    if (auto st = DoseValidator::check(programme); !st)
        return st.error();
    Database& db = m_workspace.db();
    auto created = db.write<qint64>([&]() -> Result<qint64> {
        // On a copy: a retried unit starts again from what the caller gave.
        Programme draft = programme;
        auto patient =
            db.exec(QStringLiteral("SELECT id FROM patient WHERE id = ?"), {draft.patientId});
        if (!patient)
            return patient.error();
        if (!patient->next())
            return Error{QStringLiteral("patient.not_found"),
                         tr("There is no patient with id %1.").arg(draft.patientId)};
        if (draft.episodeId <= 0) {
            // Opened inside our transaction, so a programme that fails to save leaves no new
            // episode behind.
            auto episode = EpisodeRepository(m_workspace).ensureOpenEpisode(draft.patientId);
            if (!episode)
                return episode.error();
            draft.episodeId = episode->id;
        }
        if (auto st = checkExercises(draft); !st)
            return st.error();
        draft.status = ProgrammeStatus::Draft;
        draft.version = 1;
        draft.previousVersionId = 0;
        return insertVersion(draft, 0);
    });
    if (!created)
        return created.error();
    logger()->info("created programme {} for patient {}", *created, programme.patientId);
    m_workspace.db().notify(StoreNotice::added(Kind::Programme, *created));
    return created;
}

Result<qint64> ProgrammeRepository::lineageOf(qint64 id)
{
    auto q =
        m_workspace.db().exec(QStringLiteral("SELECT lineage FROM programme WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("programme.not_found"),
                     tr("There is no programme with id %1.").arg(id)};
    return q->value(0).toLongLong();
}

Status ProgrammeRepository::lockLineage(qint64 programmeId)
{
    return m_workspace.db().holdRows(
        QStringLiteral("SELECT id FROM programme WHERE id = (SELECT lineage FROM programme WHERE "
                       "id = ?) FOR UPDATE"),
        {programmeId});
}

Status ProgrammeRepository::holdExercisesOf(qint64 programmeId)
{
    return m_workspace.db().holdRows(
        QStringLiteral("SELECT e.id FROM exercise e JOIN prescription p ON p.exercise_id = e.id "
                       "JOIN programme_section s ON s.id = p.section_id WHERE s.programme_id = ? "
                       "ORDER BY e.id FOR SHARE OF e"),
        {programmeId});
}

Result<qint64> ProgrammeRepository::insertVersion(const Programme& p, qint64 lineage)
{
    Database& db = m_workspace.db();
    // A first version is its own lineage: insert with a placeholder, then point it at itself.
    auto id = db.insert(
        QStringLiteral("INSERT INTO programme (patient_id, episode_id, lineage, name, goal, "
                       "start_date, review_date, status, version, previous_version_id, "
                       "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {p.patientId, optionalId(p.episodeId), lineage, p.name.trimmed(), V::text(p.goal),
         V::date(p.startDate), V::date(p.reviewDate), statusName(ProgrammeStatus::Draft), p.version,
         optionalId(p.previousVersionId), V::stamp(m_workspace.clock().now()),
         m_workspace.db().author()});
    if (!id)
        return id;
    if (lineage == 0) {
        auto st =
            db.exec(QStringLiteral("UPDATE programme SET lineage = ? WHERE id = ?"), {*id, *id});
        if (!st)
            return st.error();
    }
    if (auto st = writeContent(*id, p.sections); !st)
        return st.error();
    return id;
}

Status ProgrammeRepository::writeContent(qint64 programmeId,
                                         const QList<ProgrammeSection>& sections)
{
    Database& db = m_workspace.db();
    // Prescriptions go with their sections (ON DELETE CASCADE is not relied on: SQLite only
    // cascades with foreign keys enabled, so delete explicitly).
    auto del = db.exec(QStringLiteral("DELETE FROM prescription WHERE section_id IN "
                                      "(SELECT id FROM programme_section WHERE programme_id = ?)"),
                       {programmeId});
    if (!del)
        return del.error();
    del = db.exec(QStringLiteral("DELETE FROM programme_section WHERE programme_id = ?"),
                  {programmeId});
    if (!del)
        return del.error();
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const ProgrammeSection& section = sections.at(s);
        auto sectionId =
            db.insert(QStringLiteral("INSERT INTO programme_section "
                                     "(programme_id, position, name) VALUES (?, ?, ?)"),
                      {programmeId, int(s), section.name.trimmed()});
        if (!sectionId)
            return sectionId.error();
        for (qsizetype i = 0; i < section.prescriptions.size(); ++i) {
            const Prescription& p = section.prescriptions.at(i);
            const Dose& d = p.dose;
            auto row = db.insert(
                QStringLiteral(
                    "INSERT INTO prescription (section_id, position, exercise_id, dose_type, "
                    "sets, reps, hold_seconds, minutes, metres, per_side, per_day, "
                    "days_per_week, rest_seconds, side, load, tempo, patient_note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {*sectionId, int(i), p.exerciseId, enumName(d.type), d.sets, d.reps, d.holdSeconds,
                 d.minutes, d.metres, d.perSide ? 1 : 0, d.timesPerDay, d.daysPerWeek,
                 p.restSeconds, sideName(p.side), V::text(p.load), V::text(p.tempo),
                 V::text(p.patientNote)});
            if (!row)
                return row.error();
        }
    }
    return {};
}

Result<QList<ProgrammeSection>> ProgrammeRepository::readContent(qint64 programmeId)
{
    Database& db = m_workspace.db();
    auto q =
        db.exec(QStringLiteral(
                    "SELECT s.id, s.name, p.id, p.exercise_id, p.dose_type, p.sets, p.reps, "
                    "p.hold_seconds, p.minutes, p.metres, p.per_side, p.per_day, p.days_per_week, "
                    "p.rest_seconds, p.side, p.load, p.tempo, p.patient_note "
                    "FROM programme_section s LEFT JOIN prescription p ON p.section_id = s.id "
                    "WHERE s.programme_id = ? ORDER BY s.position, p.position"),
                {programmeId});
    if (!q)
        return q.error();
    QList<ProgrammeSection> sections;
    qint64 currentSection = 0;
    while (q->next()) {
        const qint64 sectionId = q->value(0).toLongLong();
        if (sections.isEmpty() || sectionId != currentSection) {
            sections.append(ProgrammeSection{q->value(1).toString(), {}});
            currentSection = sectionId;
        }
        if (q->value(2).isNull())
            continue; // an empty section
        Prescription p;
        p.id = q->value(2).toLongLong();
        p.exerciseId = q->value(3).toLongLong();
        p.dose.type =
            enumFromName<DoseType>(q->value(4).toString()).value_or(DoseType::Repetitions);
        p.dose.sets = q->value(5).toInt();
        p.dose.reps = q->value(6).toInt();
        p.dose.holdSeconds = q->value(7).toInt();
        p.dose.minutes = q->value(8).toInt();
        p.dose.metres = q->value(9).toInt();
        p.dose.perSide = q->value(10).toInt() != 0;
        p.dose.timesPerDay = q->value(11).toInt();
        p.dose.daysPerWeek = q->value(12).toInt();
        p.restSeconds = q->value(13).toInt();
        p.side = sideFromName(q->value(14).toString()).value_or(PrescribedSide::NotApplicable);
        p.load = q->value(15).toString();
        p.tempo = q->value(16).toString();
        p.patientNote = q->value(17).toString();
        sections.last().prescriptions.append(p);
    }
    return sections;
}

Result<QList<Programme>> ProgrammeRepository::readHeaders(const QString& where,
                                                          const QVariantList& binds)
{
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT %1 FROM programme WHERE %2").arg(kHeaderColumns, where), binds);
    if (!q)
        return q.error();
    QList<Programme> list;
    while (q->next())
        list.append(header(*q));
    return list;
}

Result<Programme> ProgrammeRepository::get(qint64 id)
{
    auto list = readHeaders(QStringLiteral("id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return notFound(id);
    Programme p = list->first();
    auto content = readContent(id);
    if (!content)
        return content.error();
    p.sections = *content;
    return p;
}

Result<QList<Programme>> ProgrammeRepository::forPatient(qint64 patientId)
{
    return readHeaders(QStringLiteral("patient_id = ? AND version = (SELECT MAX(v.version) "
                                      "FROM programme v WHERE v.lineage = programme.lineage) "
                                      "ORDER BY created_at DESC, id DESC"),
                       {patientId});
}

Result<QList<Programme>> ProgrammeRepository::lockedVersions(qint64 programmeId)
{
    if (auto st = lockLineage(programmeId); !st)
        return st.error();
    auto all = versions(programmeId);
    if (all && all->isEmpty())
        return notFound(programmeId);
    return all;
}

Result<QList<Programme>> ProgrammeRepository::versions(qint64 id)
{
    return readHeaders(
        QStringLiteral("lineage = (SELECT l.lineage FROM programme l WHERE l.id = ?) "
                       "ORDER BY version"),
        {id});
}

Result<std::optional<Programme>> ProgrammeRepository::activeOn(qint64 patientId, const QDate& day)
{
    const QString after = dayAfter(day);
    auto list = readHeaders(
        QStringLiteral("patient_id = ? AND activated_at IS NOT NULL AND activated_at < ? "
                       "AND (superseded_at IS NULL OR superseded_at >= ?) "
                       "ORDER BY activated_at DESC, id DESC"),
        {patientId, after, after});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Programme>();
    auto full = get(list->first().id);
    if (!full)
        return full.error();
    return std::optional<Programme>(*full);
}

Status ProgrammeRepository::saveDraft(const Programme& programme, const Programme* basedOn)
{
    if (auto st = DoseValidator::check(programme); !st)
        return st;
    Database& db = m_workspace.db();
    Status written = db.write([&]() -> Status {
        if (auto st = lockLineage(programme.id); !st)
            return st.error();
        auto stored = readHeaders(QStringLiteral("id = ?"), {programme.id});
        if (!stored)
            return stored.error();
        if (stored->isEmpty())
            return notFound(programme.id);
        if (stored->first().status != ProgrammeStatus::Draft)
            return Error{
                QStringLiteral("programme.not_draft"),
                tr("Programme %1 (version %2) is %3 and cannot be changed; changes go into "
                   "a new version.")
                    .arg(programme.id)
                    .arg(stored->first().version)
                    .arg(InSentence::programmeStatus(stored->first().status))};
        if (basedOn)
            if (auto st = checkUnchangedSince(programme.id, *basedOn); !st)
                return st;
        if (auto st = checkExercises(programme); !st)
            return st;
        auto upd =
            db.exec(QStringLiteral("UPDATE programme SET name = ?, goal = ?, start_date = ?, "
                                   "review_date = ?, row_version = row_version + 1 WHERE id = ?"),
                    {programme.name.trimmed(), V::text(programme.goal),
                     V::date(programme.startDate), V::date(programme.reviewDate), programme.id});
        if (!upd)
            return upd.error();
        if (auto st = writeContent(programme.id, programme.sections); !st)
            return st;
        return {};
    });
    if (!written)
        return written;
    logger()->info("saved draft programme {}", programme.id);
    m_workspace.db().notify(StoreNotice::changed(Kind::Programme, programme.id));
    m_workspace.db().notify(StoreNotice::reset(Kind::Prescription));
    return {};
}

Status ProgrammeRepository::checkUnchangedSince(qint64 id, const Programme& seen)
{
    auto current = get(id);
    if (!current)
        return current.error();
    if (sameContent(*current, seen))
        return {};
    return ConflictReport::make(m_workspace.db(), QStringLiteral("programme"), id,
                                tr("Programme %1").arg(id), seen.rowVersion, current->rowVersion);
}

Result<Programme> ProgrammeRepository::draftFor(qint64 id)
{
    Database& db = m_workspace.db();
    bool made = false; // a new draft, rather than the one already there
    auto draft = db.write<Programme>([&]() -> Result<Programme> {
        made = false;
        auto all = lockedVersions(id);
        if (!all)
            return all.error();
        const Programme& latest = all->last();
        if (latest.status == ProgrammeStatus::Draft) {
            if (latest.id != id) {
                auto asked = get(id);
                if (asked && asked->status == ProgrammeStatus::Superseded)
                    return Error{QStringLiteral("programme.superseded"),
                                 tr("Version %1 has been replaced; edit the current draft "
                                    "(version %2) instead.")
                                     .arg(asked->version)
                                     .arg(latest.version)};
            }
            return get(latest.id);
        }
        if (latest.id != id)
            return Error{QStringLiteral("programme.superseded"),
                         tr("This version has been replaced by version %1; edit that one.")
                             .arg(latest.version)};
        if (latest.status != ProgrammeStatus::Active)
            return Error{QStringLiteral("programme.superseded"),
                         tr("Programme %1 has been superseded and cannot be changed.").arg(id)};
        auto active = get(latest.id);
        if (!active)
            return active.error();
        Programme copy = *active;
        copy.version = active->version + 1;
        copy.previousVersionId = active->id;
        auto lineageQ =
            db.exec(QStringLiteral("SELECT lineage FROM programme WHERE id = ?"), {active->id});
        if (!lineageQ)
            return lineageQ.error();
        if (!lineageQ->next())
            return notFound(active->id);
        auto newId = insertVersion(copy, lineageQ->value(0).toLongLong());
        if (!newId)
            return newId.error();
        made = true;
        return get(*newId);
    });
    if (draft && made) {
        logger()->info("programme {} version {} drafted from {}", draft->id, draft->version,
                       draft->previousVersionId);
        m_workspace.db().notify(StoreNotice::added(Kind::Programme, draft->id));
    }
    return draft;
}

Status ProgrammeRepository::activate(qint64 id)
{
    Database& db = m_workspace.db();
    auto replaced = db.write<QList<qint64>>([&]() -> Result<QList<qint64>> {
        if (auto st = lockLineage(id); !st)
            return st.error();
        auto p = get(id);
        if (!p)
            return p.error();
        if (p->status != ProgrammeStatus::Draft)
            return Error{QStringLiteral("programme.not_draft"),
                         tr("Programme %1 is already %2.")
                             .arg(id)
                             .arg(InSentence::programmeStatus(p->status))};
        bool any = false;
        for (const ProgrammeSection& s : p->sections)
            any = any || !s.prescriptions.isEmpty();
        if (!any)
            return Error{QStringLiteral("programme.empty"),
                         tr("Programme %1 has no exercises yet; add at least one before giving it "
                            "to the patient.")
                             .arg(id)};
        if (auto st = DoseValidator::check(*p); !st)
            return st.error();
        if (auto st = checkExercises(*p); !st)
            return st.error();
        // An exercise a rule says to avoid goes to the patient only with a clinician's recorded
        // reason, whoever asks (CLI, builder, a pacing change); the check reads the patient's
        // conditions and visits as they stand once no other desk is changing them.
        if (auto st = PatientRepository(m_workspace).holdSafetyProfile(p->patientId); !st)
            return st.error();
        if (auto st = holdExercisesOf(id); !st)
            return st.error();
        if (auto st = ActivationGate::check(m_workspace, *p); !st)
            return st.error();
        const QString now = V::stamp(m_workspace.clock().now());
        auto old = db.exec(QStringLiteral("SELECT id FROM programme WHERE status = ? AND lineage = "
                                          "(SELECT l.lineage FROM programme l WHERE l.id = ?)"),
                           {statusName(ProgrammeStatus::Active), id});
        if (!old)
            return old.error();
        QList<qint64> superseded;
        while (old->next())
            superseded.append(old->value(0).toLongLong());
        for (qint64 oldId : superseded) {
            auto upd = db.exec(
                QStringLiteral("UPDATE programme SET status = ?, superseded_at = ?, row_version = "
                               "row_version + 1 WHERE id = ?"),
                {statusName(ProgrammeStatus::Superseded), now, oldId});
            if (!upd)
                return upd.error();
        }
        auto upd = db.exec(
            QStringLiteral("UPDATE programme SET status = ?, activated_at = ?, row_version = "
                           "row_version + 1 WHERE id = ?"),
            {statusName(ProgrammeStatus::Active), now, id});
        if (!upd)
            return upd.error();
        return superseded;
    });
    if (!replaced)
        return replaced.error();
    logger()->info("activated programme {} (superseded {})", id, replaced->size());
    for (qint64 oldId : *replaced)
        m_workspace.db().notify(StoreNotice::changed(Kind::Programme, oldId));
    m_workspace.db().notify(StoreNotice::changed(Kind::Programme, id));
    return {};
}

Result<Programme> ProgrammeRepository::draftWithChanges(qint64 activeId, const Programme& changed)
{
    if (auto st = DoseValidator::check(changed); !st)
        return st.error();
    Database& db = m_workspace.db();
    auto saved = db.write<Programme>([&]() -> Result<Programme> {
        auto all = lockedVersions(activeId);
        if (!all)
            return all.error();
        if (all->last().id != activeId || all->last().status != ProgrammeStatus::Active)
            return Error{QStringLiteral("programme.changed"),
                         tr("Programme %1 is not the active version any more; open the newest "
                            "version to change it.")
                             .arg(activeId)};
        auto draft = draftFor(activeId);
        if (!draft)
            return draft.error();
        Programme result = changed;
        result.id = draft->id;
        result.patientId = draft->patientId;
        result.episodeId = draft->episodeId;
        result.version = draft->version;
        result.previousVersionId = draft->previousVersionId;
        result.status = ProgrammeStatus::Draft;
        result.createdAt = draft->createdAt;
        result.activatedAt = {};
        result.supersededAt = {};
        if (auto st = saveDraft(result); !st)
            return st.error();
        auto stored = get(result.id);
        if (!stored)
            return stored.error();
        return stored;
    });
    if (!saved)
        return saved.error();
    return saved;
}

} // namespace gradus
