#pragma once

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

} // namespace gradus
