#pragma once

#include "safety/SafetyCheck.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace gradus {

class Workspace;

// Keeping an "avoid" exercise in a programme with the clinician's reason (CLINICAL.md section
// 2): recorded with who and when, shown by every later check, and taken back by undo.
class SafetyOverrides
{
    Q_DECLARE_TR_FUNCTIONS(SafetyOverrides)

public:
    explicit SafetyOverrides(Workspace& workspace);

    // Requires a programme that is not superseded and holds the exercise, a known rule of
    // severity "avoid", a reason and who; `recordedAt` defaults to the clock's now. Errors:
    // "override.programme", "override.position", "override.exercise", "override.rule",
    // "override.reason", "override.who", "programme.not_found".
    Result<qint64> record(const SafetyOverride& entry);
    Result<QList<SafetyOverride>> forProgramme(qint64 programmeId);
    // Undoes record(): removes `recorded` (with its id and time) in one unit that holds the
    // programme. Refused ("override.relied_on", kind Refused) once the programme it was
    // recorded on has been given to the patient after it, or replaced by a newer version: the
    // reason is then part of what the patient was given and stays on record.
    Status withdraw(const SafetyOverride& recorded);

private:
    // What can be checked without the store.
    static Status check(const SafetyOverride& entry);
    static Status checkProgramme(const SafetyOverride& entry, const Programme& programme);

    Workspace& m_workspace;
};

} // namespace gradus
