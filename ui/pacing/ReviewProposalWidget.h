#pragma once

#include "pacing/ReviewDecision.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace gradus {

// Shows what a review proposes (progress / hold / regress / stop and refer), the rules that
// fired with the data behind them and their sources, and lets the clinician accept it or
// override it with a reason. The app proposes; the clinician decides: this widget only
// emits the choice, and whoever owns the programme turns it into a new version.
class ReviewProposalWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewProposalWidget(QWidget* parent = nullptr);

    void setDecision(const ReviewDecision& decision);
    void clear();
    const std::optional<ReviewDecision>& decision() const { return m_decision; }

    // For tests and for the hosting view's keyboard handling.
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* overrideButton() const { return m_override; }
    QComboBox* overrideOutcome() const { return m_outcome; }
    QPlainTextEdit* overrideReason() const { return m_reason; }
    QPushButton* confirmOverrideButton() const { return m_confirm; }

signals:
    void accepted(const gradus::ReviewDecision& decision);
    void overridden(const gradus::ReviewDecision& proposed, gradus::ReviewOutcome chosen,
                    const QString& reason);

private:
    void showOverridePanel(bool show);
    void updateConfirm();
    void confirmOverride();
    void acceptProposal();
    void settle(const QString& status);
    QString findingHtml(const ReviewFinding& finding, bool minor) const;

    std::optional<ReviewDecision> m_decision;
    QLabel* m_badge = nullptr;
    QLabel* m_proposal = nullptr;
    QLabel* m_reasons = nullptr;
    QLabel* m_alsoNoted = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_override = nullptr;
    QWidget* m_overridePanel = nullptr;
    QComboBox* m_outcome = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace gradus
