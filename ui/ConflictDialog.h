#pragma once

#include "util/FieldMerge.h"

#include <QDialog>

class QTableWidget;

namespace gradus {

// Shown when saving a record is refused because another desk changed it after it was opened:
// the message naming who changed what, and per field the value read, the clinician's change
// and what is stored now (rows from PatientMerge, ExerciseMerge, ...). Accepting means
// "reapply my changes to the stored record"; rejecting keeps the stored record.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const QString& message, const QList<MergeRow>& rows, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace gradus
