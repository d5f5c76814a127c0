#pragma once

#include "notify/StoreNotifier.h"

namespace gradus {

// One change announced on the StoreNotifier. Repositories queue notices on the Database
// during a unit of work; they are emitted once, after the outermost commit, and dropped on
// rollback, so views never hear of a change that was not saved.
struct StoreNotice
{
    enum class Change
    {
        Added,
        Changed,
        Removed,
        Reset, // many records of the kind changed: reload them all
    };

    Change change = Change::Changed;
    StoreNotifier::Kind kind = StoreNotifier::Kind::Patient;
    qint64 id = 0; // unused for Reset

    static StoreNotice added(StoreNotifier::Kind kind, qint64 id)
    {
        return {Change::Added, kind, id};
    }
    static StoreNotice changed(StoreNotifier::Kind kind, qint64 id)
    {
        return {Change::Changed, kind, id};
    }
    static StoreNotice removed(StoreNotifier::Kind kind, qint64 id)
    {
        return {Change::Removed, kind, id};
    }
    static StoreNotice reset(StoreNotifier::Kind kind) { return {Change::Reset, kind, 0}; }

    friend bool operator==(const StoreNotice&, const StoreNotice&) = default;
};

// Emits notices on the notifier, in order.
void emitNotices(StoreNotifier& notifier, const QList<StoreNotice>& notices);

} // namespace gradus
