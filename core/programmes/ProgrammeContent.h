#pragma once

#include "model/Prescription.h"

namespace gradus {

// Whether two versions of a programme hold the same for the clinician and the patient: name,
// goal, start and review dates, and the sections with their prescriptions in order (exercise,
// dose, rest, side, load, tempo, note). Ids, version numbers, status and stamps are not
// content: saving a draft stores its prescriptions afresh, under new ids. Names are compared
// as stored (trimmed).
bool sameContent(const Programme& a, const Programme& b);

} // namespace gradus
