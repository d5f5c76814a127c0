#pragma once

#include "model/AuditEntry.h"

#include "RecordTableModel.h"

namespace gradus {

// The audit trail of one patient's records as a table: when, who, what and which fields.
// Values themselves are not shown (they may be long clinical text); the record's own tab
// shows the current value.
class RecordHistoryModel : public RecordTableModel<AuditEntry>
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Who,
        Record,
        Change,
        ColumnCount
    };

    explicit RecordHistoryModel(QObject* parent = nullptr) : RecordTableModel(ColumnCount, parent)
    {
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Visit 12", "Programme 3": the clinician's name for a stored record.
    static QString recordLabel(const AuditEntry& entry);
    // "Changed phone, email", "Added", "Deleted".
    static QString changeLabel(const AuditEntry& entry);
};

} // namespace gradus
