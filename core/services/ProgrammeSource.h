#pragma once

#include "model/Prescription.h"
#include "util/Result.h"

namespace gradus {

class Workspace;

// Reads a stored programme for a handout. In this build programmes are not stored yet (the
// builder, issue 5, brings the repository) and this returns an error that says so; at merge
// its body becomes ProgrammeRepository(workspace).get(id).
Result<Programme> loadProgramme(Workspace& workspace, qint64 programmeId);

} // namespace gradus
