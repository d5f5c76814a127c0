#pragma once

#include "safety/SafetyCheck.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace gradus {

class Workspace;

// Overrides of "avoid" findings (table safety_override, resources/sql/0006_safety.sql): a
// clinician keeps an exercise a rule says to avoid only by recording a reason; who and when
// are stored with it. Overrides are never edited; removing one (undo) deletes it. What makes an
// override valid is SafetyOverrides' to decide; this stores and reads them.
class SafetyOverrideRepository
{
    Q_DECLARE_TR_FUNCTIONS(SafetyOverrideRepository)

public:
    explicit SafetyOverrideRepository(Workspace& workspace);

    // Stores `entry` as recorded at `at`, reason and name trimmed.
    Result<qint64> insert(const SafetyOverride& entry, const QDateTime& at);
    // The overrides that apply to the version `programmeId`: those recorded on it and on the
    // earlier versions of its lineage, so a kept exercise stays kept in a new draft version.
    Result<QList<SafetyOverride>> forProgramme(qint64 programmeId);
    Status remove(qint64 id);

private:
    Workspace& m_workspace;
};

} // namespace gradus
