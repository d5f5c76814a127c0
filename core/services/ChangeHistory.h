#pragma once

#include "model/AuditEntry.h"
#include "util/Result.h"

#include <QList>

namespace gradus {

class Workspace;

// What the database's audit trail recorded (storage/AuditTrail), as the History tab reads
// it: who changed which record, when, and the values before and after.
class ChangeHistory
{
public:
    explicit ChangeHistory(Workspace& workspace);

    // A patient's records, newest change first, at most `limit`.
    Result<QList<AuditEntry>> forPatient(qint64 patientId, int limit);

private:
    Workspace& m_workspace;
};

} // namespace gradus
