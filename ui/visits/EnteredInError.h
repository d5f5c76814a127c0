#pragma once

#include <QVariant>

namespace gradus::enteredInError {

// How a withdrawn row (shown only on request) reads in a table, role by role, so that it is
// never taken for a current one: struck out and muted, its status cell in italics saying
// "Entered in error". Nothing for the roles it leaves to the model.
QVariant rowData(int role, bool statusColumn);

} // namespace gradus::enteredInError
