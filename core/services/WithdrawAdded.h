#pragma once

#include "storage/ConflictReport.h"
#include "storage/Database.h"

#include <functional>

namespace gradus {

// Whether `stored` still holds what `added` held when it was added: the test before an undo
// takes an addition away, so that it never takes away a change made since. The version and the
// stamps are not content: steps above the addition that were undone raised the version and
// left the record as it was.
template <typename Record> bool unchangedSince(Record stored, Record added)
{
    for (Record* r : {&stored, &added}) {
        r->version = 0;
        r->createdAt = {};
        r->updatedAt = {};
    }
    return stored == added;
}

// What undoing the addition of one kind of record needs (PatientEdits, EpisodeEdits). A
// condition, which nothing refers to, uses the same rule for its removal.
template <typename Record> struct Withdrawal
{
    QString table;                              // the row held, and named in a conflict ("patient")
    QString what;                               // "Patient 4", for a conflict's message
    std::function<Result<Record>()> read;       // the record as stored now
    std::function<Result<qint64>()> references; // how many records refer to it; none if unset
    std::function<Error(const Record&)> inUse;  // the refusal when any does
    std::function<Status()> remove;
};

// The one rule for undoing an addition: in one unit that holds the row, refused as a conflict
// when the record was changed since it was added, and with `inUse` when anything refers to it
// (an undo never takes away or unlinks what was recorded after it); then removed. Returns the
// record as it was, for redo.
template <typename Record>
Result<Record> withdrawAdded(Database& db, const Record& added, const Withdrawal<Record>& w)
{
    return db.write<Record>([&]() -> Result<Record> {
        if (auto st = db.lockRow(w.table, added.id); !st)
            return st.error();
        auto current = w.read();
        if (!current)
            return current.error();
        if (!unchangedSince(*current, added))
            return ConflictReport::make(db, w.table, added.id, w.what, added.version,
                                        current->version);
        if (w.references) {
            auto references = w.references();
            if (!references)
                return references.error();
            if (*references > 0)
                return w.inUse(*current);
        }
        if (auto st = w.remove(); !st)
            return st.error();
        return current;
    });
}

} // namespace gradus
