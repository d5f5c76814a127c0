#pragma once

#include <QVariant>

namespace gradus {
struct RevisionStamp;
}

namespace gradus::revisionCells {

// What a table of records that are corrected by revisions (visits, measures) shows from the
// revisions alone, role by role; an invalid QVariant for what the table decides itself.
// - A withdrawn row (shown only on request) is never taken for a current one: struck out and
//   muted, its status cell in italics saying "Entered in error".
// - The status cell is blank for an original so that the corrected ones stand out: "Amended"
//   in the warning tone, with when, by whom and why as a plain-text tool tip.
QVariant data(const RevisionStamp& record, int role, bool statusColumn);

} // namespace gradus::revisionCells
