#pragma once

#include "safety/RedFlagScreen.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace gradus {

class Workspace;

// The clinician's decision on a positive red-flag screen (CLINICAL.md section 1), in one
// dialog: which flags of which screen, with each tier and its suggested action; the three
// decisions as radio buttons, each with a plain explanation; the note and who decided.
// "Record Decision" stores it through RedFlagRepository::decide(); on an error the dialog stays
// open with the message and everything typed, so nothing is lost or half-written.
class RedFlagDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    RedFlagDecisionDialog(Workspace& workspace, const RedFlagScreen& screen,
                          const QString& clinician, QWidget* parent = nullptr);

    std::optional<RedFlagDecision> decision() const;
    void setDecision(RedFlagDecision decision);
    QString note() const;
    // True when the chosen decision cannot be recorded without a note.
    bool noteRequired() const;

    QRadioButton* decisionButton(RedFlagDecision decision) const;
    QPlainTextEdit* noteEdit() const { return m_note; }
    QLineEdit* clinicianEdit() const { return m_clinician; }
    QPushButton* recordButton() const { return m_record; }
    QString problem() const;

    void accept() override;

private:
    void updateState();

    Workspace& m_workspace;
    RedFlagScreen m_screen;
    QButtonGroup* m_decisions = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_noteHint = nullptr;
    QLineEdit* m_clinician = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_record = nullptr;
};

} // namespace gradus
