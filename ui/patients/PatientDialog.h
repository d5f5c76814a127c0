#pragma once

#include "model/Patient.h"
#include "patients/RecordFormDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace gradus {

class DateField;
class Workspace;

// New and edit dialog for a patient. Problems are shown at the field when OK is pressed
// (and then as the user corrects them); the dialog stays open until the save function
// succeeded, so nothing typed is lost to a refusal.
class PatientDialog : public RecordDialog<Patient>
{
    Q_OBJECT

public:
    // `patient` is the record to edit, or an empty Patient for a new one.
    PatientDialog(Workspace& workspace, const Patient& patient, SaveFunction save,
                  QWidget* parent = nullptr);

    Patient record() const override;
    bool validate() override;

private:
    void showRefusal(const Error& error) override;
    void buildForm();
    void updateDateHint();

    QLineEdit* m_given = nullptr;
    QLineEdit* m_family = nullptr;
    QLineEdit* m_preferred = nullptr;
    DateField* m_dob = nullptr;
    QComboBox* m_sex = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_clinicNumber = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_referral = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

} // namespace gradus
