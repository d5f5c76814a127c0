#pragma once

#include "model/Patient.h"
#include "patients/RecordFormDialog.h"
#include "util/Result.h"

#include <functional>

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
class PatientDialog : public RecordFormDialog
{
    Q_OBJECT

public:
    // Writes the patient; the dialog closes only when this succeeds.
    using SaveFunction = std::function<Status(const Patient&)>;

    // `patient` is the record to edit, or an empty Patient for a new one.
    PatientDialog(Workspace& workspace, const Patient& patient, SaveFunction save,
                  QWidget* parent = nullptr);

    // The patient as currently entered (normalized), with the edited record's id/version.
    Patient patient() const;
    bool validate() override;

private:
    Status save() override;
    void showRefusal(const Error& error) override;
    void buildForm();
    void updateDateHint();

    Workspace& m_workspace;
    Patient m_original;
    SaveFunction m_save;
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
