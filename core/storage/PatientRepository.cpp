#include "storage/PatientRepository.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "patients/PatientSearchIndex.h"
#include "patients/PatientValidator.h"
#include "patients/SearchFolding.h"
#include "storage/ConflictReport.h"
#include "storage/RecordColumns.h"
#include "storage/RecordCount.h"
#include "storage/RecordValues.h"
#include "storage/VersionedRow.h"

#include <QSqlError>

#include <algorithm>

namespace gradus {
namespace {

namespace V = RecordValues;

const auto log = &logging::module<"patients">;

VersionedTable patientTable()
{
    return {QStringLiteral("patient"), StoreNotifier::Kind::Patient, "patient", *log()};
}

const QString kColumns = QStringLiteral(
    "id, given_name, family_name, preferred_name, date_of_birth, sex, phone, email, address, "
    "clinic_number, referral_source, notes, archived, created_at, updated_at, language, "
    "row_version");

Patient readPatient(const QSqlQuery& q)
{
    Patient p;
    p.id = q.value(0).toLongLong();
    p.givenName = q.value(1).toString();
    p.familyName = q.value(2).toString();
    p.preferredName = q.value(3).toString();
    p.dateOfBirth = V::toDate(q.value(4));
    p.sex = q.value(5).toString();
    p.phone = q.value(6).toString();
    p.email = q.value(7).toString();
    p.address = q.value(8).toString();
    p.clinicNumber = q.value(9).toString();
    p.referralSource = q.value(10).toString();
    p.notes = q.value(11).toString();
    p.archived = q.value(12).toInt() != 0;
    p.createdAt = V::toStamp(q.value(13));
    p.updatedAt = V::toStamp(q.value(14));
    p.language = q.value(15).toString();
    p.version = q.value(16).toInt();
    return p;
}

Result<QList<Patient>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<Patient> list;
    while (q->next())
        list.append(readPatient(*q));
    // Sorted here rather than in SQL, so that SQLite and PostgreSQL (whose collations
    // differ) list patients in the same order as the app's list.
    std::vector<std::pair<QString, qsizetype>> keys;
    keys.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        keys.emplace_back(PatientSearchIndex::sortKey(list[i]), i);
    std::sort(keys.begin(), keys.end(), [&list](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : list[a.second].id < list[b.second].id;
    });
    QList<Patient> sorted;
    sorted.reserve(list.size());
    for (const auto& key : keys)
        sorted.append(std::move(list[key.second]));
    return sorted;
}

// A write refused by the store's own uniqueness rule: another desk saved the same clinic
// number between our check and our write.
Error writeError(const Error& error, const Patient& p)
{
    const QString text = error.message.toLower();
    if (!p.clinicNumber.isEmpty() &&
        (text.contains(QLatin1String("clinic_number")) || text.contains(QLatin1String("unique"))))
        return Error{QStringLiteral("patient.clinic_number_taken"),
                     PatientRepository::tr("The clinic number %1 is already used by another "
                                           "patient.")
                         .arg(p.clinicNumber)};
    return error;
}

Error notFound(qint64 id)
{
    return Error{QStringLiteral("patient.not_found"),
                 PatientRepository::tr("There is no patient with id %1.").arg(id)};
}

} // namespace

PatientRepository::PatientRepository(Workspace& workspace) : m_workspace(workspace) {}

Result<Patient> PatientRepository::get(qint64 id)
{
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT %1 FROM patient WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(id);
    return readPatient(*q);
}

Result<QList<Patient>> PatientRepository::list(bool includeArchived)
{
    return readAll(m_workspace.db().exec(
        QStringLiteral("SELECT %1 FROM patient%2")
            .arg(kColumns, includeArchived ? QString() : QStringLiteral(" WHERE archived = 0"))));
}

Result<QList<Patient>> PatientRepository::firstInListOrder(int limit)
{
    return readAll(m_workspace.db().exec(
        QStringLiteral("SELECT %1 FROM patient ORDER BY family_name, given_name, id LIMIT ?")
            .arg(kColumns),
        {limit}));
}

Result<QList<Patient>> PatientRepository::search(const QString& text, bool includeArchived)
{
    QString sql = QStringLiteral("SELECT %1 FROM patient WHERE 1 = 1").arg(kColumns);
    QVariantList binds;
    if (!includeArchived)
        sql += QStringLiteral(" AND archived = 0");
    for (QString token : SearchFolding::tokens(SearchFolding::fold(text))) {
        // search_text holds the same folded key as the in-memory index, so LIKE '%word%'
        // matches exactly what the app's search matches.
        token.replace(u'\\', QLatin1String("\\\\"))
            .replace(u'%', QLatin1String("\\%"))
            .replace(u'_', QLatin1String("\\_"));
        sql += QStringLiteral(" AND search_text LIKE ? ESCAPE '\\'");
        binds << QStringLiteral("%%1%").arg(token);
    }
    return readAll(m_workspace.db().exec(sql, binds));
}

Result<qint64> PatientRepository::count(bool includeArchived)
{
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT count(*) FROM patient%1")
            .arg(includeArchived ? QString() : QStringLiteral(" WHERE archived = 0")));
    if (!q)
        return q.error();
    if (!q->next())
        return qint64(0);
    return q->value(0).toLongLong();
}

Result<qint64> PatientRepository::clinicNumberOwner(const QString& clinicNumber, qint64 exceptId)
{
    const QString number = clinicNumber.trimmed();
    if (number.isEmpty())
        return qint64(0);
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT id FROM patient WHERE lower(clinic_number) = lower(?) AND id <> ?"),
        {number, exceptId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Status PatientRepository::checkBeforeWrite(const Patient& patient)
{
    const FieldIssues issues = PatientValidator::check(patient, m_workspace.clock().today());
    if (!issues.isEmpty())
        return invalidInput(QStringLiteral("patient.invalid"), issues);
    auto owner = clinicNumberOwner(patient.clinicNumber, patient.id);
    if (!owner)
        return owner.error();
    if (*owner != 0) {
        auto other = get(*owner);
        return Error{
            QStringLiteral("patient.clinic_number_taken"),
            tr("The clinic number %1 is already used by another patient (%2).")
                .arg(patient.clinicNumber, other ? other->listName() : tr("id %1").arg(*owner))};
    }
    return {};
}

Result<qint64> PatientRepository::insert(const Patient& input, bool keepId)
{
    Patient p = PatientValidator::normalized(input);
    if (!keepId)
        p.id = 0;
    Database& db = m_workspace.db();
    return versionedRow::add(db, patientTable(), keepId, [&]() -> Result<qint64> {
        if (auto st = checkBeforeWrite(p); !st)
            return st.error();
        const auto [created, now] =
            versionedRow::stamps(m_workspace.clock().now(), keepId, p.createdAt);
        auto id =
            versionedRow::insert(db, QStringLiteral("patient"), RecordColumns::patient(),
                                 RecordColumns::patientValues(p, created, now), p.id, p.version);
        if (!id)
            return writeError(id.error(), p);
        return id;
    });
}

Result<QStringList> PatientRepository::clinicNumbersStartingWith(const QString& prefix)
{
    // LIKE's own wildcards in the prefix are escaped, so "DEMO-" means exactly that.
    QString pattern = prefix;
    pattern.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT clinic_number FROM patient WHERE clinic_number LIKE ? ESCAPE '\\'"),
        {pattern + u'%'});
    if (!q)
        return q.error();
    QStringList numbers;
    while (q->next())
        numbers << q->value(0).toString();
    return numbers;
}

Result<qint64> PatientRepository::add(const Patient& patient)
{
    return insert(patient, false);
}

Result<qint64> PatientRepository::reinsert(const Patient& patient)
{
    if (patient.id <= 0)
        return Error{QStringLiteral("patient.invalid"),
                     tr("Only a stored patient can be restored.")};
    return insert(patient, true);
}

Result<Patient> PatientRepository::update(const Patient& input)
{
    const Patient p = PatientValidator::normalized(input);
    Database& db = m_workspace.db();
    return versionedRow::update<Patient>(
        db, patientTable(), p.id, p.version, tr("Patient %1").arg(p.id),
        [this](qint64 id) { return get(id); },
        [&](const Patient&, int basedOn) -> Status {
            if (auto st = checkBeforeWrite(p); !st)
                return st;
            auto q = db.exec(
                QStringLiteral(
                    "UPDATE patient SET given_name = ?, family_name = ?, preferred_name = ?, "
                    "date_of_birth = ?, sex = ?, phone = ?, email = ?, address = ?, "
                    "clinic_number = ?, referral_source = ?, notes = ?, search_text = ?, "
                    "archived = ?, updated_at = ?, language = ?, row_version = row_version + 1 "
                    "WHERE id = ? AND row_version = ?"),
                {p.givenName, p.familyName, V::text(p.preferredName), V::date(p.dateOfBirth),
                 V::text(p.sex), V::text(p.phone), V::text(p.email), V::text(p.address),
                 V::text(p.clinicNumber), V::text(p.referralSource), V::text(p.notes),
                 PatientSearchIndex::searchKey(p), p.archived ? 1 : 0,
                 V::stamp(m_workspace.clock().now()), V::text(p.language), p.id, basedOn});
            if (!q)
                return writeError(q.error(), p);
            return {};
        });
}

Status PatientRepository::setArchived(qint64 id, bool archived)
{
    Database& db = m_workspace.db();
    return versionedRow::change(
        db, patientTable(), id, archived ? "archived" : "restored", [&]() -> Status {
            if (auto stored = get(id); !stored)
                return stored.error();
            auto q = db.exec(QStringLiteral("UPDATE patient SET archived = ?, updated_at = ?, "
                                            "row_version = row_version + 1 WHERE id = ?"),
                             {archived ? 1 : 0, V::stamp(m_workspace.clock().now()), id});
            if (!q)
                return q.error();
            return {};
        });
}

Result<PatientRepository::Erasure> PatientRepository::erase(qint64 id)
{
    Database& db = m_workspace.db();
    auto done = db.write<Erasure>([&]() -> Result<Erasure> {
        if (auto st = m_workspace.db().lockRow(QStringLiteral("patient"), id); !st)
            return st.error();
        if (auto stored = get(id); !stored)
            return stored.error();
        Erasure erased;
        auto counts =
            db.exec(QStringLiteral("SELECT (SELECT count(*) FROM episode WHERE patient_id = ?), "
                                   "(SELECT count(*) FROM episode_condition c JOIN episode e "
                                   "ON e.id = c.episode_id WHERE e.patient_id = ?)"),
                    {id, id});
        if (!counts)
            return counts.error();
        if (counts->next()) {
            erased.episodes = counts->value(0).toInt();
            erased.conditions = counts->value(1).toInt();
        }
        // Explicit deletes, children first, rather than trusting every table's ON DELETE
        // CASCADE; a table of another feature that still refers to the patient makes the whole
        // deletion fail and roll back instead of leaving orphans.
        for (const QString& sql :
             {QStringLiteral("DELETE FROM episode_condition WHERE episode_id IN "
                             "(SELECT id FROM episode WHERE patient_id = ?)"),
              QStringLiteral("DELETE FROM episode WHERE patient_id = ?"),
              QStringLiteral("DELETE FROM patient WHERE id = ?")}) {
            if (auto q = db.exec(sql, {id}); !q)
                return Error{QStringLiteral("patient.erase"),
                             tr("The patient could not be deleted, and nothing was removed: %1")
                                 .arg(q.error().message),
                             q.error().kind()};
        }
        return erased;
    });
    if (!done)
        return done.error();
    log()->info("erased patient {} with {} episodes and {} conditions", id, done->episodes,
                done->conditions);
    m_workspace.db().notify(StoreNotice::removed(StoreNotifier::Kind::Patient, id));
    return done;
}

QString RecordColumns::patient()
{
    return QStringLiteral(
        "given_name, family_name, preferred_name, date_of_birth, sex, phone, email, address, "
        "clinic_number, referral_source, notes, search_text, archived, created_at, updated_at, "
        "language");
}

QVariantList RecordColumns::patientValues(const Patient& p, const QString& created,
                                          const QString& updated)
{
    return {p.givenName,
            p.familyName,
            V::text(p.preferredName),
            V::date(p.dateOfBirth),
            V::text(p.sex),
            V::text(p.phone),
            V::text(p.email),
            V::text(p.address),
            V::text(p.clinicNumber),
            V::text(p.referralSource),
            V::text(p.notes),
            PatientSearchIndex::searchKey(p),
            p.archived ? 1 : 0,
            created,
            updated,
            V::text(p.language)};
}

Status PatientRepository::holdSafetyProfile(qint64 id)
{
    for (const char* lockingSelect :
         {"SELECT id FROM patient WHERE id = ? FOR UPDATE",
          "SELECT id FROM episode WHERE patient_id = ? ORDER BY id FOR UPDATE",
          "SELECT c.id FROM episode_condition c JOIN episode e ON e.id = c.episode_id WHERE "
          "e.patient_id = ? ORDER BY c.id FOR SHARE OF c",
          "SELECT id FROM visit WHERE patient_id = ? ORDER BY id FOR SHARE"})
        if (auto st = m_workspace.db().holdRows(QString::fromLatin1(lockingSelect), {id}); !st)
            return st;
    return {};
}

Result<qint64> PatientRepository::recordsOf(qint64 id)
{
    return countReferring(m_workspace.db(), QStringLiteral("patient_id"),
                          {QStringLiteral("episode"), QStringLiteral("visit"),
                           QStringLiteral("measure"), QStringLiteral("psfs_activity"),
                           QStringLiteral("programme"), QStringLiteral("red_flag_screen"),
                           QStringLiteral("pacing_plan")},
                          id);
}

} // namespace gradus
