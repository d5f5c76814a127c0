#pragma once

#include <QDialog>

class QLabel;

namespace gradus {

class ReviewProposalWidget;
class Workspace;

// After a visit is recorded: one review proposal per active graded activity plan of the
// patient (from the visits recorded since each plan's last decision). Accept or Override
// with a reason records the decision and, when it changes the dose, makes the programme's
// new version (PacingReviews::decide).
class PacingReviewDialog : public QDialog
{
    Q_OBJECT

public:
    PacingReviewDialog(Workspace& workspace, qint64 patientId, const QString& clinician,
                       QWidget* parent = nullptr);

    // Opens the dialog (window-modal, deleted on close) when the patient has active plans;
    // returns it, or nullptr when there is nothing to review.
    static PacingReviewDialog* offer(Workspace& workspace, qint64 patientId,
                                     const QString& clinician, QWidget* parent);

    int planCount() const { return static_cast<int>(m_proposals.size()); }
    ReviewProposalWidget* proposal(int index) const { return m_proposals.at(index); }
    // What happened to the plan's decision ("Programme version 3: ..."), or the error.
    QLabel* outcome(int index) const { return m_outcomes.at(index); }

private:
    void decided(int index, bool accept, int chosen, const QString& reason);

    Workspace& m_workspace;
    QString m_clinician;
    QList<qint64> m_planIds;
    QList<ReviewProposalWidget*> m_proposals;
    QList<QLabel*> m_outcomes;
};

} // namespace gradus
