#include "model/AuditEntry.h"

#include <QSet>

namespace gradus {

QStringList AuditEntry::changedColumns() const
{
    static const QSet<QString> bookkeeping{
        QStringLiteral("updated_at"), QStringLiteral("row_version"), QStringLiteral("search_text")};
    QStringList changed;
    const QJsonObject& keysFrom = newValues.isEmpty() ? oldValues : newValues;
    for (auto it = keysFrom.begin(); it != keysFrom.end(); ++it) {
        if (bookkeeping.contains(it.key()))
            continue;
        if (oldValues.value(it.key()) != newValues.value(it.key()))
            changed << it.key();
    }
    return changed;
}

} // namespace gradus
