#pragma once

#include "safety/RedFlagScreen.h"

#include <QDialog>
#include <QList>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace gradus {

class Workspace;

// The clinician's decision on red flags (CLINICAL.md section 1), in one dialog: every flag of
// the given screens that has no decision yet, grouped by tier with its suggested action, each
// with a tick box (all ticked at first) saying which screen found it; the three decisions as
// radio buttons, each with a plain explanation; the note and who decided. "Record Decision"
// stores the decision on the ticked flags in one transaction
// (RedFlagRepository::decideFlags()); on an error the dialog stays open with the message and
// everything typed, so nothing is lost or half-written.
class RedFlagDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    // `screens`: the screens whose undecided flags to offer (older screens too: a later screen
    // never decides an earlier flag).
    RedFlagDecisionDialog(Workspace& workspace, const QList<RedFlagScreen>& screens,
                          const QString& clinician, QWidget* parent = nullptr);
    RedFlagDecisionDialog(Workspace& workspace, const RedFlagScreen& screen,
                          const QString& clinician, QWidget* parent = nullptr);

    // The flags ticked, in the order shown.
    QList<RedFlagRef> chosenFlags() const;
    // The tick box of one flag, or nullptr when it is not offered (decided, or not found).
    QCheckBox* flagBox(qint64 screenId, const QString& code) const;

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

    struct Offered
    {
        RedFlagRef flag;
        QCheckBox* box = nullptr;
    };

    Workspace& m_workspace;
    QList<Offered> m_flags;
    QButtonGroup* m_decisions = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_noteHint = nullptr;
    QLineEdit* m_clinician = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_record = nullptr;
};

} // namespace gradus
