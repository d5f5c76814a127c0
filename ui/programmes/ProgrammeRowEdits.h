#pragma once

#include "model/Prescription.h"

#include <QList>
#include <QPair>

namespace gradus {

// The builder's reordering edits as plain changes of a Programme, addressed by table row
// (prescriptions in reading order across sections, as ProgrammeTableModel shows them).
// Each returns false and leaves the programme as it was when nothing would change.
namespace ProgrammeRowEdits {

// Row -> (section index, position in that section), in reading order.
QList<QPair<int, int>> layout(const Programme& programme);

// Inserts `prescriptions` before `beforeRow`, in that row's section; at the end of the last
// section when `beforeRow` is out of range (a section named `firstSectionName` is made when
// there is none yet).
bool insert(Programme& programme, const QList<Prescription>& prescriptions, int beforeRow,
            const QString& firstSectionName);

// Moves `rows` (in their order) to before `beforeRow` (the row count: to the end). They join
// the section of the row they are dropped before, at the end of the last section when dropped
// at the end: dragging into another section's place moves an exercise into that section.
bool moveRows(Programme& programme, QList<int> rows, int beforeRow);

// Moves one row up (delta -1) or down (+1). Across a section boundary it joins the
// neighbouring section at its near edge instead of swapping with that section's first/last.
bool moveByOne(Programme& programme, int row, int delta);

} // namespace ProgrammeRowEdits
} // namespace gradus
