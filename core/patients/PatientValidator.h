#pragma once

#include "model/Patient.h"
#include "patients/FieldIssue.h"

#include <QCoreApplication>
#include <QDate>

namespace gradus {

// Checks a patient record before it is written. Uniqueness of the clinic number needs the
// store and is checked by PatientRepository (error code "patient.clinic_number_taken").
class PatientValidator
{
    Q_DECLARE_TR_FUNCTIONS(PatientValidator)

public:
    // The oldest age accepted; an older date of birth is almost certainly a typing error.
    static constexpr int kMaximumAge = 120;
    static constexpr int kMaximumNameLength = 100;
    static constexpr int kMaximumClinicNumberLength = 40;

    // Trims every text field and collapses runs of spaces inside names, so that "  Anna "
    // and "Anna" are the same patient.
    static Patient normalized(Patient patient);
    // Problems with `patient` (already normalized) on `today`; empty when it may be saved.
    static FieldIssues check(const Patient& patient, const QDate& today);
};

} // namespace gradus
