#include "PacingShots.h"

#include "pacing/GradedActivityPlan.h"
#include "pacing/PacingScheduleView.h"
#include "pacing/ReviewEngine.h"
#include "pacing/ReviewProposalWidget.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace gradus::pacingShots {
namespace {

// Walking: 10, 12 and 11 minutes before pain rose; goal 30 minutes a day in two bouts,
// started on Monday 7 September 2026. The screenshot clock says 21 November: week 11.
GradedActivityPlan walkingPlan()
{
    PlanParameters p;
    p.toleranceAttempts = {10, 12, 11};
    p.unit = PacingUnit::Minutes;
    p.goal = 30;
    p.boutsPerDay = 2;
    p.start = QDate(2026, 9, 7);
    return *GradedActivityPlan::create(p);
}

// A diary week: the quota done each day, pain during the walk and next morning.
ReviewData diaryWeek(const QList<int>& exercisePain, const QList<int>& morningPain)
{
    ReviewData d;
    for (int i = 0; i < exercisePain.size(); ++i)
        d.days << ReviewDay{QDate(2026, 11, 16).addDays(i), true, exercisePain[i], morningPain[i]};
    d.baselinePain = 3;
    d.previousWeekPain = 3;
    d.thisWeekPain = 3;
    d.legSymptoms = LegSymptoms::Stable;
    d.step = walkingPlan().reviewStep(11);
    return d;
}

ReviewProposalWidget* proposalWindow(QWidget* owner, const ReviewData& data)
{
    auto* widget = new ReviewProposalWidget(owner);
    widget->setWindowFlag(Qt::Window);
    widget->setWindowTitle(QStringLiteral("Review proposal"));
    widget->setDecision(*ReviewEngine().evaluate(data));
    widget->resize(760, 560);
    widget->show();
    return widget;
}

} // namespace

QWidget* pacingSchedule(QWidget* owner)
{
    auto* view = new PacingScheduleView(owner);
    view->setWindowFlag(Qt::Window);
    view->setWindowTitle(QStringLiteral("Graded walking"));
    view->setPlan(walkingPlan());
    // Weeks 1-10 as recorded at visits: a flare in week 4, a short week in week 9.
    view->setActuals(
        {{1, 8}, {2, 9}, {3, 10}, {4, 7}, {5, 10}, {6, 12}, {7, 13}, {8, 14}, {9, 12}, {10, 15}});
    view->setCurrentWeek(11);
    view->resize(1100, 640);
    view->show();
    return view;
}

QWidget* reviewProposal(QWidget* owner)
{
    // Two evenings in a row where the walk went to 6-7/10 and the morning after stayed up,
    // and one day the quota was cut short.
    ReviewData d = diaryWeek({3, 4, 6, 7, 4, 3}, {3, 3, 4, 5, 3, 3});
    d.days[3].quotaMet = false;
    d.thisWeekPain = 4;
    return proposalWindow(owner, d);
}

QWidget* reviewOverride(QWidget* owner)
{
    // One evening above the acceptable band: the app proposes to hold.
    ReviewProposalWidget* widget =
        proposalWindow(owner, diaryWeek({3, 4, 7, 4, 3, 3}, {3, 3, 3, 3, 3, 2}));
    widget->overrideButton()->click();
    widget->overrideOutcome()->setCurrentIndex(
        widget->overrideOutcome()->findText(QStringLiteral("Progress")));
    widget->overrideReason()->setPlainText(
        QStringLiteral("The 7/10 came after carrying shopping home, not from the walk; the walks "
                       "themselves stayed at 3-4/10."));
    return widget;
}

} // namespace gradus::pacingShots
