#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace gradus {

class Database;

// What each account may do on a PostgreSQL server, said by the database itself so that plain
// SQL is held to it too. Two group roles, shared by every clinic database on the server:
//   gradus_clinician  reads everything; records clinical entries (patients, episodes, visits,
//                     measures, programmes, safety decisions, pacing); edits the editable ones
//   gradus_admin      a clinician who also keeps the exercise library, templates, clinic
//                     settings and the accounts (through gradus_user_* functions, which run as
//                     the schema owner so that an administrator need not be a superuser)
// Nobody but the schema owner may change or delete recorded visits, measures or the audit
// trail: the grants leave those out, and a guard trigger refuses it even where a cascade
// would do it on a clinician's behalf.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)

public:
    static QString clinicianGroup() { return QStringLiteral("gradus_clinician"); }
    static QString adminGroup() { return QStringLiteral("gradus_admin"); }

    // Creates the group roles where the server has none yet (reusing those another clinic
    // database made), and sets the grants, the history guard and the account functions for
    // every table as the schema is now. Idempotent; runs inside the schema upgrade's
    // transaction (Database::applyMigration), as the schema owner. A no-op on SQLite. Where
    // the owner may not create roles and none exist, the grants are left out and a warning is
    // logged: the clinic then has no accounts but the owner's.
    static Status install(Database& db);
};

} // namespace gradus
