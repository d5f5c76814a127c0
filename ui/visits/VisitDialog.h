#pragma once

#include "model/Visit.h"
#include "model/VisitValidator.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace gradus {

class Clock;

// "Record visit…" and "Amend…": one form for a visit, checked as it is typed. Each problem is
// shown under its field and OK stays disabled until there are none. Amending also asks why,
// and who is amending, and lists what the amendment changes.
class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Record,
        Amend
    };

    VisitDialog(Mode mode, Clock& clock, QWidget* parent = nullptr);

    // Fills the form (the visit being amended, or defaults for a new one).
    void setRecord(const VisitRecord& record);
    VisitRecord record() const;

    QString reason() const;
    QString amendedBy() const;
    void setAmendedBy(const QString& name);

    // The message shown under a field; empty when the field is fine.
    QString fieldError(VisitField field) const;
    bool canAccept() const;

private:
    void buildForm();
    void revalidate();
    QLabel* errorLabel(VisitField field);

    Mode m_mode;
    Clock& m_clock;
    VisitRecord m_original;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QLineEdit* m_clinician = nullptr;
    QSpinBox* m_painNow = nullptr;
    QSpinBox* m_painBest = nullptr;
    QSpinBox* m_painWorst = nullptr;
    QSpinBox* m_painExercise = nullptr;
    QSpinBox* m_painMorning = nullptr;
    QLineEdit* m_activity = nullptr;
    QSpinBox* m_activityMinutes = nullptr;
    QSpinBox* m_steps = nullptr;
    QSpinBox* m_sessionsDone = nullptr;
    QSpinBox* m_sessionsPlanned = nullptr;
    QComboBox* m_legs = nullptr;
    QCheckBox* m_neuro = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_amendedBy = nullptr;
    QLabel* m_reasonError = nullptr;
    QLabel* m_changes = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QHash<int, QLabel*> m_errors;
};

} // namespace gradus
