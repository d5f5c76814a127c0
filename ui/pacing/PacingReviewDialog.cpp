#include "pacing/PacingReviewDialog.h"

#include "Workspace.h"
#include "i18n/DataTexts.h"
#include "i18n/LocaleFormat.h"
#include "pacing/ReviewProposalWidget.h"
#include "services/ExerciseRecords.h"
#include "services/PacingPlans.h"
#include "services/PatientRecords.h"
#include "style/DialogParts.h"
#include "style/Tones.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gradus {

PacingReviewDialog::PacingReviewDialog(Workspace& workspace, qint64 patientId,
                                       const QString& clinician, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_clinician(clinician)
{
    setObjectName(QStringLiteral("pacingReviewDialog"));
    setWindowTitle(tr("Pacing Review"));
    auto* layout = new QVBoxLayout(this);
    auto patient = PatientRecords(workspace).get(patientId);
    dialogParts::addIntro(
        layout,
        tr("<b>%1</b>: the visit is saved. For each graded activity plan, this is what the "
           "visits recorded since its last review suggest. You decide: accept the proposal, "
           "or override it with a reason. A change of dose becomes a new version of the "
           "programme.")
            .arg(patient ? patient->fullName().toHtmlEscaped() : QString()),
        this, Qt::RichText);

    auto* area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(area);
    auto* list = new QVBoxLayout(inner);
    list->setContentsMargins(0, 0, 0, 0);
    area->setWidget(inner);
    layout->addWidget(area, 1);

    auto reviews = PacingPlans(workspace).reviewPatient(patientId);
    if (!reviews) {
        auto* error = new QLabel(reviews.error().message, inner);
        error->setWordWrap(true);
        list->addWidget(error);
    }
    for (const PacingReview& r : reviews ? *reviews : QList<PacingReview>()) {
        auto exercise = ExerciseRecords(workspace).byId(r.plan.exerciseId);
        const QString name = exercise ? DataTexts::display().exercise(*exercise).name
                                      : tr("Exercise %1").arg(r.plan.exerciseId);
        const int index = static_cast<int>(m_proposals.size());
        auto* box = new QFrame(inner);
        box->setFrameShape(QFrame::StyledPanel);
        auto* boxLayout = new QVBoxLayout(box);
        auto* heading =
            new QLabel(tr("<b>%1</b>: week %2 of the plan, %3 a day")
                           .arg(name.toHtmlEscaped())
                           .arg(r.plan.currentWeek)
                           .arg(pacingUnit::format(r.plan.parameters.unit, r.plan.currentQuota)),
                       box);
        boxLayout->addWidget(heading);
        QStringList dates;
        for (const ReviewDay& d : r.data.days)
            dates << LocaleFormat::date(d.date);
        auto* basis = new QLabel(
            dates.isEmpty()
                ? tr("No visit has been recorded since the last decision on this plan.")
                : (dates.size() == 1
                       ? tr("Based on the visit of %1, the first since the last decision.")
                       : tr("Based on the %1 visits since the last decision: %2.", nullptr,
                            int(dates.size()))
                             .arg(dates.size()))
                      .arg(dates.join(QStringLiteral(", "))),
            box);
        basis->setObjectName(QStringLiteral("pacingReviewBasis"));
        basis->setWordWrap(true);
        boxLayout->addWidget(basis);
        auto* proposal = new ReviewProposalWidget(box);
        proposal->setDecision(r.decision);
        boxLayout->addWidget(proposal);
        auto* outcome = new QLabel(box);
        outcome->setObjectName(QStringLiteral("pacingDecisionOutcome"));
        outcome->setWordWrap(true);
        boxLayout->addWidget(outcome);
        list->addWidget(box);
        m_planIds << r.plan.id;
        m_proposals << proposal;
        m_outcomes << outcome;
        connect(proposal, &ReviewProposalWidget::accepted, this,
                [this, index](const ReviewDecision&) { decided(index, true, 0, {}); });
        connect(proposal, &ReviewProposalWidget::overridden, this,
                [this, index](const ReviewDecision&, ReviewOutcome chosen, const QString& why) {
                    decided(index, false, static_cast<int>(chosen), why);
                });
    }
    list->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Decide Later"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // As tall as the proposals need, up to about a screenful; the list scrolls beyond that.
    area->setMinimumHeight(std::min(560, inner->sizeHint().height()));
    resize(760, sizeHint().height());
}

PacingReviewDialog* PacingReviewDialog::offer(Workspace& workspace, qint64 patientId,
                                              const QString& clinician, QWidget* parent)
{
    auto plans = PacingPlans(workspace).forPatient(patientId);
    if (!plans || plans->isEmpty())
        return nullptr;
    auto* dialog = new PacingReviewDialog(workspace, patientId, clinician, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void PacingReviewDialog::decided(int index, bool accept, int chosen, const QString& reason)
{
    PacingChoice choice;
    choice.planId = m_planIds.at(index);
    choice.accept = accept;
    choice.chosen = static_cast<ReviewOutcome>(chosen);
    choice.reason = reason;
    choice.who = m_clinician;
    auto result = PacingPlans(m_workspace).decide(choice);
    QLabel* label = m_outcomes.at(index);
    if (!result) {
        label->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                           .arg(tones::css(tones::Tone::Error, label->palette()),
                                tr("Not saved: %1").arg(result.error().message).toHtmlEscaped()));
        // Let the clinician try again (or decide later): the buttons come back.
        if (const auto& d = m_proposals.at(index)->decision())
            m_proposals.at(index)->setDecision(*d);
        return;
    }
    label->setText(tr("Saved. %1").arg(result->summary));
}

} // namespace gradus
