#include "services/ProgrammeSource.h"

#include "storage/ProgrammeRepository.h"

namespace gradus {

Result<Programme> loadProgramme(Workspace& workspace, qint64 programmeId)
{
    return ProgrammeRepository(workspace).get(programmeId);
}

} // namespace gradus
