#pragma once

#include "safety/SafetyCheck.h"
#include "util/Result.h"

#include <QList>

namespace gradus {

class Workspace;

// Keeping an "avoid" exercise in a programme with the clinician's reason (CLINICAL.md section
// 2): recorded with who and when, shown by every later check, and taken back by undo.
class SafetyOverrides
{
public:
    explicit SafetyOverrides(Workspace& workspace);

    Result<qint64> record(const SafetyOverride& entry);
    Result<QList<SafetyOverride>> forProgramme(qint64 programmeId);
    Status remove(qint64 id);

private:
    Workspace& m_workspace;
};

} // namespace gradus
