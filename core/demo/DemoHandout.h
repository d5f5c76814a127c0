#pragma once

#include "handout/HandoutContent.h"
#include "util/Result.h"

namespace gradus {

class Workspace;

// A fixed, fictional eight-exercise programme for low back pain with a graded walking plan:
// the handout's golden-text test, its benchmark and the screenshots all print this one.
// Needs the built-in exercise library in the store.
Result<Programme> demoHandoutProgramme(Workspace& workspace, qint64 patientId);
// Walking from a tolerance of 10, 12 and 11 minutes to 30 minutes, in 3 bouts a day.
Result<HandoutPacing> demoHandoutPacing(const QDate& start);

} // namespace gradus
