#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace gradus {

class Database;

// The stored version (row_version) of one record, for edits that check the version they were
// based on before writing (`exercise edit --if-version`).
class RecordVersion
{
    Q_DECLARE_TR_FUNCTIONS(RecordVersion)

public:
    // `table` is a table name from the program, never from the user. A missing record is
    // ErrorKind::NotFound.
    static Result<int> of(Database& db, const QString& table, qint64 id);
};

} // namespace gradus
