#include "exercises/ExerciseTransfer.h"

#include "Workspace.h"
#include "exercises/ExerciseChange.h"
#include "exercises/ExerciseJson.h"
#include "log/Logging.h"
#include "storage/ExerciseRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace gradus {

QByteArray ExerciseTransfer::exportJson(const QList<Exercise>& exercises, const QDateTime& when)
{
    QJsonArray list;
    for (const Exercise& e : exercises)
        list.append(ExerciseJson::toJson(e, true));
    const QJsonObject top{{QStringLiteral("format"), QStringLiteral("gradus-exercises")},
                          {QStringLiteral("format_version"), kFormatVersion},
                          {QStringLiteral("exported_at"), when.toUTC().toString(Qt::ISODate)},
                          {QStringLiteral("exercises"), list}};
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

namespace {

Error importFailure(const QString& fileName, const QString& problem,
                    ErrorKind kind = ErrorKind::Invalid)
{
    // Bad content is invalid input; a store that refuses the write keeps its own kind
    // (read-only, disk full, busy), so scripts can tell the two apart.
    return Error{kind == ErrorKind::Invalid ? QStringLiteral("import.invalid")
                                            : QStringLiteral("import.failed"),
                 ExerciseTransfer::tr("%1: %2. Nothing was imported.").arg(fileName, problem),
                 kind};
}

} // namespace

Result<QList<Exercise>> ExerciseTransfer::parseExport(const QByteArray& bytes,
                                                      const QString& fileName)
{
    auto failure = [&](const QString& problem) { return importFailure(fileName, problem); };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(tr("is not valid JSON (%1 at byte %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    const QJsonObject top = doc.object();
    if (top.value(QStringLiteral("format")).toString() != QLatin1String("gradus-exercises"))
        return failure(
            tr("is not a Gradus exercise export (field 'format' must be \"gradus-exercises\")"));
    // Read as a number first: toInt() answers 0 for 1e30, 2.5 or "2", which would have let a
    // newer (or broken) file through as the oldest version.
    const QJsonValue version = top.value(QStringLiteral("format_version"));
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number < 1 || number != std::floor(number))
        return failure(tr("field 'format_version' must be a whole number from 1"));
    if (number > kFormatVersion)
        return failure(tr("was written by a newer Gradus (format version %1)").arg(number));
    if (!top.value(QStringLiteral("exercises")).isArray())
        return failure(tr("field 'exercises' must be a list"));

    QList<Exercise> incoming;
    QSet<QString> seen;
    const QJsonArray array = top.value(QStringLiteral("exercises")).toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString rawId = array.at(i).toObject().value(QStringLiteral("id")).toString();
        const QString which = rawId.isEmpty()
                                  ? tr("exercise number %1").arg(i + 1)
                                  : tr("exercise '%1' (number %2)").arg(rawId).arg(i + 1);
        auto e = ExerciseJson::fromJson(array.at(i).toObject(), ExerciseJson::Mode::Import);
        if (!e)
            return failure(QStringLiteral("%1: %2").arg(which, e.error().message));
        if (seen.contains(e->stableId))
            return failure(tr("%1: field 'id' appears twice in the file").arg(which));
        seen.insert(e->stableId);
        incoming << *e;
    }
    return incoming;
}

Result<ImportReport> ExerciseTransfer::importJson(Workspace& workspace, const QByteArray& bytes,
                                                  const QString& fileName, bool replace)
{
    auto failure = [&](const QString& problem, ErrorKind kind = ErrorKind::Invalid) {
        return importFailure(fileName, problem, kind);
    };
    auto parsed = parseExport(bytes, fileName);
    if (!parsed)
        return parsed.error();
    const QList<Exercise> incoming = *parsed;

    ExerciseRepository repository(workspace);
    ImportReport report;
    auto saved = workspace.db().write<ImportReport>([&]() -> Result<ImportReport> {
        // On a copy: a retried unit starts again from an empty report.
        ImportReport written = report;
        for (const Exercise& e : std::as_const(incoming)) {
            auto existing = repository.byStableId(e.stableId);
            if (!existing && existing.error().code != QLatin1String("exercise.not_found"))
                return existing.error();
            if (!existing) {
                if (!e.stableId.startsWith(clinicStableIdPrefix()))
                    return failure(
                        tr("exercise '%1' is a built-in exercise that this Gradus does not "
                           "have; only the clinic's own exercises (ids starting with \"%2\") "
                           "can be added")
                            .arg(e.stableId, clinicStableIdPrefix()));
                Exercise fresh = e;
                fresh.origin = ExerciseOrigin::Clinic;
                fresh.edited = false;
                fresh.createdAt = fresh.updatedAt = workspace.clock().now();
                auto id = repository.insertRecord(fresh, false);
                if (!id)
                    return failure(tr("exercise '%1' could not be saved: %2")
                                       .arg(e.stableId, id.error().message),
                                   id.error().kind());
                written.added << e.stableId;
                continue;
            }
            if (!replace) {
                written.skipped << e.stableId;
                continue;
            }
            Exercise changed = asChangeOf(e, *existing, workspace.clock().now());
            changed.edited =
                existing->isBuiltIn() &&
                (existing->edited || ExerciseJson::contentHash(changed) != existing->libraryHash);
            if (changed.image.isEmpty()) {
                changed.image = existing->image;
                changed.imageType = existing->imageType;
            }
            if (auto st = repository.writeRecord(changed); !st)
                return failure(
                    tr("exercise '%1' could not be saved: %2").arg(e.stableId, st.error().message),
                    st.error().kind());
            written.replaced << e.stableId;
        }
        // Links may point at exercises in the same file, so they are checked once all are in.
        for (const Exercise& e : std::as_const(incoming)) {
            for (const QString& link : e.regressions + e.progressions) {
                auto target = repository.byStableId(link);
                if (!target)
                    return failure(tr("exercise '%1' links to \"%2\", which is neither in the file "
                                      "nor in this library")
                                       .arg(e.stableId, link));
            }
        }
        return written;
    });
    if (!saved)
        return saved.error();
    logging::get("exercises")
        ->info("imported exercises: {} added, {} replaced, {} skipped", saved->added.size(),
               saved->replaced.size(), saved->skipped.size());
    if (!saved->added.isEmpty() || !saved->replaced.isEmpty())
        workspace.db().notify(StoreNotice::reset(StoreNotifier::Kind::Exercise));
    return saved;
}

} // namespace gradus
