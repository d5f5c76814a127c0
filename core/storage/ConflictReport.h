#pragma once

#include "util/Result.h"

#include <QCoreApplication>

namespace gradus {

class Database;

// The refusal of a stale edit: the record `what` (e.g. "Patient 12") moved on from version
// `basedOn` to `current` since the clinician read it. The message names who changed it, when
// and which fields, from the audit trail, and says that nothing was written. Kind Conflict.
class ConflictReport
{
    Q_DECLARE_TR_FUNCTIONS(ConflictReport)

public:
    static Error make(Database& db, const QString& table, qint64 id, const QString& what,
                      int basedOn, int current);
};

} // namespace gradus
