#include "handout/ProgrammeSource.h"

#include <QCoreApplication>

namespace gradus {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeSource)
};
} // namespace

Result<Programme> loadProgramme(Workspace&, qint64 programmeId)
{
    // MERGE(issue 5): return ProgrammeRepository(workspace).get(programmeId);
    return Error{QStringLiteral("programme.unavailable"),
                 Tr::tr("Cannot read programme %1: programmes are not available in this build.")
                     .arg(programmeId)};
}

} // namespace gradus
