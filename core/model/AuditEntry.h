#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace gradus {

// One change to one record, as the database recorded it (table audit_log).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime changedAt; // UTC
    QString author;
    QString table;
    qint64 recordId = 0; // 0 for records without a numeric id (clinic settings)
    QString action;      // "insert", "update", "delete"
    qint64 patientId = 0;
    QJsonObject oldValues; // empty for an insert
    QJsonObject newValues; // empty for a delete

    // The columns whose value differs between before and after (bookkeeping columns such as
    // updated_at and row_version left out).
    QStringList changedColumns() const;
};

} // namespace gradus
