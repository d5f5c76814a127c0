#include "ReviewProposalWidget.h"

#include "style/Tones.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gradus {
namespace {

// Badge tones by outcome: calm for progress, warmer as the proposal gets more cautious.
tones::Tone outcomeTone(ReviewOutcome outcome)
{
    switch (outcome) {
    case ReviewOutcome::Progress:
        return tones::Tone::Success;
    case ReviewOutcome::Hold:
        return tones::Tone::Info;
    case ReviewOutcome::Regress:
        return tones::Tone::Warning;
    case ReviewOutcome::StopAndRefer:
        return tones::Tone::Error;
    }
    Q_UNREACHABLE();
}

QLabel* richLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

ReviewProposalWidget::ReviewProposalWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ReviewProposalWidget"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // The reasons can be long; they scroll, the buttons stay in view.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);

    auto* header = new QHBoxLayout;
    m_badge = new QLabel(content);
    m_badge->setObjectName(QStringLiteral("reviewOutcomeBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setMinimumWidth(120);
    m_badge->setMargin(6);
    QFont badgeFont = m_badge->font();
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 1.15);
    m_badge->setFont(badgeFont);
    header->addWidget(m_badge, 0, Qt::AlignTop);
    m_proposal = richLabel(content, QStringLiteral("reviewProposal"));
    QFont proposalFont = m_proposal->font();
    proposalFont.setPointSizeF(proposalFont.pointSizeF() * 1.15);
    m_proposal->setFont(proposalFont);
    header->addWidget(m_proposal, 1);
    layout->addLayout(header);

    m_reasons = richLabel(content, QStringLiteral("reviewReasons"));
    layout->addWidget(m_reasons);
    m_alsoNoted = richLabel(content, QStringLiteral("reviewAlsoNoted"));
    layout->addWidget(m_alsoNoted);
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    // Override: another outcome and a reason; the reason is required, because the record
    // must show why the clinician decided otherwise.
    m_overridePanel = new QFrame(this);
    m_overridePanel->setObjectName(QStringLiteral("reviewOverridePanel"));
    static_cast<QFrame*>(m_overridePanel)->setFrameShape(QFrame::StyledPanel);
    auto* form = new QFormLayout(m_overridePanel);
    m_outcome = new QComboBox(m_overridePanel);
    m_outcome->setObjectName(QStringLiteral("reviewOverrideOutcome"));
    form->addRow(tr("Decide instead:"), m_outcome);
    m_reason = new QPlainTextEdit(m_overridePanel);
    m_reason->setObjectName(QStringLiteral("reviewOverrideReason"));
    m_reason->setPlaceholderText(tr("Why you decide otherwise (required, kept with the review)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("Reason:"), m_reason);
    auto* overrideButtons = new QHBoxLayout;
    overrideButtons->addStretch(1);
    m_cancel = new QPushButton(tr("Cancel"), m_overridePanel);
    m_confirm = new QPushButton(tr("Confirm Override"), m_overridePanel);
    m_confirm->setObjectName(QStringLiteral("reviewConfirmOverride"));
    overrideButtons->addWidget(m_cancel);
    overrideButtons->addWidget(m_confirm);
    form->addRow(overrideButtons);
    outer->addWidget(m_overridePanel);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(12, 0, 12, 12);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    buttons->addWidget(m_status, 1);
    m_override = new QPushButton(tr("Override…"), this);
    m_override->setObjectName(QStringLiteral("reviewOverride"));
    m_accept = new QPushButton(tr("Accept Proposal"), this);
    m_accept->setObjectName(QStringLiteral("reviewAccept"));
    m_accept->setDefault(true);
    buttons->addWidget(m_override);
    buttons->addWidget(m_accept);
    outer->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, &ReviewProposalWidget::acceptProposal);
    connect(m_override, &QPushButton::clicked, this, [this] { showOverridePanel(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { showOverridePanel(false); });
    connect(m_confirm, &QPushButton::clicked, this, &ReviewProposalWidget::confirmOverride);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReviewProposalWidget::updateConfirm);

    clear();
}

void ReviewProposalWidget::clear()
{
    m_decision.reset();
    m_badge->clear();
    m_badge->setAutoFillBackground(false);
    m_proposal->setText(tr("No review yet: the proposal appears when a visit is recorded."));
    m_reasons->clear();
    m_alsoNoted->clear();
    m_alsoNoted->hide();
    m_status->clear();
    m_accept->setEnabled(false);
    m_override->setEnabled(false);
    showOverridePanel(false);
}

void ReviewProposalWidget::setDecision(const ReviewDecision& decision)
{
    m_decision = decision;
    m_badge->setText(reviewOutcome::name(decision.outcome));
    tones::setSurfaceTone(m_badge, outcomeTone(decision.outcome));
    m_proposal->setText(QStringLiteral("<b>%1</b>").arg(decision.proposal.toHtmlEscaped()));

    QString reasons = QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4>")
                          .arg(decision.reasons.size() == 1
                                   ? tr("Why")
                                   : tr("Why (%1 rules)", nullptr, int(decision.reasons.size()))
                                         .arg(decision.reasons.size()));
    for (const ReviewFinding& f : decision.reasons)
        reasons += findingHtml(f, false);
    m_reasons->setText(reasons);

    if (decision.alsoNoted.isEmpty()) {
        m_alsoNoted->clear();
        m_alsoNoted->hide();
    } else {
        QString also = QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4>")
                           .arg(tr("Also noted, outweighed by the above"));
        for (const ReviewFinding& f : decision.alsoNoted)
            also += findingHtml(f, true);
        m_alsoNoted->setText(also);
        m_alsoNoted->show();
    }

    m_outcome->clear();
    for (ReviewOutcome o : {ReviewOutcome::Progress, ReviewOutcome::Hold, ReviewOutcome::Regress,
                            ReviewOutcome::StopAndRefer})
        if (o != decision.outcome)
            m_outcome->addItem(reviewOutcome::name(o), static_cast<int>(o));
    m_status->clear();
    m_accept->setEnabled(true);
    m_override->setEnabled(true);
    showOverridePanel(false);
}

QString ReviewProposalWidget::findingHtml(const ReviewFinding& f, bool minor) const
{
    QString html =
        QStringLiteral("<p style='margin:6px 0 2px 0'>%1%2%3</p>")
            .arg(minor ? QStringLiteral("<b>%1:</b> ").arg(reviewOutcome::name(f.outcome))
                       : QString(),
                 f.explanation.toHtmlEscaped(), QString());
    if (!f.data.isEmpty()) {
        html += QStringLiteral("<table cellspacing='0' cellpadding='1' style='margin-left:14px'>");
        for (const ReviewFact& fact : f.data)
            html += QStringLiteral("<tr><td style='color:%3; padding-right:10px'>%1</td>"
                                   "<td>%2</td></tr>")
                        .arg(fact.label.toHtmlEscaped(), fact.value.toHtmlEscaped(),
                             tones::css(tones::Tone::Muted, palette()));
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p style='margin:2px 0 8px 14px; color:%3'><i>%1</i> [%2]</p>")
                .arg(tr("Source: %1").arg(f.source).toHtmlEscaped(), f.rule.toHtmlEscaped(),
                     tones::css(tones::Tone::Muted, palette()));
    return html;
}

void ReviewProposalWidget::showOverridePanel(bool show)
{
    m_overridePanel->setVisible(show);
    if (show) {
        m_reason->clear();
        m_reason->setFocus();
    }
    m_override->setVisible(!show);
    m_accept->setVisible(!show);
    updateConfirm();
}

void ReviewProposalWidget::updateConfirm()
{
    m_confirm->setEnabled(m_decision && !m_reason->toPlainText().trimmed().isEmpty() &&
                          m_outcome->count() > 0);
}

void ReviewProposalWidget::acceptProposal()
{
    if (!m_decision)
        return;
    settle(tr("Accepted: %1.").arg(reviewOutcome::name(m_decision->outcome)));
    emit accepted(*m_decision);
}

void ReviewProposalWidget::confirmOverride()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (!m_decision || reason.isEmpty())
        return;
    const auto chosen = static_cast<ReviewOutcome>(m_outcome->currentData().toInt());
    const ReviewDecision proposed = *m_decision;
    showOverridePanel(false);
    settle(tr("Overridden: %1 instead of %2.")
               .arg(reviewOutcome::name(chosen), reviewOutcome::name(proposed.outcome)));
    emit overridden(proposed, chosen, reason);
}

// Once decided, the buttons rest until the next proposal: a second click must not record
// the decision twice.
void ReviewProposalWidget::settle(const QString& status)
{
    m_status->setText(status);
    m_accept->setEnabled(false);
    m_override->setEnabled(false);
}

} // namespace gradus
