#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace gradus {

// "Keep with a Reason…": a clinician keeps an exercise that a rule says to avoid only by
// writing why. Shows the exercise and the rule's reason; OK stays disabled until both the
// reason and the clinician's name are given. Storing is the caller's (an undoable command).
class SafetyOverrideDialog : public QDialog
{
    Q_OBJECT

public:
    SafetyOverrideDialog(const QString& exerciseName, const QString& ruleReason,
                         const QString& clinician, QWidget* parent = nullptr);

    QString reason() const;
    QString clinician() const;
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QLineEdit* clinicianEdit() const { return m_clinician; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateOk();

    QPlainTextEdit* m_reason = nullptr;
    QLineEdit* m_clinician = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace gradus
