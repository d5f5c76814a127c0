#include "storage/VisitRepository.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "model/VisitValidator.h"
#include "storage/RecordColumns.h"

#include <QSqlQuery>

namespace gradus {
namespace {

const auto log = &logging::module<"visits">;

QVariant optionalInt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

QVariant optionalId(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalText(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

std::optional<int> readInt(const QSqlQuery& q, const char* column)
{
    const QVariant v = q.value(QLatin1String(column));
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

QString timestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime readTimestamp(const QSqlQuery& q, const char* column)
{
    return QDateTime::fromString(q.value(QLatin1String(column)).toString(), Qt::ISODateWithMs);
}

const QString kContentColumns = RecordColumns::visit();

// Every revision, the original included, is written by this one statement.
const QString kInsertRevision =
    QStringLiteral("INSERT INTO visit_revision (visit_id, revision, %1, entered_in_error, "
                   "recorded_at, recorded_by, reason) VALUES (%2)")
        .arg(kContentColumns, QStringLiteral("?, ").repeated(21) + QStringLiteral("?"));

QVariantList bindRecord(const VisitRecord& r)
{
    return RecordColumns::visitValues(r);
}

VisitRecord readRecord(const QSqlQuery& q)
{
    VisitRecord r;
    r.date = QDate::fromString(q.value(QStringLiteral("visit_date")).toString(), Qt::ISODate);
    const QVariant time = q.value(QStringLiteral("visit_time"));
    if (!time.isNull())
        r.time = QTime::fromString(time.toString(), QStringLiteral("HH:mm"));
    r.clinician = q.value(QStringLiteral("clinician")).toString();
    r.painNow = q.value(QStringLiteral("pain_now")).toInt();
    r.painBest = readInt(q, "pain_best");
    r.painWorst = readInt(q, "pain_worst");
    r.painExercise = readInt(q, "pain_exercise");
    r.painNextMorning = readInt(q, "pain_next_morning");
    r.activityLabel = q.value(QStringLiteral("activity_label")).toString();
    r.activityMinutes = readInt(q, "activity_minutes");
    r.steps = readInt(q, "steps");
    r.sessionsDone = readInt(q, "sessions_done");
    r.sessionsPlanned = readInt(q, "sessions_planned");
    r.legSymptoms =
        VisitValidator::legSymptomsFromCode(q.value(QStringLiteral("leg_symptoms")).toString())
            .value_or(LegSymptoms::NotRecorded);
    r.newNeuroSigns = q.value(QStringLiteral("new_neuro_signs")).toInt() != 0;
    r.notes = q.value(QStringLiteral("notes")).toString();
    return r;
}

// The newest revision of each visit, joined to the visit.
const QString kCurrentSelect =
    QStringLiteral(
        "SELECT v.id, v.patient_id, v.episode_id, v.created_at, v.created_by, r.revision, "
        "r.entered_in_error, r.recorded_at, r.recorded_by, r.reason, %1 "
        "FROM visit v JOIN visit_revision r ON r.visit_id = v.id "
        "WHERE r.revision = (SELECT max(m.revision) FROM visit_revision m WHERE m.visit_id = "
        "v.id) ")
        .arg(kContentColumns);

Visit readVisit(const QSqlQuery& q)
{
    Visit v;
    v.id = q.value(QStringLiteral("id")).toLongLong();
    v.patientId = q.value(QStringLiteral("patient_id")).toLongLong();
    if (const QVariant e = q.value(QStringLiteral("episode_id")); !e.isNull())
        v.episodeId = e.toLongLong();
    v.createdAt = readTimestamp(q, "created_at");
    v.createdBy = q.value(QStringLiteral("created_by")).toString();
    v.revision = q.value(QStringLiteral("revision")).toInt();
    v.enteredInError = q.value(QStringLiteral("entered_in_error")).toInt() != 0;
    v.recordedAt = readTimestamp(q, "recorded_at");
    v.recordedBy = q.value(QStringLiteral("recorded_by")).toString();
    v.reason = q.value(QStringLiteral("reason")).toString();
    v.record = readRecord(q);
    return v;
}

Error notFound(qint64 visitId)
{
    return Error{QStringLiteral("visit.not_found"),
                 VisitRepository::tr("There is no visit with id %1.").arg(visitId)};
}

} // namespace

VisitRepository::VisitRepository(Workspace& workspace) : m_workspace(workspace) {}

Status VisitRepository::checkPatient(qint64 patientId)
{
    auto q =
        m_workspace.db().exec(QStringLiteral("SELECT 1 FROM patient WHERE id = ?"), {patientId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("patient.not_found"),
                     tr("There is no patient with id %1.").arg(patientId)};
    return {};
}

Result<qint64> VisitRepository::add(qint64 patientId, std::optional<qint64> episodeId,
                                    const VisitRecord& record, const QString& recordedBy)
{
    if (auto st = VisitValidator::check(record, m_workspace.clock().now()); !st)
        return st.error();
    if (recordedBy.trimmed().isEmpty())
        return Error{QStringLiteral("visit.invalid"), tr("Say who is recording the visit.")};
    Database& db = m_workspace.db();
    auto added = db.write<qint64>([&]() -> Result<qint64> {
        // An episode of the patient proves the patient is there (a foreign key): one round trip
        // less for every saved visit. The patient is looked up alone only to name a failure.
        if (episodeId) {
            auto q = db.exec(QStringLiteral("SELECT patient_id FROM episode WHERE id = ?"),
                             {*episodeId});
            if (!q)
                return q.error();
            if (!q->next() || q->value(0).toLongLong() != patientId) {
                if (auto st = checkPatient(patientId); !st)
                    return st.error();
                return Error{QStringLiteral("episode.not_found"),
                             tr("Episode %1 is not an episode of patient %2.")
                                 .arg(*episodeId)
                                 .arg(patientId)};
            }
        } else if (auto st = checkPatient(patientId); !st) {
            return st.error();
        }
        const QString now = timestamp(m_workspace.clock().now());
        auto id = db.insert(QStringLiteral("INSERT INTO visit (patient_id, episode_id, created_at, "
                                           "created_by) VALUES (?, ?, ?, ?)"),
                            {patientId, optionalId(episodeId), now, recordedBy.trimmed()});
        if (!id)
            return id.error();
        QVariantList values{*id, 1};
        values << bindRecord(record);
        values << 0 << now << recordedBy.trimmed() << QVariant(QMetaType::fromType<QString>());
        if (auto rev = db.exec(kInsertRevision, values); !rev)
            return rev.error();
        return *id;
    });
    if (!added)
        return added.error();
    log()->info("visit {} added for patient {}", *added, patientId);
    m_workspace.db().notify(StoreNotice::added(StoreNotifier::Kind::Visit, *added));
    return added;
}

Result<int> VisitRepository::revise(qint64 visitId, const Visit* seen, const QString& who,
                                    const QString& reason,
                                    const std::function<Result<NextRevision>(const Visit&)>& next)
{
    if (who.trimmed().isEmpty())
        return Error{QStringLiteral("visit.invalid"),
                     tr("Say who is making the change to visit %1.").arg(visitId)};
    if (reason.trimmed().isEmpty())
        return Error{QStringLiteral("visit.invalid"),
                     tr("Give a reason for changing visit %1; the original is kept and the "
                        "reason is shown with it.")
                         .arg(visitId)};
    Database& db = m_workspace.db();
    bool enteredInError = false;
    auto saved = db.write<int>([&]() -> Result<int> {
        // Held before it is read: the new revision is made from the newest one, never from
        // one another desk has replaced meanwhile.
        if (auto st = db.lockRow(QStringLiteral("visit"), visitId); !st)
            return st.error();
        auto current = find(visitId);
        if (!current)
            return current.error();
        if (seen &&
            (seen->record != current->record || seen->enteredInError != current->enteredInError))
            return Error{QStringLiteral("visit.conflict"),
                         tr("Visit %1 has been changed elsewhere since (at another desk or by a "
                            "script; it is now at revision %2). Nothing was saved; look at the "
                            "visit's history before changing it again.")
                             .arg(visitId)
                             .arg(current->revision),
                         ErrorKind::Conflict};
        auto revision = next(*current);
        if (!revision)
            return revision.error();
        enteredInError = revision->enteredInError;
        const int number = current->revision + 1;
        QVariantList values{visitId, number};
        values << bindRecord(revision->record);
        values << (enteredInError ? 1 : 0) << timestamp(m_workspace.clock().now()) << who.trimmed()
               << reason.trimmed();
        if (auto rev = db.exec(kInsertRevision, values); !rev)
            return rev.error();
        return number;
    });
    if (!saved)
        return saved.error();
    log()->info("visit {} revision {} saved{}", visitId, *saved,
                enteredInError ? " (entered in error)" : "");
    m_workspace.db().notify(StoreNotice::changed(StoreNotifier::Kind::Visit, visitId));
    return saved;
}

Result<int> VisitRepository::amend(qint64 visitId, const VisitRecord& corrected, const QString& who,
                                   const QString& reason, const Visit* seen)
{
    if (auto st = VisitValidator::check(corrected, m_workspace.clock().now()); !st)
        return st.error();
    return revise(visitId, seen, who, reason, [&](const Visit& current) -> Result<NextRevision> {
        if (current.enteredInError)
            return Error{QStringLiteral("visit.withdrawn"),
                         tr("Visit %1 is marked as entered in error; reinstate it "
                            "before amending it.")
                             .arg(visitId)};
        if (corrected == current.record)
            return Error{QStringLiteral("visit.unchanged"),
                         tr("The amendment of visit %1 changes nothing.").arg(visitId)};
        return NextRevision{corrected, false};
    });
}

Result<int> VisitRepository::markEnteredInError(qint64 visitId, const QString& who,
                                                const QString& reason, const Visit* seen)
{
    return revise(visitId, seen, who, reason, [&](const Visit& current) -> Result<NextRevision> {
        if (current.enteredInError)
            return Error{QStringLiteral("visit.withdrawn"),
                         tr("Visit %1 is already marked as entered in error.").arg(visitId)};
        return NextRevision{current.record, true};
    });
}

Result<int> VisitRepository::reinstate(qint64 visitId, const QString& who, const QString& reason,
                                       const Visit* seen)
{
    return revise(visitId, seen, who, reason, [&](const Visit& current) -> Result<NextRevision> {
        if (!current.enteredInError)
            return Error{QStringLiteral("visit.notwithdrawn"),
                         tr("Visit %1 is not marked as entered in error.").arg(visitId)};
        return NextRevision{current.record, false};
    });
}

Result<Visit> VisitRepository::find(qint64 visitId)
{
    auto q = m_workspace.db().exec(kCurrentSelect + QStringLiteral("AND v.id = ?"), {visitId});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(visitId);
    return readVisit(*q);
}

Result<QList<Visit>> VisitRepository::listForPatient(qint64 patientId, bool includeEnteredInError)
{
    // COALESCE: SQLite sorts NULL first and PostgreSQL last; a visit without a time sorts
    // before timed visits of the same day on both.
    auto q = m_workspace.db().exec(
        kCurrentSelect + QStringLiteral("AND v.patient_id = ? %1 ORDER BY r.visit_date, "
                                        "COALESCE(r.visit_time, ''), v.id")
                             .arg(includeEnteredInError
                                      ? QString()
                                      : QStringLiteral("AND r.entered_in_error = 0")),
        {patientId});
    if (!q)
        return q.error();
    QList<Visit> visits;
    while (q->next())
        visits.append(readVisit(*q));
    return visits;
}

Result<QList<VisitRevision>> VisitRepository::history(qint64 visitId)
{
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT revision, entered_in_error, recorded_at, recorded_by, reason, %1 "
                       "FROM visit_revision WHERE visit_id = ? ORDER BY revision")
            .arg(kContentColumns),
        {visitId});
    if (!q)
        return q.error();
    QList<VisitRevision> revisions;
    while (q->next()) {
        VisitRevision r;
        r.revision = q->value(QStringLiteral("revision")).toInt();
        r.enteredInError = q->value(QStringLiteral("entered_in_error")).toInt() != 0;
        r.recordedAt = readTimestamp(*q, "recorded_at");
        r.recordedBy = q->value(QStringLiteral("recorded_by")).toString();
        r.reason = q->value(QStringLiteral("reason")).toString();
        r.record = readRecord(*q);
        revisions.append(r);
    }
    if (revisions.isEmpty())
        return notFound(visitId);
    return revisions;
}

QString RecordColumns::visit()
{
    return QStringLiteral(
        "visit_date, visit_time, clinician, pain_now, pain_best, pain_worst, pain_exercise, "
        "pain_next_morning, activity_label, activity_minutes, steps, sessions_done, "
        "sessions_planned, leg_symptoms, new_neuro_signs, notes");
}

QVariantList RecordColumns::visitValues(const VisitRecord& r)
{
    return {r.date.toString(Qt::ISODate),
            r.time ? QVariant(r.time->toString(QStringLiteral("HH:mm")))
                   : QVariant(QMetaType::fromType<QString>()),
            r.clinician.trimmed(),
            r.painNow,
            optionalInt(r.painBest),
            optionalInt(r.painWorst),
            optionalInt(r.painExercise),
            optionalInt(r.painNextMorning),
            optionalText(r.activityLabel.trimmed()),
            optionalInt(r.activityMinutes),
            optionalInt(r.steps),
            optionalInt(r.sessionsDone),
            optionalInt(r.sessionsPlanned),
            optionalText(VisitValidator::legSymptomsCode(r.legSymptoms)),
            r.newNeuroSigns ? 1 : 0,
            optionalText(r.notes)};
}

} // namespace gradus
