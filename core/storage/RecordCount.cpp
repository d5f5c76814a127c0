#include "storage/RecordCount.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace gradus {

Result<qint64> countReferring(Database& db, const QString& column, const QStringList& tables,
                              qint64 id)
{
    QStringList counts;
    QVariantList binds;
    for (const QString& table : tables) {
        counts.append(QStringLiteral("(SELECT count(*) FROM %1 WHERE %2 = ?)").arg(table, column));
        binds.append(id);
    }
    auto q = db.exec(QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + ")), binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace gradus
