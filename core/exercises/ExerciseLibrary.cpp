#include "exercises/ExerciseLibrary.h"

#include "Workspace.h"
#include "exercises/ExerciseJson.h"
#include "log/Logging.h"
#include "storage/ExerciseLibraryState.h"
#include "storage/ExerciseRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <functional>

namespace gradus {
namespace {

const auto log = &logging::module<"exercises">;

const QString kStateName = QStringLiteral("builtin");
constexpr int kMaxReported = 12;

// 1-based line and column of a byte offset, for JSON syntax errors.
QPair<int, int> lineAndColumn(const QByteArray& bytes, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

QString hashOf(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Finds a loop in the progression links (a → b → ... → a), which would send a patient round
// in circles; returns the loop as text, or empty.
QString progressionLoop(const QList<Exercise>& exercises)
{
    QHash<QString, QStringList> next;
    for (const Exercise& e : exercises)
        next.insert(e.stableId, e.progressions);
    enum State
    {
        Unseen,
        Active,
        Done
    };
    QHash<QString, State> state;
    QStringList path;
    std::function<QString(const QString&)> visit = [&](const QString& id) -> QString {
        state[id] = Active;
        path << id;
        for (const QString& to : next.value(id)) {
            if (state.value(to, Unseen) == Active)
                return (path.mid(path.indexOf(to)) << to).join(QStringLiteral(" → "));
            if (state.value(to, Unseen) == Unseen)
                if (QString loop = visit(to); !loop.isEmpty())
                    return loop;
        }
        path.removeLast();
        state[id] = Done;
        return {};
    };
    for (const Exercise& e : exercises)
        if (state.value(e.stableId, Unseen) == Unseen)
            if (QString loop = visit(e.stableId); !loop.isEmpty())
                return loop;
    return {};
}

Result<LibraryMergeReport> mergeOnce(Workspace& ws, const ExerciseLibraryFile& library)
{
    Database& db = ws.db();
    LibraryMergeReport report;
    report.libraryVersion = library.libraryVersion;
    return db.write<LibraryMergeReport>([&]() -> Result<LibraryMergeReport> {
        // On a copy: a retried unit starts counting again.
        LibraryMergeReport merged = report;

        ExerciseLibraryState libraryState(db);
        auto state = libraryState.read(kStateName);
        if (!state)
            return state.error();
        if (*state) {
            const int mergedVersion = (*state)->libraryVersion;
            if ((*state)->fileHash == library.fileHash) {
                merged.unchanged = true;
                return merged;
            }
            if (mergedVersion > library.libraryVersion) {
                log()->warn("exercise library {} is older than the merged library {}; left alone",
                            library.libraryVersion, mergedVersion);
                merged.unchanged = true;
                return merged;
            }
        }

        ExerciseRepository repository(ws);
        auto existing = repository.list();
        if (!existing)
            return existing.error();
        QHash<QString, Exercise> byStableId;
        for (const Exercise& e : *existing)
            byStableId.insert(e.stableId, e);

        const QDateTime now = ws.clock().now();
        QSet<QString> shipped;
        for (const Exercise& offered : library.exercises) {
            shipped.insert(offered.stableId);
            auto found = byStableId.constFind(offered.stableId);
            if (found == byStableId.constEnd()) {
                Exercise fresh = offered;
                fresh.shippedHash = offered.libraryHash;
                fresh.createdAt = fresh.updatedAt = now;
                if (auto id = repository.insertRecord(fresh, false); !id)
                    return Error{id.error().code,
                                 ExerciseLibrary::tr("Could not add exercise \"%1\": %2")
                                     .arg(offered.stableId, id.error().message),
                                 id.error().kind()};
                ++merged.added;
                continue;
            }
            Exercise row = *found;
            // Fetch the full row (with its picture) only when it will be written.
            auto writeBack = [&](Exercise changed) -> Status {
                auto full = repository.byId(row.id);
                if (!full)
                    return full.error();
                changed.image = full->image;
                changed.imageType = full->imageType;
                return repository.writeRecord(changed);
            };
            if (!row.isBuiltIn() || row.libraryVersion > library.libraryVersion)
                continue; // a clinic's own record, or content from a newer library
            if (row.edited) {
                if (row.shippedHash != offered.libraryHash) {
                    row.shippedHash = offered.libraryHash;
                    if (auto st = writeBack(row); !st)
                        return st.error();
                }
                if (row.libraryHash != offered.libraryHash)
                    ++merged.keptEdited;
                continue;
            }
            if (row.libraryHash == offered.libraryHash &&
                row.libraryVersion == library.libraryVersion &&
                row.shippedHash == offered.libraryHash)
                continue;
            Exercise updated = offered;
            updated.id = row.id;
            updated.retired = row.retired;
            updated.createdAt = row.createdAt;
            updated.updatedAt = row.libraryHash == offered.libraryHash ? row.updatedAt : now;
            updated.shippedHash = offered.libraryHash;
            if (auto st = writeBack(updated); !st)
                return st.error();
            if (row.libraryHash != offered.libraryHash)
                ++merged.updated;
        }
        for (const Exercise& row : std::as_const(*existing)) {
            if (!row.isBuiltIn() || shipped.contains(row.stableId) || row.edited || row.retired ||
                row.libraryVersion > library.libraryVersion)
                continue;
            if (auto st = libraryState.withdraw(row.id, now); !st)
                return st.error();
            ++merged.withdrawn;
        }

        if (auto st =
                libraryState.write(kStateName, {library.libraryVersion, library.fileHash}, now);
            !st)
            return st.error();
        return merged;
    });
}

} // namespace

Result<ExerciseLibraryFile> ExerciseLibrary::parse(const QByteArray& bytes, const QString& fileName)
{
    auto failure = [&](const QString& problem) {
        return Error{QStringLiteral("library.invalid"),
                     tr("%1: %2. Nothing was loaded from it.").arg(fileName, problem)};
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes, parseError.offset);
        return failure(tr("is not valid JSON at line %1, column %2 (%3)")
                           .arg(line)
                           .arg(column)
                           .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return failure(tr("must hold a JSON object with \"format\" and \"exercises\""));
    const QJsonObject top = doc.object();
    const QStringList known{QStringLiteral("format"),          QStringLiteral("format_version"),
                            QStringLiteral("library_version"), QStringLiteral("language"),
                            QStringLiteral("about"),           QStringLiteral("exercises")};
    for (auto it = top.begin(); it != top.end(); ++it)
        if (!known.contains(it.key()))
            return failure(tr("field '%1' is not a known field (expected one of: %2)")
                               .arg(it.key(), known.join(QStringLiteral(", "))));
    if (top.value(QStringLiteral("format")).toString() != QLatin1String("gradus-exercise-library"))
        return failure(tr("field 'format' must be \"gradus-exercise-library\""));
    const QJsonValue formatVersion = top.value(QStringLiteral("format_version"));
    if (!formatVersion.isDouble() || formatVersion.toInt() < 1)
        return failure(tr("field 'format_version' must be a whole number from 1"));
    if (formatVersion.toInt() > kFormatVersion)
        return failure(tr("field 'format_version' is %1, but this Gradus reads up to %2; install "
                          "a newer Gradus")
                           .arg(formatVersion.toInt())
                           .arg(kFormatVersion));
    const QJsonValue libraryVersion = top.value(QStringLiteral("library_version"));
    if (!libraryVersion.isDouble() || libraryVersion.toDouble() < 1 ||
        libraryVersion.toDouble() != double(libraryVersion.toInt()))
        return failure(tr("field 'library_version' must be a whole number from 1"));
    const QJsonValue list = top.value(QStringLiteral("exercises"));
    if (!list.isArray() || list.toArray().isEmpty())
        return failure(tr("field 'exercises' must be a non-empty list"));

    ExerciseLibraryFile library;
    library.fileName = fileName;
    library.libraryVersion = libraryVersion.toInt();
    library.fileHash = hashOf(bytes);

    QStringList problems;
    QHash<QString, int> numbers;
    const QJsonArray array = list.toArray();
    // Every id the file mentions, even of exercises with problems, so a link to a broken
    // exercise is not reported twice.
    QSet<QString> mentioned;
    for (const QJsonValue v : array)
        mentioned.insert(v.toObject().value(QStringLiteral("id")).toString());
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject json = array.at(i).toObject();
        const QString rawId = json.value(QStringLiteral("id")).toString();
        const QString which = rawId.isEmpty()
                                  ? tr("exercise number %1 (no id)").arg(i + 1)
                                  : tr("exercise '%1' (number %2)").arg(rawId).arg(i + 1);
        if (!array.at(i).isObject()) {
            problems << tr("%1: must be an object").arg(which);
            continue;
        }
        auto exercise = ExerciseJson::fromJson(json, ExerciseJson::Mode::Library);
        if (!exercise) {
            problems << QStringLiteral("%1: %2").arg(which, exercise.error().message);
            continue;
        }
        if (exercise->stableId.startsWith(clinicStableIdPrefix())) {
            problems << tr("%1: field 'id' must not start with \"%2\", which is kept for the "
                           "clinic's own exercises")
                            .arg(which, clinicStableIdPrefix());
            continue;
        }
        if (numbers.contains(exercise->stableId)) {
            problems << tr("%1: field 'id' repeats the id of exercise number %2")
                            .arg(which)
                            .arg(numbers.value(exercise->stableId));
            continue;
        }
        numbers.insert(exercise->stableId, i + 1);
        exercise->libraryVersion = library.libraryVersion;
        exercise->libraryHash = ExerciseJson::contentHash(*exercise);
        library.exercises << *exercise;
    }
    // Links are checked once every id is known.
    for (const Exercise& e : std::as_const(library.exercises)) {
        const QString which =
            tr("exercise '%1' (number %2)").arg(e.stableId).arg(numbers.value(e.stableId));
        for (const auto& [key, links] :
             {std::pair{QStringLiteral("regressions"), &e.regressions},
              std::pair{QStringLiteral("progressions"), &e.progressions}})
            for (int i = 0; i < links->size(); ++i)
                if (!mentioned.contains(links->at(i)))
                    problems << tr("%1: field '%2[%3]' names \"%4\", which is not in this library")
                                    .arg(which, key)
                                    .arg(i)
                                    .arg(links->at(i));
    }
    if (problems.isEmpty())
        if (const QString loop = progressionLoop(library.exercises); !loop.isEmpty())
            problems << tr("the progressions go round in a loop: %1").arg(loop);

    if (problems.size() == 1)
        return failure(problems.constFirst());
    if (!problems.isEmpty()) {
        QString message =
            tr("%1 has %2 problems; nothing was loaded from it:", nullptr, int(problems.size()))
                .arg(fileName)
                .arg(problems.size());
        for (const QString& problem : problems.mid(0, kMaxReported))
            message += QStringLiteral("\n  - ") + problem;
        if (problems.size() > kMaxReported)
            message +=
                QStringLiteral("\n  - ") + tr("… and %1 more").arg(problems.size() - kMaxReported);
        return Error{QStringLiteral("library.invalid"), message};
    }
    return library;
}

Result<ExerciseLibraryFile> ExerciseLibrary::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QStringLiteral("library.read"),
            tr("Could not read the exercise library %1: %2").arg(path, file.errorString())};
    const QString name = path.startsWith(u':') ? QFileInfo(path).fileName() : path;
    return parse(file.readAll(), name);
}

Result<ExerciseLibraryFile> ExerciseLibrary::builtIn()
{
    return loadFile(builtInResource());
}

Result<LibraryMergeReport> ExerciseLibrary::merge(Workspace& workspace,
                                                  const ExerciseLibraryFile& library)
{
    auto report = mergeOnce(workspace, library);
    // Two desks starting together on a shared server may both try the first import; the
    // loser's transaction fails on the unique stable id and finds the work done on retry. A
    // busy store is not asked again: the write lock was already waited for, and asking twice
    // doubled the wait of a command on a store another program held locked.
    if (!report && report.error().kind() != ErrorKind::Busy) {
        log()->warn("exercise library merge failed ({}); trying once more",
                    report.error().code.toStdString());
        report = mergeOnce(workspace, library);
    }
    if (!report) {
        log()->error("exercise library {} could not be merged: {}", library.libraryVersion,
                     report.error().code.toStdString());
        return Error{report.error().code,
                     tr("The exercise library could not be loaded into the database: %1")
                         .arg(report.error().message),
                     report.error().kind()};
    }
    if (!report->unchanged) {
        log()->info(
            "exercise library {} merged: {} added, {} updated, {} edited kept, {} withdrawn",
            library.libraryVersion, report->added, report->updated, report->keptEdited,
            report->withdrawn);
        workspace.db().notify(StoreNotice::reset(StoreNotifier::Kind::Exercise));
    }
    return report;
}

Result<LibraryMergeReport> ExerciseLibrary::ensureLoaded(Workspace& workspace)
{
    QFile file(builtInResource());
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("library.read"),
                     tr("The built-in exercise library is missing from this build.")};
    const QByteArray bytes = file.readAll();
    // The fast path: the same file was merged before, so there is nothing to parse.
    auto state = ExerciseLibraryState(workspace.db()).read(kStateName);
    if (!state)
        return state.error();
    if (*state && (*state)->fileHash == hashOf(bytes)) {
        LibraryMergeReport report;
        report.unchanged = true;
        return report;
    }
    auto library = parse(bytes, QFileInfo(builtInResource()).fileName());
    if (!library)
        return library.error();
    return merge(workspace, *library);
}

Result<LibraryMergeReport> ExerciseLibrary::loadFrom(Workspace& workspace, const QString& path)
{
    auto library = loadFile(path);
    if (!library)
        return library.error();
    return merge(workspace, *library);
}

} // namespace gradus
