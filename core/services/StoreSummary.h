#pragma once

#include <QString>

namespace gradus {

class Workspace;

// What the About box and the welcome page say about the store in use: where it is (never a
// password) and the schema version it holds.
struct StoreSummary
{
    QString where;
    int schemaVersion = 0;

    static StoreSummary of(Workspace& workspace);
};

} // namespace gradus
