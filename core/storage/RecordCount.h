#pragma once

#include "util/Result.h"

#include <QStringList>

namespace gradus {

class Database;

// How many rows of `tables` have `column` = `id`, all told, in one round trip: what refers to a
// record. Table and column names come from the repositories, never from users.
Result<qint64> countReferring(Database& db, const QString& column, const QStringList& tables,
                              qint64 id);

} // namespace gradus
