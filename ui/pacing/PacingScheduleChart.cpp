#include "PacingScheduleChart.h"

#include "style/Tones.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace gradus {
namespace {

const QColor kPlanned(0x1f, 0x5f, 0xa8);
const QColor kGoal(0x6b, 0x8e, 0x23);
const QColor kActual(0xd9, 0x6c, 0x00);

// A tick every 1, 2, 4, 8... weeks so that labels never crowd: at most `maxLabels`.
int weekTickInterval(int weeks, int maxLabels)
{
    int interval = 1;
    while (weeks / interval > maxLabels)
        interval *= 2;
    return interval;
}

// A round step for the quota axis: 1, 2, 5, 10, 20, 50... giving about 5 to 8 ticks.
double niceStep(double range)
{
    const double raw = range / 6.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * magnitude)
            return std::max(1.0, m * magnitude);
    return std::max(1.0, 10.0 * magnitude);
}

} // namespace

PacingScheduleChart::PacingScheduleChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("pacingScheduleChart"));
    setRenderHint(QPainter::Antialiasing);
    // Narrow enough to sit beside the schedule table in the patient view's Pacing tab.
    setMinimumSize(240, 220);

    auto* chart = new QChart;
    // The chart's own background and labels follow the window's palette (light or dark); set
    // before any series, as a theme replaces the series' pens.
    chart->setTheme(tones::isDark(palette().color(QPalette::Window)) ? QChart::ChartThemeDark
                                                                     : QChart::ChartThemeLight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);

    m_planned = new QLineSeries(chart);
    m_planned->setName(tr("Planned daily quota"));
    m_planned->setPen(QPen(kPlanned, 2.5));
    m_goal = new QLineSeries(chart);
    m_goal->setName(tr("Goal"));
    m_goal->setPen(QPen(kGoal, 1.5, Qt::DashLine));
    m_actualLine = new QLineSeries(chart);
    m_actualLine->setName(tr("Done"));
    m_actualLine->setPen(QPen(kActual, 2));
    m_actualPoints = new QScatterSeries(chart);
    m_actualPoints->setColor(kActual);
    m_actualPoints->setBorderColor(Qt::white);
    m_actualPoints->setMarkerSize(8);

    m_weeks = new QValueAxis(chart);
    m_weeks->setTitleText(tr("Week"));
    m_weeks->setLabelFormat(QStringLiteral("%d"));
    m_weeks->setTickType(QValueAxis::TicksDynamic);
    m_weeks->setTickAnchor(1);
    m_weeks->setGridLineVisible(false);
    m_quota = new QValueAxis(chart);
    m_quota->setLabelFormat(QStringLiteral("%d"));
    m_quota->setTickType(QValueAxis::TicksDynamic);
    m_quota->setTickAnchor(0);
    chart->addAxis(m_weeks, Qt::AlignBottom);
    chart->addAxis(m_quota, Qt::AlignLeft);

    for (QXYSeries* s :
         {static_cast<QXYSeries*>(m_goal), static_cast<QXYSeries*>(m_planned),
          static_cast<QXYSeries*>(m_actualLine), static_cast<QXYSeries*>(m_actualPoints)}) {
        chart->addSeries(s);
        s->attachAxis(m_weeks);
        s->attachAxis(m_quota);
    }
    rebuild();
}

void PacingScheduleChart::setPlan(const std::optional<GradedActivityPlan>& plan)
{
    m_plan = plan;
    rebuild();
}

void PacingScheduleChart::setActuals(const QList<WeekActual>& actuals)
{
    m_actuals = actuals;
    std::sort(m_actuals.begin(), m_actuals.end(),
              [](const WeekActual& a, const WeekActual& b) { return a.week < b.week; });
    rebuild();
}

void PacingScheduleChart::rebuild()
{
    QList<QPointF> planned, goal, actual;
    const int weeks = m_plan ? m_plan->weekCount() : 1;
    double top = 1;
    if (m_plan) {
        // Steps: each week's quota from its start (w - 0.5) to its end (w + 0.5).
        for (const PlanWeek& w : m_plan->weeks()) {
            planned << QPointF(w.week - 0.5, w.quota) << QPointF(w.week + 0.5, w.quota);
        }
        goal << QPointF(0.5, m_plan->goal()) << QPointF(weeks + 0.5, m_plan->goal());
        top = m_plan->goal();
        for (const WeekActual& a : m_actuals) {
            if (a.week < 1 || a.week > weeks)
                continue;
            actual << QPointF(a.week, a.amount);
            top = std::max(top, a.amount);
        }
    }
    m_planned->replace(planned);
    m_goal->replace(goal);
    m_actualLine->replace(actual);
    m_actualPoints->replace(actual);
    m_actualLine->setVisible(!actual.isEmpty());
    m_actualPoints->setVisible(!actual.isEmpty());
    // The points are part of "Done": one legend entry is enough. Showing a series brings its
    // marker back, so this follows every visibility change.
    for (QLegendMarker* marker : chart()->legend()->markers(m_actualPoints))
        marker->setVisible(false);

    m_weeks->setRange(0.5, weeks + 0.5);
    updateWeekTicks();
    const double step = niceStep(top);
    m_quota->setRange(0, std::ceil(top * 1.08 / step) * step);
    m_quota->setTickInterval(step);
    m_quota->setTitleText(m_plan ? tr("Daily quota (%1)").arg(pacingUnit::name(m_plan->unit()))
                                 : tr("Daily quota"));
    chart()->setTitle(QString());
}

void PacingScheduleChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    updateWeekTicks();
}

void PacingScheduleChart::updateWeekTicks()
{
    const int weeks = m_plan ? m_plan->weekCount() : 1;
    // About 32 pixels per label ("104" and some air), 14 at most as before.
    const int maxLabels = std::clamp((width() - 80) / 32, 3, 14);
    m_weeks->setTickInterval(weekTickInterval(weeks, maxLabels));
}

} // namespace gradus
