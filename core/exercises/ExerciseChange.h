#pragma once

#include "model/Exercise.h"

#include <QDateTime>

namespace gradus {

// `incoming` as a change to the stored `current`, made at `now`. Which record it is, what kind
// (built-in or the clinic's own), its library bookkeeping and its creation time are the stored
// ones, whatever an edit or an imported file says: they are not the clinician's to change.
inline Exercise asChangeOf(const Exercise& incoming, const Exercise& current, const QDateTime& now)
{
    Exercise changed = incoming;
    changed.id = current.id;
    changed.stableId = current.stableId;
    changed.origin = current.origin;
    changed.libraryVersion = current.libraryVersion;
    changed.libraryHash = current.libraryHash;
    changed.shippedHash = current.shippedHash;
    changed.createdAt = current.createdAt;
    changed.updatedAt = now;
    return changed;
}

} // namespace gradus
