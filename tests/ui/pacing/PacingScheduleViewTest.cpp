#include "pacing/PacingScheduleView.h"
#include "pacing/PacingScheduleChart.h"
#include "pacing/PacingScheduleModel.h"

#include "support/QtPrinters.h"
#include "support/ScopedLocale.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScrollBar>
#include <QTableView>
#include <QValueAxis>

using namespace gradus;

namespace {

GradedActivityPlan walking(int bouts = 2)
{
    PlanParameters p;
    p.toleranceAttempts = {10, 12, 11};
    p.goal = 12;
    p.boutsPerDay = bouts;
    p.start = QDate(2026, 9, 7);
    return *GradedActivityPlan::create(p); // 8, 9, 10, 10, 11, 12
}

QString text(const QAbstractItemModel& m, int row, int column)
{
    return m.data(m.index(row, column)).toString();
}

} // namespace

TEST(PacingScheduleModelTest, ShowsEveryWeekWithDatesQuotaBoutsAndWhatWasDone)
{
    const test::ScopedLocale locale;
    PacingScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);

    model.setPlan(walking());
    ASSERT_EQ(model.rowCount(), 6);
    EXPECT_EQ(model.columnCount(), PacingScheduleModel::ColumnCount);
    using C = PacingScheduleModel;
    EXPECT_EQ(text(model, 0, C::Week), QStringLiteral("1"));
    EXPECT_EQ(text(model, 0, C::Dates), QStringLiteral("7–13 Sep 2026"));
    EXPECT_EQ(text(model, 3, C::Dates), QStringLiteral("28 Sep – 4 Oct 2026"));
    EXPECT_EQ(text(model, 0, C::DailyQuota), QStringLiteral("8 minutes"));
    EXPECT_EQ(text(model, 0, C::PerBout), QStringLiteral("2 × 4 min"));
    EXPECT_EQ(text(model, 1, C::PerBout), QStringLiteral("5 + 4 min"));
    EXPECT_EQ(text(model, 0, C::Done), QStringLiteral("—"));
    // Raw values for sorting; the goal week stands out.
    EXPECT_EQ(model.data(model.index(2, C::DailyQuota), C::SortRole).toInt(), 10);
    EXPECT_EQ(model.data(model.index(1, C::Dates), C::SortRole).toDate(), QDate(2026, 9, 14));
    EXPECT_TRUE(model.data(model.index(5, C::Week), Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(model.data(model.index(4, C::Week), Qt::FontRole).isValid());

    model.setActuals({{1, 8}, {2, 7.5}});
    EXPECT_EQ(text(model, 0, C::Done), QStringLiteral("8 minutes"));
    EXPECT_EQ(text(model, 1, C::Done), QStringLiteral("7.5 minutes"));
    EXPECT_DOUBLE_EQ(model.data(model.index(1, C::Done), C::SortRole).toDouble(), 7.5);
    // Less than the quota is marked differently from meeting it.
    EXPECT_NE(model.data(model.index(0, C::Done), Qt::ForegroundRole),
              model.data(model.index(1, C::Done), Qt::ForegroundRole));
    EXPECT_EQ(text(model, 2, C::Done), QStringLiteral("—"));

    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(PacingScheduleModelTest, DateRangesSayNoMoreThanNeeded)
{
    const test::ScopedLocale locale;
    EXPECT_EQ(PacingScheduleModel::dateRange(QDate(2026, 9, 7), QDate(2026, 9, 13)),
              QStringLiteral("7–13 Sep 2026"));
    EXPECT_EQ(PacingScheduleModel::dateRange(QDate(2026, 12, 28), QDate(2027, 1, 3)),
              QStringLiteral("28 Dec 2026 – 3 Jan 2027"));
}

TEST(PacingScheduleViewTest, TableAndChartFollowThePlanAndTheActuals)
{
    const test::ScopedLocale locale;
    PacingScheduleView view;
    view.resize(1000, 600);
    view.show();
    EXPECT_TRUE(view.findChild<QLabel*>(QStringLiteral("pacingEmpty"))->isVisible());
    EXPECT_FALSE(view.table()->isVisible());

    view.setPlan(walking());
    EXPECT_FALSE(view.findChild<QLabel*>(QStringLiteral("pacingEmpty"))->isVisible());
    EXPECT_TRUE(view.table()->isVisible());
    EXPECT_EQ(view.table()->model()->rowCount(), 6);
    EXPECT_FALSE(view.table()->isColumnHidden(PacingScheduleModel::PerBout));
    EXPECT_TRUE(view.findChild<QLabel*>(QStringLiteral("pacingTitle"))
                    ->text()
                    .contains(QStringLiteral("8 minutes to 12 minutes a day in 6 weeks")));

    // Planned quota as steps: two points a week, at the week's quota; the goal as a line.
    const QList<QPointF> planned = view.chart()->plannedSeries()->points();
    ASSERT_EQ(planned.size(), 12);
    EXPECT_EQ(planned.at(0), QPointF(0.5, 8));
    EXPECT_EQ(planned.at(1), QPointF(1.5, 8));
    EXPECT_EQ(planned.at(11), QPointF(6.5, 12));
    EXPECT_EQ(view.chart()->goalSeries()->points().constFirst().y(), 12);
    EXPECT_FALSE(view.chart()->actualSeries()->isVisible());

    // What was done is overlaid, one point per recorded week; weeks outside the plan are
    // ignored rather than stretching the chart.
    view.setActuals({{2, 9}, {1, 8}, {3, 7}, {40, 99}});
    const QList<QPointF> done = view.chart()->actualSeries()->points();
    ASSERT_EQ(done.size(), 3);
    EXPECT_EQ(done.at(0), QPointF(1, 8));
    EXPECT_EQ(done.at(2), QPointF(3, 7));
    EXPECT_EQ(view.chart()->actualPoints()->points(), done);
    EXPECT_TRUE(view.chart()->actualSeries()->isVisible());
    EXPECT_EQ(view.table()
                  ->model()
                  ->data(view.table()->model()->index(2, PacingScheduleModel::Done))
                  .toString(),
              QStringLiteral("7 minutes"));

    // One bout a day: the bouts column is hidden.
    view.setPlan(walking(1));
    EXPECT_TRUE(view.table()->isColumnHidden(PacingScheduleModel::PerBout));

    view.setCurrentWeek(3);
    ASSERT_EQ(view.table()->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(view.table()->selectionModel()->selectedRows().constFirst().row(), 2);
    view.setCurrentWeek(std::nullopt);
    EXPECT_TRUE(view.table()->selectionModel()->selectedRows().isEmpty());

    view.clear();
    EXPECT_EQ(view.table()->model()->rowCount(), 0);
    EXPECT_TRUE(view.chart()->plannedSeries()->points().isEmpty());
    EXPECT_TRUE(view.findChild<QLabel*>(QStringLiteral("pacingEmpty"))->isVisible());
}

TEST(PacingScheduleViewTest, EveryColumnFitsWithoutScrollingSideways)
{
    PacingScheduleView view;
    view.resize(1000, 600);
    view.show();
    view.setPlan(walking());
    view.setActuals({{1, 8}, {2, 9}});
    QTableView* table = view.table();
    int columns = 0;
    for (int c = 0; c < PacingScheduleModel::ColumnCount; ++c)
        columns += table->columnWidth(c);
    EXPECT_LE(columns, table->viewport()->width() + table->verticalScrollBar()->width());
}
