#include "services/StoreSummary.h"

#include "Workspace.h"

namespace gradus {

StoreSummary StoreSummary::of(Workspace& workspace)
{
    return {workspace.db().location().displayName(), workspace.db().schemaVersion()};
}

} // namespace gradus
