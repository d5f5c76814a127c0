#pragma once

#include "model/Patient.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace gradus {

// The confirmation before a patient is deleted for good (right to erasure). It names the
// patient, says what goes with them and that it cannot be undone, points to archiving as
// the gentler choice, and enables Delete only when the family name has been typed.
class ErasePatientDialog : public QDialog
{
    Q_OBJECT

public:
    ErasePatientDialog(const Patient& patient, int episodes, int conditions,
                       QWidget* parent = nullptr);

    QLineEdit* confirmationField() const { return m_typed; }
    QPushButton* deleteButton() const { return m_delete; }

private:
    Patient m_patient;
    QLineEdit* m_typed = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace gradus
