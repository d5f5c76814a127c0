#pragma once

#include "model/Exercise.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace gradus {

class Workspace;

// Stores exercises (table `exercise`, schema step 3). Every write is one transaction and is
// announced on the workspace's StoreNotifier after it commits.
class ExerciseRepository
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseRepository)

public:
    explicit ExerciseRepository(Workspace& workspace);

    enum class Retired
    {
        Include,
        Exclude
    };

    // All exercises by name, without image bytes (imageType still says whether there is one).
    Result<QList<Exercise>> list(Retired retired = Retired::Include);
    // One exercise, with its image.
    Result<Exercise> byId(qint64 id);
    // Several exercises with their images in one statement (a handout's: one round trip, not
    // one per exercise). Ids that name no exercise are left out of the answer.
    Result<QHash<qint64, Exercise>> byIds(const QList<qint64>& ids);
    Result<Exercise> byStableId(const QString& stableId);
    // "12" finds by database id, "bird_dog" by stable id.
    Result<Exercise> find(const QString& idOrStableId);
    Result<qint64> count();

    // A new clinic exercise. An empty stable id is made from the name ("clinic_...").
    Result<qint64> create(const Exercise& exercise);
    // A clinic copy of `id`, remembering what it was based on. The copy is named `name`, or
    // "<original> (copy)" when empty.
    Result<qint64> duplicate(qint64 id, const QString& name = {});
    // Saves a clinician's change to the content. A built-in exercise becomes "edited", so
    // library upgrades no longer overwrite it.
    Status update(const Exercise& exercise);
    Status setRetired(qint64 id, bool retired);
    // Empty data removes the picture.
    Status setImage(qint64 id, const QByteArray& data, const QString& type);
    // Deletes a clinic exercise (undoing its creation). Built-in ones are retired instead.
    // With `asLeft` (the undo of a creation), refused as a conflict unless the stored content
    // is still that: an edit another desk made since is never deleted with it.
    Status remove(qint64 id, const Exercise* asLeft = nullptr);
    // Undo and redo of an edit: puts the content back as `snapshot` (from byId) had it, while
    // the stored content is still what the step left (`asLeft`, compared by content hash);
    // otherwise refused as a conflict, so an undo never reverts another desk's edit. The
    // picture and the retired mark stay as stored: they have steps of their own.
    Status restore(const Exercise& snapshot, const Exercise& asLeft);
    // Recreates a deleted exercise with its old id.
    Status reinsert(const Exercise& snapshot);

    // Storage-level writes for undo/redo and the library merge: they write every column
    // exactly as given, including origin, edited and the library fields, and validate
    // nothing beyond the schema.
    Result<qint64> insertRecord(const Exercise& exercise, bool keepId);
    Status writeRecord(const Exercise& exercise);

    // The stable id a new clinic exercise with this name would get.
    Result<QString> uniqueClinicStableId(const QString& name);

private:
    Status checkForSave(const Exercise& exercise);
    Result<Exercise> one(const QString& where, const QVariant& value);

    Workspace& m_workspace;
};

} // namespace gradus
