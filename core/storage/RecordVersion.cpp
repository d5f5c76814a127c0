#include "storage/RecordVersion.h"

#include "storage/Database.h"

namespace gradus {

Result<int> RecordVersion::of(Database& db, const QString& table, qint64 id)
{
    auto q = db.exec(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("record.not_found"),
                     tr("There is no record %1 in %2.").arg(id).arg(table), ErrorKind::NotFound};
    return q->value(0).toInt();
}

} // namespace gradus
