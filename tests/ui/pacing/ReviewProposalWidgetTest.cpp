#include "pacing/ReviewProposalWidget.h"
#include "pacing/ReviewEngine.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace gradus;

namespace {

// A real decision from the engine: one evening above the acceptable band -> hold.
ReviewDecision holdDecision()
{
    ReviewData d;
    for (int i = 0; i < 5; ++i)
        d.days << ReviewDay{QDate(2026, 11, 16).addDays(i), true, i == 2 ? 7 : 3, 2};
    d.baselinePain = 2;
    d.previousWeekPain = 3;
    d.thisWeekPain = 3;
    d.redFlag = false;
    ReviewStep step;
    step.current = 12;
    step.next = 13;
    d.step = step;
    return *ReviewEngine().evaluate(d);
}

QString labelText(const QWidget& w, const char* name)
{
    return w.findChild<QLabel*>(QString::fromLatin1(name))->text();
}

} // namespace

TEST(ReviewProposalWidgetTest, ShowsTheDecisionItsRuleDataAndSource)
{
    ReviewProposalWidget widget;
    widget.show();
    EXPECT_FALSE(widget.acceptButton()->isEnabled());
    EXPECT_FALSE(widget.overrideButton()->isEnabled());

    widget.setDecision(holdDecision());
    EXPECT_EQ(labelText(widget, "reviewOutcomeBadge"), QStringLiteral("Hold"));
    EXPECT_TRUE(
        labelText(widget, "reviewProposal").contains(QStringLiteral("Stay at 12 minutes a day")));
    const QString reasons = labelText(widget, "reviewReasons");
    EXPECT_TRUE(
        reasons.contains(QStringLiteral("Pain during exercise went above the acceptable band")));
    EXPECT_TRUE(reasons.contains(QStringLiteral("pain during exercise 7/10")));
    EXPECT_TRUE(reasons.contains(QStringLiteral("Silbernagel")));
    EXPECT_TRUE(reasons.contains(QStringLiteral("hold.exercise_pain")));
    EXPECT_FALSE(widget.findChild<QLabel*>(QStringLiteral("reviewAlsoNoted"))->isVisible());
    EXPECT_TRUE(widget.acceptButton()->isEnabled());
}

TEST(ReviewProposalWidgetTest, AcceptEmitsTheDecisionOnce)
{
    ReviewProposalWidget widget;
    widget.show();
    widget.setDecision(holdDecision());
    QList<ReviewOutcome> accepted;
    QObject::connect(&widget, &ReviewProposalWidget::accepted,
                     [&](const ReviewDecision& d) { accepted << d.outcome; });
    widget.acceptButton()->click();
    widget.acceptButton()->click(); // disabled now: no second record
    ASSERT_EQ(accepted.size(), 1);
    EXPECT_EQ(accepted.constFirst(), ReviewOutcome::Hold);
    EXPECT_FALSE(widget.overrideButton()->isEnabled());
    EXPECT_TRUE(labelText(widget, "reviewStatus").contains(QStringLiteral("Accepted")));

    // A new proposal makes the buttons usable again.
    widget.setDecision(holdDecision());
    EXPECT_TRUE(widget.acceptButton()->isEnabled());
    EXPECT_TRUE(labelText(widget, "reviewStatus").isEmpty());
}

TEST(ReviewProposalWidgetTest, OverrideNeedsAReasonAndAnotherOutcome)
{
    ReviewProposalWidget widget;
    widget.show();
    widget.setDecision(holdDecision());
    struct Override
    {
        ReviewOutcome proposed;
        ReviewOutcome chosen;
        QString reason;
    };
    QList<Override> overrides;
    QObject::connect(&widget, &ReviewProposalWidget::overridden,
                     [&](const ReviewDecision& d, ReviewOutcome chosen, const QString& reason) {
                         overrides << Override{d.outcome, chosen, reason};
                     });

    auto* panel = widget.findChild<QWidget*>(QStringLiteral("reviewOverridePanel"));
    EXPECT_FALSE(panel->isVisible());
    widget.overrideButton()->click();
    EXPECT_TRUE(panel->isVisible());
    EXPECT_FALSE(widget.acceptButton()->isVisible());

    // The proposed outcome is not offered as an override.
    QStringList offered;
    for (int i = 0; i < widget.overrideOutcome()->count(); ++i)
        offered << widget.overrideOutcome()->itemText(i);
    EXPECT_EQ(offered, (QStringList{QStringLiteral("Progress"), QStringLiteral("Regress"),
                                    QStringLiteral("Stop and refer")}));

    EXPECT_FALSE(widget.confirmOverrideButton()->isEnabled());
    widget.overrideReason()->setPlainText(QStringLiteral("   \n "));
    EXPECT_FALSE(widget.confirmOverrideButton()->isEnabled()) << "blank is not a reason";
    widget.overrideReason()->setPlainText(
        QStringLiteral("  Pain came from gardening, not the walk. "));
    EXPECT_TRUE(widget.confirmOverrideButton()->isEnabled());
    widget.overrideOutcome()->setCurrentIndex(0);
    widget.confirmOverrideButton()->click();

    ASSERT_EQ(overrides.size(), 1);
    EXPECT_EQ(overrides[0].proposed, ReviewOutcome::Hold);
    EXPECT_EQ(overrides[0].chosen, ReviewOutcome::Progress);
    EXPECT_EQ(overrides[0].reason, QStringLiteral("Pain came from gardening, not the walk."));
    EXPECT_FALSE(panel->isVisible());
    EXPECT_FALSE(widget.overrideButton()->isEnabled());
    EXPECT_TRUE(labelText(widget, "reviewStatus")
                    .contains(QStringLiteral("Overridden: Progress instead of Hold")));
}

TEST(ReviewProposalWidgetTest, CancelLeavesTheProposalOpen)
{
    ReviewProposalWidget widget;
    widget.show();
    widget.setDecision(holdDecision());
    int emitted = 0;
    QObject::connect(&widget, &ReviewProposalWidget::overridden, [&] { ++emitted; });
    QObject::connect(&widget, &ReviewProposalWidget::accepted, [&] { ++emitted; });
    widget.overrideButton()->click();
    widget.overrideReason()->setPlainText(QStringLiteral("changed my mind"));
    const auto buttons = widget.findChildren<QPushButton*>();
    for (QPushButton* b : buttons)
        if (b->text() == QStringLiteral("Cancel"))
            b->click();
    EXPECT_EQ(emitted, 0);
    EXPECT_TRUE(widget.acceptButton()->isVisible());
    EXPECT_TRUE(widget.acceptButton()->isEnabled());
    // Opening the panel again starts with an empty reason.
    widget.overrideButton()->click();
    EXPECT_TRUE(widget.overrideReason()->toPlainText().isEmpty());
}

TEST(ReviewProposalWidgetTest, StopAndReferShowsWhatWasOutweighed)
{
    ReviewData d;
    d.redFlag = true;
    d.legSymptoms = LegSymptoms::Peripheralising;
    ReviewProposalWidget widget;
    widget.show();
    widget.setDecision(*ReviewEngine().evaluate(d));
    EXPECT_EQ(labelText(widget, "reviewOutcomeBadge"), QStringLiteral("Stop and refer"));
    auto* also = widget.findChild<QLabel*>(QStringLiteral("reviewAlsoNoted"));
    EXPECT_TRUE(also->isVisible());
    EXPECT_TRUE(also->text().contains(QStringLiteral("peripheralising")));
    widget.clear();
    EXPECT_FALSE(widget.decision().has_value());
    EXPECT_FALSE(widget.acceptButton()->isEnabled());
}
