#pragma once

#include "model/Patient.h"

#include <QDialog>

class QTableWidget;

namespace gradus {

// Shown when saving a patient's details is refused because another desk changed them after
// they were opened: the message naming who changed what, and per field the value read, the
// clinician's change and what is stored now. Accepting reapplies the clinician's changes to
// the stored record (PatientMerge::rebase); rejecting keeps the stored record.
class PatientConflictDialog : public QDialog
{
    Q_OBJECT

public:
    PatientConflictDialog(const QString& message, const Patient& base, const Patient& mine,
                          const Patient& theirs, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace gradus
