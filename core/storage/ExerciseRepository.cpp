#include "storage/ExerciseRepository.h"

#include "Workspace.h"
#include "exercises/ExerciseChange.h"
#include "exercises/ExerciseJson.h"
#include "log/Logging.h"
#include "storage/ConflictReport.h"
#include "storage/ExerciseRows.h"
#include "storage/VersionedRow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

namespace gradus {
namespace {

using ExerciseRows::binds;
using ExerciseRows::columns;
using ExerciseRows::fromRecord;
using ExerciseRows::selectColumns;
using ExerciseRows::timestamp;

const auto log = &logging::module<"exercises">;

// Lower-case ASCII letters, digits and single underscores, from any name.
QString slug(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (c.isSpace() || c == u'-' || c == u'_' || c == u'/')
            if (!out.isEmpty() && !out.endsWith(u'_'))
                out += u'_';
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    return out.left(40);
}

VersionedTable exerciseTable()
{
    return {QStringLiteral("exercise"), StoreNotifier::Kind::Exercise, "exercise", *log()};
}

// UPDATE exercise SET `assignments` (with `values` for their marks) and the bookkeeping of a
// change; "not found" when there is no exercise `id`.
Status changeColumns(Workspace& workspace, qint64 id, const QString& assignments,
                     QVariantList values)
{
    values << timestamp(workspace.clock().now()) << id;
    auto q = workspace.db().exec(
        QStringLiteral("UPDATE exercise SET %1, updated_at = ?, row_version = row_version + 1 "
                       "WHERE id = ?")
            .arg(assignments),
        values);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error{QStringLiteral("exercise.not_found"),
                     ExerciseRepository::tr("There is no exercise %1.").arg(id)};
    return {};
}

} // namespace

ExerciseRepository::ExerciseRepository(Workspace& workspace) : m_workspace(workspace) {}

Result<QList<Exercise>> ExerciseRepository::list(Retired retired)
{
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT %1 FROM exercise %2 ORDER BY name, id")
            .arg(selectColumns(false),
                 retired == Retired::Exclude ? QStringLiteral("WHERE retired = 0") : QString()));
    if (!q)
        return q.error();
    QList<Exercise> out;
    while (q->next())
        out << fromRecord(*q, false);
    return out;
}

Result<QHash<qint64, Exercise>> ExerciseRepository::byIds(const QList<qint64>& ids)
{
    QHash<qint64, Exercise> out;
    if (ids.isEmpty())
        return out;
    QStringList marks;
    QVariantList values;
    for (const qint64 id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    auto q = m_workspace.db().exec(QStringLiteral("SELECT %1 FROM exercise WHERE id IN (%2)")
                                       .arg(selectColumns(true), marks.join(u',')),
                                   values);
    if (!q)
        return q.error();
    while (q->next()) {
        Exercise e = fromRecord(*q, true);
        const qint64 id = e.id;
        out.emplace(id, std::move(e));
    }
    return out;
}

Result<Exercise> ExerciseRepository::one(const QString& where, const QVariant& value)
{
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT %1 FROM exercise WHERE %2 = ?").arg(selectColumns(true), where),
        {value});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("exercise.not_found"),
                     tr("There is no exercise %1.").arg(value.toString())};
    return fromRecord(*q, true);
}

Result<Exercise> ExerciseRepository::byId(qint64 id)
{
    return one(QStringLiteral("id"), id);
}

Result<Exercise> ExerciseRepository::byStableId(const QString& stableId)
{
    return one(QStringLiteral("stable_id"), stableId);
}

Result<Exercise> ExerciseRepository::find(const QString& idOrStableId)
{
    bool numeric = false;
    const qint64 id = idOrStableId.toLongLong(&numeric);
    if (numeric)
        return byId(id);
    return byStableId(idOrStableId.trimmed());
}

Result<qint64> ExerciseRepository::count()
{
    auto q = m_workspace.db().exec(QStringLiteral("SELECT count(*) FROM exercise"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QString> ExerciseRepository::uniqueClinicStableId(const QString& name)
{
    QString base = clinicStableIdPrefix() + slug(name);
    if (base == clinicStableIdPrefix())
        base += QStringLiteral("exercise");
    for (int n = 1; n < 10000; ++n) {
        const QString candidate = n == 1 ? base : QStringLiteral("%1_%2").arg(base).arg(n);
        auto q = m_workspace.db().exec(QStringLiteral("SELECT 1 FROM exercise WHERE stable_id = ?"),
                                       {candidate});
        if (!q)
            return q.error();
        if (!q->next())
            return candidate;
    }
    return Error{QStringLiteral("exercise.id"),
                 tr("Could not find a free id for \"%1\".").arg(name)};
}

Status ExerciseRepository::checkForSave(const Exercise& exercise)
{
    if (auto st = ExerciseJson::validate(exercise, ExerciseJson::Mode::Import); !st)
        return Error{st.error().code,
                     tr("Exercise \"%1\": %2").arg(exercise.name, st.error().message)};
    // Links must point at exercises that exist, or a progression would lead nowhere.
    for (const QString& link : exercise.regressions + exercise.progressions) {
        auto q = m_workspace.db().exec(QStringLiteral("SELECT 1 FROM exercise WHERE stable_id = ?"),
                                       {link});
        if (!q)
            return q.error();
        if (!q->next())
            return Error{QStringLiteral("exercise.link"),
                         tr("Exercise \"%1\" links to \"%2\", which is not in the library.")
                             .arg(exercise.name, link)};
    }
    return {};
}

Result<qint64> ExerciseRepository::insertRecord(const Exercise& exercise, bool keepId)
{
    QStringList cols = columns();
    QVariantList values = binds(exercise);
    cols << QStringLiteral("image");
    values << (exercise.image.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                        : QVariant(exercise.image));
    if (keepId) {
        cols.prepend(QStringLiteral("id"));
        values.prepend(exercise.id);
    }
    QStringList marks;
    marks.fill(QStringLiteral("?"), cols.size());
    return m_workspace.db().insert(
        QStringLiteral("INSERT INTO exercise (%1) VALUES (%2)")
            .arg(cols.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
        values);
}

Status ExerciseRepository::writeRecord(const Exercise& exercise)
{
    QStringList sets;
    for (const QString& c : columns())
        sets << c + QStringLiteral(" = ?");
    sets << QStringLiteral("image = ?") << QStringLiteral("row_version = row_version + 1");
    QVariantList values = binds(exercise);
    values << (exercise.image.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                        : QVariant(exercise.image));
    values << exercise.id;
    auto q = m_workspace.db().exec(
        QStringLiteral("UPDATE exercise SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))),
        values);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error{QStringLiteral("exercise.not_found"),
                     tr("There is no exercise %1.").arg(exercise.id)};
    return {};
}

Result<qint64> ExerciseRepository::create(const Exercise& exercise)
{
    auto created = m_workspace.db().write<qint64>([&]() -> Result<qint64> {
        // On a copy: a retried unit starts again from what the caller gave.
        Exercise fresh = exercise;
        if (fresh.stableId.isEmpty()) {
            auto stableId = uniqueClinicStableId(fresh.name);
            if (!stableId)
                return stableId.error();
            fresh.stableId = *stableId;
        } else if (!fresh.stableId.startsWith(clinicStableIdPrefix())) {
            return Error{
                QStringLiteral("exercise.id"),
                tr("The id of a clinic's own exercise must start with \"%1\" (found \"%2\").")
                    .arg(clinicStableIdPrefix(), fresh.stableId)};
        }
        fresh.origin = ExerciseOrigin::Clinic;
        fresh.edited = false;
        fresh.libraryVersion = 0;
        fresh.libraryHash.clear();
        fresh.shippedHash.clear();
        fresh.createdAt = fresh.updatedAt = m_workspace.clock().now();
        if (auto st = checkForSave(fresh); !st)
            return st.error();
        auto id = insertRecord(fresh, false);
        if (!id)
            return Error{
                id.error().code,
                tr("Could not save exercise \"%1\": %2").arg(fresh.name, id.error().message),
                id.error().kind()};
        return *id;
    });
    if (!created)
        return created.error();
    log()->info("exercise {} created", *created);
    m_workspace.db().notify(StoreNotice::added(StoreNotifier::Kind::Exercise, *created));
    return *created;
}

Result<qint64> ExerciseRepository::duplicate(qint64 id, const QString& name)
{
    auto source = byId(id);
    if (!source)
        return source.error();
    Exercise copy = *source;
    copy.id = 0;
    copy.basedOn = source->stableId;
    copy.name = name.isEmpty()
                    ? tr("%1 (copy)").arg(source->name).left(ExerciseJson::kMaxNameLength)
                    : name;
    copy.stableId.clear();
    copy.retired = false;
    return create(copy);
}

Status ExerciseRepository::update(const Exercise& exercise)
{
    // What was read stays held until the write: a picture set meanwhile is not lost.
    Status written = m_workspace.db().write([&]() -> Status {
        if (auto st = m_workspace.db().lockRow(QStringLiteral("exercise"), exercise.id); !st)
            return st.error();
        auto current = byId(exercise.id);
        if (!current)
            return current.error();
        // An edit based on an older version than the stored one would overwrite another desk's
        // change unseen: it is refused, naming who changed what.
        if (exercise.version > 0 && exercise.version != current->version)
            return ConflictReport::make(m_workspace.db(), QStringLiteral("exercise"), exercise.id,
                                        tr("Exercise %1").arg(exercise.id), exercise.version,
                                        current->version);
        Exercise changed = asChangeOf(exercise, *current, m_workspace.clock().now());
        // The picture and the retired flag have their own operations; an edit never loses them.
        changed.image = current->image;
        changed.imageType = current->imageType;
        changed.retired = current->retired;
        changed.edited =
            current->isBuiltIn() && (current->edited || ExerciseJson::contentHash(changed) !=
                                                            ExerciseJson::contentHash(*current));
        if (auto st = checkForSave(changed); !st)
            return st;
        if (auto st = writeRecord(changed); !st)
            return st;
        return {};
    });
    if (!written)
        return written;
    log()->info("exercise {} updated", exercise.id);
    m_workspace.db().notify(StoreNotice::changed(StoreNotifier::Kind::Exercise, exercise.id));
    return {};
}

Status ExerciseRepository::restore(const Exercise& snapshot, const Exercise& asLeft)
{
    return versionedRow::change(
        m_workspace.db(), exerciseTable(), snapshot.id, "restored to an earlier state",
        [&]() -> Status {
            auto current = byId(snapshot.id);
            if (!current)
                return current.error();
            if (ExerciseJson::contentHash(*current) != ExerciseJson::contentHash(asLeft))
                return ConflictReport::make(m_workspace.db(), QStringLiteral("exercise"),
                                            snapshot.id, tr("Exercise %1").arg(snapshot.id),
                                            asLeft.version, current->version);
            Exercise restored = snapshot;
            restored.image = current->image;
            restored.imageType = current->imageType;
            restored.retired = current->retired;
            return writeRecord(restored);
        });
}

Status ExerciseRepository::reinsert(const Exercise& snapshot)
{
    auto id = versionedRow::add(m_workspace.db(), exerciseTable(), true,
                                [&] { return insertRecord(snapshot, true); });
    if (!id)
        return id.error();
    return {};
}

Status ExerciseRepository::setRetired(qint64 id, bool retired)
{
    return versionedRow::change(
        m_workspace.db(), exerciseTable(), id, retired ? "retired" : "restored", [&]() -> Status {
            return changeColumns(m_workspace, id, QStringLiteral("retired = ?"), {int(retired)});
        });
}

Status ExerciseRepository::setImage(qint64 id, const QByteArray& data, const QString& type)
{
    if (!data.isEmpty() && !type.startsWith(QLatin1String("image/")))
        return Error{QStringLiteral("exercise.image"),
                     tr("\"%1\" is not an image type.").arg(type)};
    const QVariantList values{
        data.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(data),
        data.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(type)};
    return versionedRow::change(m_workspace.db(), exerciseTable(), id,
                                data.isEmpty() ? "picture removed" : "picture set", [&] {
                                    return changeColumns(
                                        m_workspace, id,
                                        QStringLiteral("image = ?, image_type = ?"), values);
                                });
}

Status ExerciseRepository::remove(qint64 id, const Exercise* asLeft)
{
    Database& db = m_workspace.db();
    QString name;
    return versionedRow::remove(
        db, exerciseTable(), id,
        [&](qint64 i) -> Status {
            auto current = byId(i);
            if (!current)
                return current.error();
            if (current->isBuiltIn())
                return Error{QStringLiteral("exercise.builtin"),
                             tr("\"%1\" is a built-in exercise; retire it instead of deleting it.")
                                 .arg(current->name)};
            if (asLeft && ExerciseJson::contentHash(*current) != ExerciseJson::contentHash(*asLeft))
                return ConflictReport::make(m_workspace.db(), QStringLiteral("exercise"), i,
                                            tr("Exercise %1").arg(i), asLeft->version,
                                            current->version);
            name = current->name;
            return {};
        },
        [&]() -> Status {
            auto q = db.exec(QStringLiteral("DELETE FROM exercise WHERE id = ?"), {id});
            if (!q)
                return Error{QStringLiteral("exercise.inuse"),
                             tr("\"%1\" could not be deleted (is it used in a programme?): %2")
                                 .arg(name, q.error().message),
                             q.error().kind()};
            return {};
        });
}

} // namespace gradus
