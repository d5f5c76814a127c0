#include "storage/MeasureRepository.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "storage/RecordColumns.h"

#include <QSqlQuery>

namespace gradus {
namespace {

const auto log = &logging::module<"measures">;

constexpr int kMaxActivityName = 200;

QVariant optionalId(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QString timestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime readTimestamp(const QSqlQuery& q, const char* column)
{
    return QDateTime::fromString(q.value(QLatin1String(column)).toString(), Qt::ISODateWithMs);
}

std::optional<qint64> readId(const QSqlQuery& q, const char* column)
{
    const QVariant v = q.value(QLatin1String(column));
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

// The score as stored, for rows whose answers no longer parse (never expected, but a store
// edited by hand must still list).
MeasureScore storedScore(Instrument instrument, const QSqlQuery& q)
{
    MeasureScore s;
    s.instrument = instrument;
    s.score = q.value(QStringLiteral("score")).toDouble();
    s.total = qRound(s.score);
    if (const QVariant sub = q.value(QStringLiteral("subscale")); !sub.isNull())
        s.subscale = sub.toInt();
    s.band = q.value(QStringLiteral("band")).toString();
    return s;
}

void readRevisionInto(const QSqlQuery& q, Instrument instrument, QDate& takenOn,
                      MeasureAnswers& answers, MeasureScore& score)
{
    takenOn = QDate::fromString(q.value(QStringLiteral("taken_on")).toString(), Qt::ISODate);
    const QString list = q.value(QStringLiteral("answers")).toString();
    auto parsed = OutcomeScoring::parseAnswers(instrument, list);
    auto scored =
        parsed ? OutcomeScoring::score(instrument, *parsed) : Result<MeasureScore>(parsed.error());
    if (parsed && scored) {
        answers = *parsed;
        score = *scored;
    } else {
        score = storedScore(instrument, q);
    }
}

const QString kCurrentSelect = QStringLiteral(
    "SELECT m.id, m.patient_id, m.episode_id, m.visit_id, m.instrument, m.created_at, "
    "m.created_by, r.revision, r.taken_on, r.answers, r.score, r.subscale, r.band, "
    "r.entered_in_error, r.recorded_at, r.recorded_by, r.reason "
    "FROM measure m JOIN measure_revision r ON r.measure_id = m.id "
    "WHERE r.revision = (SELECT max(x.revision) FROM measure_revision x "
    "WHERE x.measure_id = m.id) ");

const QString kInsertRevision = QStringLiteral(
    "INSERT INTO measure_revision (measure_id, revision, taken_on, answers, score, subscale, "
    "band, entered_in_error, recorded_at, recorded_by, reason) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

std::optional<Measure> readMeasure(const QSqlQuery& q)
{
    const auto instrument = Instruments::fromCode(q.value(QStringLiteral("instrument")).toString());
    if (!instrument)
        return std::nullopt;
    Measure m;
    m.id = q.value(QStringLiteral("id")).toLongLong();
    m.patientId = q.value(QStringLiteral("patient_id")).toLongLong();
    m.episodeId = readId(q, "episode_id");
    m.visitId = readId(q, "visit_id");
    m.instrument = *instrument;
    m.createdAt = readTimestamp(q, "created_at");
    m.createdBy = q.value(QStringLiteral("created_by")).toString();
    m.revision = q.value(QStringLiteral("revision")).toInt();
    m.enteredInError = q.value(QStringLiteral("entered_in_error")).toInt() != 0;
    m.recordedAt = readTimestamp(q, "recorded_at");
    m.recordedBy = q.value(QStringLiteral("recorded_by")).toString();
    m.reason = q.value(QStringLiteral("reason")).toString();
    readRevisionInto(q, *instrument, m.takenOn, m.answers, m.score);
    return m;
}

QVariantList bindScore(const MeasureScore& s)
{
    return RecordColumns::scoreValues(s);
}

Error notFound(qint64 id)
{
    return Error{QStringLiteral("measure.not_found"),
                 MeasureRepository::tr("There is no outcome measure with id %1.").arg(id)};
}

} // namespace

MeasureRepository::MeasureRepository(Workspace& workspace) : m_workspace(workspace) {}

Status MeasureRepository::checkTakenOn(const QDate& takenOn)
{
    const QDate today = m_workspace.clock().today();
    if (!takenOn.isValid())
        return Error{QStringLiteral("measure.invalid"),
                     tr("Enter the date the measure was taken.")};
    if (takenOn > today)
        return Error{QStringLiteral("measure.invalid"),
                     tr("The measure date %1 is in the future; today is %2.")
                         .arg(takenOn.toString(Qt::ISODate), today.toString(Qt::ISODate))};
    return {};
}

Result<QList<PsfsActivity>> MeasureRepository::psfsActivities(qint64 patientId,
                                                              std::optional<qint64> episodeId)
{
    const QString sql =
        QStringLiteral("SELECT id, position, name FROM psfs_activity WHERE patient_id = ? AND %1 "
                       "ORDER BY position")
            .arg(episodeId ? QStringLiteral("episode_id = ?")
                           : QStringLiteral("episode_id IS NULL"));
    QVariantList binds{patientId};
    if (episodeId)
        binds << *episodeId;
    auto q = m_workspace.db().exec(sql, binds);
    if (!q)
        return q.error();
    QList<PsfsActivity> activities;
    while (q->next())
        activities.append({q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toString()});
    return activities;
}

Result<qint64> MeasureRepository::insert(const MeasureInput& input, const MeasureScore& score,
                                         const QString& recordedBy)
{
    Database& db = m_workspace.db();
    auto patient = db.exec(QStringLiteral("SELECT 1 FROM patient WHERE id = ?"), {input.patientId});
    if (!patient)
        return patient.error();
    if (!patient->next())
        return Error{QStringLiteral("patient.not_found"),
                     tr("There is no patient with id %1.").arg(input.patientId)};

    std::optional<qint64> episodeId = input.episodeId;
    if (input.visitId) {
        auto q = db.exec(QStringLiteral("SELECT patient_id, episode_id FROM visit WHERE id = ?"),
                         {*input.visitId});
        if (!q)
            return q.error();
        if (!q->next() || q->value(0).toLongLong() != input.patientId)
            return Error{QStringLiteral("visit.not_found"),
                         tr("Visit %1 is not a visit of patient %2.")
                             .arg(*input.visitId)
                             .arg(input.patientId)};
        const auto visitEpisode = readId(*q, "episode_id");
        if (!episodeId)
            episodeId = visitEpisode;
        else if (visitEpisode && *visitEpisode != *episodeId)
            return Error{QStringLiteral("measure.invalid"),
                         tr("Visit %1 belongs to episode %2, not episode %3.")
                             .arg(*input.visitId)
                             .arg(*visitEpisode)
                             .arg(*episodeId)};
    }
    if (episodeId) {
        auto q =
            db.exec(QStringLiteral("SELECT patient_id FROM episode WHERE id = ?"), {*episodeId});
        if (!q)
            return q.error();
        if (!q->next() || q->value(0).toLongLong() != input.patientId)
            return Error{QStringLiteral("episode.not_found"),
                         tr("Episode %1 is not an episode of patient %2.")
                             .arg(*episodeId)
                             .arg(input.patientId)};
    }

    const QString now = timestamp(m_workspace.clock().now());
    if (input.instrument == Instrument::Psfs) {
        // Two desks recording an episode's first PSFS at once would both find no activities
        // named and both name them; holding the patient row makes the second one wait and
        // re-rate what the first named.
        if (auto st = db.lockRow(QStringLiteral("patient"), input.patientId); !st)
            return st.error();
        auto named = psfsActivities(input.patientId, episodeId);
        if (!named)
            return named.error();
        QStringList given;
        for (const QString& name : input.psfsActivities)
            given << name.trimmed();
        if (named->isEmpty()) {
            if (given.size() != input.answers.size())
                return Error{QStringLiteral("measure.invalid"),
                             tr("The first PSFS of an episode names its activities: give %1 "
                                "activity names for the %1 ratings (%2 given).")
                                 .arg(input.answers.size())
                                 .arg(given.size())};
            for (int i = 0; i < given.size(); ++i) {
                if (given[i].isEmpty() || given[i].size() > kMaxActivityName)
                    return Error{QStringLiteral("measure.invalid"),
                                 tr("PSFS activity %1 needs a name of 1 to %2 characters.")
                                     .arg(i + 1)
                                     .arg(kMaxActivityName)};
                auto ins = db.insert(QStringLiteral("INSERT INTO psfs_activity (patient_id, "
                                                    "episode_id, position, name, created_at, "
                                                    "created_by) VALUES (?, ?, ?, ?, ?, ?)"),
                                     {input.patientId, optionalId(episodeId), i + 1, given[i], now,
                                      recordedBy.trimmed()});
                if (!ins)
                    return ins.error();
            }
        } else {
            QStringList names;
            for (const PsfsActivity& a : *named)
                names << a.name;
            if (!given.isEmpty() && given != names)
                return Error{QStringLiteral("measure.invalid"),
                             tr("The PSFS activities of this episode are already named (%1); "
                                "a follow-up re-rates the same activities.")
                                 .arg(names.join(QStringLiteral("; ")))};
            if (input.answers.size() != names.size())
                return Error{QStringLiteral("measure.invalid"),
                             tr("This episode's PSFS has %1 activities (%2); give %1 ratings, "
                                "not %3.")
                                 .arg(names.size())
                                 .arg(names.join(QStringLiteral("; ")))
                                 .arg(input.answers.size())};
        }
    }

    auto id = db.insert(QStringLiteral("INSERT INTO measure (patient_id, episode_id, visit_id, "
                                       "instrument, created_at, created_by) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                        {input.patientId, optionalId(episodeId), optionalId(input.visitId),
                         Instruments::code(input.instrument), now, recordedBy.trimmed()});
    if (!id)
        return id.error();
    QVariantList values{*id, 1, input.takenOn.toString(Qt::ISODate),
                        OutcomeScoring::formatAnswers(input.answers)};
    values << bindScore(score) << 0 << now << recordedBy.trimmed()
           << QVariant(QMetaType::fromType<QString>());
    if (auto r = db.exec(kInsertRevision, values); !r)
        return r.error();
    return *id;
}

Result<qint64> MeasureRepository::add(const MeasureInput& input, const QString& recordedBy)
{
    auto score = OutcomeScoring::score(input.instrument, input.answers);
    if (!score)
        return score.error();
    if (auto st = checkTakenOn(input.takenOn); !st)
        return st.error();
    if (recordedBy.trimmed().isEmpty())
        return Error{QStringLiteral("measure.invalid"), tr("Say who is recording the measure.")};

    Database& db = m_workspace.db();
    auto added = db.write<qint64>([&] { return insert(input, *score, recordedBy); });
    if (!added)
        return added.error();
    log()->info("measure {} ({}) added for patient {}", *added,
                Instruments::code(input.instrument).toStdString(), input.patientId);
    m_workspace.db().notify(StoreNotice::added(StoreNotifier::Kind::Measure, *added));
    return added;
}

Result<int>
MeasureRepository::revise(qint64 measureId, const Measure* seen, const QString& who,
                          const QString& reason,
                          const std::function<Result<NextRevision>(const Measure&)>& next)
{
    if (who.trimmed().isEmpty())
        return Error{QStringLiteral("measure.invalid"),
                     tr("Say who is making the change to measure %1.").arg(measureId)};
    if (reason.trimmed().isEmpty())
        return Error{QStringLiteral("measure.invalid"),
                     tr("Give a reason for changing measure %1; the original is kept and the "
                        "reason is shown with it.")
                         .arg(measureId)};
    Database& db = m_workspace.db();
    bool enteredInError = false;
    auto saved = db.write<int>([&]() -> Result<int> {
        // Held before it is read: the new revision is made from the newest one, never from
        // one another desk has replaced meanwhile.
        if (auto st = db.lockRow(QStringLiteral("measure"), measureId); !st)
            return st.error();
        auto current = find(measureId);
        if (!current)
            return current.error();
        if (seen && (seen->takenOn != current->takenOn || seen->answers != current->answers ||
                     seen->enteredInError != current->enteredInError))
            return Error{QStringLiteral("measure.conflict"),
                         tr("Measure %1 has been changed elsewhere since (at another desk or by "
                            "a script; it is now at revision %2). Nothing was saved; look at the "
                            "measure's history before changing it again.")
                             .arg(measureId)
                             .arg(current->revision),
                         ErrorKind::Conflict};
        auto revision = next(*current);
        if (!revision)
            return revision.error();
        enteredInError = revision->enteredInError;
        const int number = current->revision + 1;
        QVariantList values{measureId, number, revision->takenOn.toString(Qt::ISODate),
                            OutcomeScoring::formatAnswers(revision->answers)};
        values << bindScore(revision->score) << (enteredInError ? 1 : 0)
               << timestamp(m_workspace.clock().now()) << who.trimmed() << reason.trimmed();
        if (auto r = db.exec(kInsertRevision, values); !r)
            return r.error();
        return number;
    });
    if (!saved)
        return saved.error();
    log()->info("measure {} revision {} saved{}", measureId, *saved,
                enteredInError ? " (entered in error)" : "");
    m_workspace.db().notify(StoreNotice::changed(StoreNotifier::Kind::Measure, measureId));
    return saved;
}

Result<int> MeasureRepository::amend(qint64 measureId, const QDate& takenOn,
                                     const MeasureAnswers& answers, const QString& who,
                                     const QString& reason, const Measure* seen)
{
    if (auto st = checkTakenOn(takenOn); !st)
        return st.error();
    return revise(
        measureId, seen, who, reason, [&](const Measure& current) -> Result<NextRevision> {
            if (current.enteredInError)
                return Error{QStringLiteral("measure.withdrawn"),
                             tr("Measure %1 is marked as entered in error; reinstate it before "
                                "amending it.")
                                 .arg(measureId)};
            auto score = OutcomeScoring::score(current.instrument, answers);
            if (!score)
                return score.error();
            if (current.instrument == Instrument::Psfs && answers.size() != current.answers.size())
                return Error{QStringLiteral("measure.invalid"),
                             tr("This PSFS rates %1 activities; give %1 ratings, not %2.")
                                 .arg(current.answers.size())
                                 .arg(answers.size())};
            if (takenOn == current.takenOn && answers == current.answers)
                return Error{QStringLiteral("measure.unchanged"),
                             tr("The amendment of measure %1 changes nothing.").arg(measureId)};
            return NextRevision{takenOn, answers, *score, false};
        });
}

Result<int> MeasureRepository::markEnteredInError(qint64 measureId, const QString& who,
                                                  const QString& reason, const Measure* seen)
{
    return revise(
        measureId, seen, who, reason, [&](const Measure& current) -> Result<NextRevision> {
            if (current.enteredInError)
                return Error{
                    QStringLiteral("measure.withdrawn"),
                    tr("Measure %1 is already marked as entered in error.").arg(measureId)};
            return NextRevision{current.takenOn, current.answers, current.score, true};
        });
}

Result<int> MeasureRepository::reinstate(qint64 measureId, const QString& who,
                                         const QString& reason, const Measure* seen)
{
    return revise(
        measureId, seen, who, reason, [&](const Measure& current) -> Result<NextRevision> {
            if (!current.enteredInError)
                return Error{QStringLiteral("measure.notwithdrawn"),
                             tr("Measure %1 is not marked as entered in error.").arg(measureId)};
            return NextRevision{current.takenOn, current.answers, current.score, false};
        });
}

Result<Measure> MeasureRepository::find(qint64 measureId)
{
    auto q = m_workspace.db().exec(kCurrentSelect + QStringLiteral("AND m.id = ?"), {measureId});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(measureId);
    auto m = readMeasure(*q);
    if (!m)
        return Error{
            QStringLiteral("measure.unknown"),
            tr("Measure %1 is of an instrument this Gradus does not know.").arg(measureId)};
    return *m;
}

Result<QList<Measure>> MeasureRepository::listForPatient(qint64 patientId,
                                                         std::optional<Instrument> instrument,
                                                         bool includeEnteredInError)
{
    QString sql = kCurrentSelect + QStringLiteral("AND m.patient_id = ? ");
    QVariantList binds{patientId};
    if (instrument) {
        sql += QStringLiteral("AND m.instrument = ? ");
        binds << Instruments::code(*instrument);
    }
    if (!includeEnteredInError)
        sql += QStringLiteral("AND r.entered_in_error = 0 ");
    sql += QStringLiteral("ORDER BY r.taken_on, m.id");
    auto q = m_workspace.db().exec(sql, binds);
    if (!q)
        return q.error();
    QList<Measure> measures;
    while (q->next())
        if (auto m = readMeasure(*q))
            measures.append(*m);
    return measures;
}

Result<QList<MeasureRevision>> MeasureRepository::history(qint64 measureId)
{
    auto current = find(measureId);
    if (!current)
        return current.error();
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT revision, taken_on, answers, score, subscale, band, "
                       "entered_in_error, recorded_at, recorded_by, reason FROM measure_revision "
                       "WHERE measure_id = ? ORDER BY revision"),
        {measureId});
    if (!q)
        return q.error();
    QList<MeasureRevision> revisions;
    while (q->next()) {
        MeasureRevision r;
        r.revision = q->value(QStringLiteral("revision")).toInt();
        readRevisionInto(*q, current->instrument, r.takenOn, r.answers, r.score);
        r.enteredInError = q->value(QStringLiteral("entered_in_error")).toInt() != 0;
        r.recordedAt = readTimestamp(*q, "recorded_at");
        r.recordedBy = q->value(QStringLiteral("recorded_by")).toString();
        r.reason = q->value(QStringLiteral("reason")).toString();
        revisions.append(r);
    }
    return revisions;
}

QVariantList RecordColumns::scoreValues(const MeasureScore& s)
{
    return {s.score, s.subscale ? QVariant(*s.subscale) : QVariant(QMetaType::fromType<int>()),
            s.band.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.band)};
}

} // namespace gradus
