#pragma once

#include "model/Patient.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace gradus {

// The "Details" tab of the patient view: everything recorded about the person, read-only
// (the Edit button opens PatientDialog).
class PatientDetailsTab : public QWidget
{
    Q_OBJECT

public:
    explicit PatientDetailsTab(QWidget* parent = nullptr);
    void showPatient(const Patient& patient, const QDate& today);
    // The label showing `field` ("phone", "notes", ...), for tests.
    QLabel* valueLabel(const QString& field) const;

private:
    QLabel* addRow(QFormLayout* form, const QString& label, const QString& field);
    QHash<QString, QLabel*> m_values;
};

} // namespace gradus
