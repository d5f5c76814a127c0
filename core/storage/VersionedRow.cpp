#include "storage/VersionedRow.h"

#include "storage/RecordValues.h"

namespace gradus::versionedRow {

Result<qint64> insert(Database& db, const QString& table, QString columns, QVariantList values,
                      qint64 keepId, int keepVersion)
{
    QString marks = QStringLiteral("?, ").repeated(int(values.size()) - 1) + u'?';
    if (keepId > 0) {
        columns.prepend(QStringLiteral("id, "));
        marks.prepend(QStringLiteral("?, "));
        values.prepend(keepId);
        if (keepVersion > 0) {
            // Put back as it was, so an undo of the removal restores the same version.
            columns.append(QStringLiteral(", row_version"));
            marks.append(QStringLiteral(", ?"));
            values.append(keepVersion);
        }
    }
    return db.insert(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, marks),
                     values);
}

RowStamps stamps(const QDateTime& now, bool restored, const QDateTime& createdAt)
{
    const QString updated = RecordValues::stamp(now);
    return {restored && createdAt.isValid() ? RecordValues::stamp(createdAt) : updated, updated};
}

void announceAdded(Database& db, const VersionedTable& table, qint64 id, bool restored)
{
    table.log.info("{} {} {}", restored ? "restored" : "added", table.noun, id);
    db.notify(StoreNotice::added(table.kind, id));
}

} // namespace gradus::versionedRow
