#pragma once

#include "connection/DatabaseLocation.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace gradus {

class Database;

// What a copy wrote: the target and the rows of every table, counted on the target inside the
// copy's own transaction and found equal to the source's.
struct StoreCopyReport
{
    QString target; // display name (never a password)
    SqlBackend backend = SqlBackend::Sqlite;
    int schemaVersion = 0;
    QList<QPair<QString, qint64>> counts; // by table name
    qint64 totalRows() const;
};

// Moving a clinic: copies every table of an open store (SQLite or server) into an empty target,
// a new SQLite file or an empty server database, keeping ids, pictures and history (visit
// revisions, the audit trail). The target is filled in one transaction; a new SQLite file is
// built under a temporary name and renamed into place when complete, so a failure leaves no
// file, and a failure on a server leaves its database empty. A target that already holds records
// is refused before anything is written to it.
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)

public:
    static Result<StoreCopyReport> copy(Database& source, const DatabaseLocation& target);
};

} // namespace gradus
