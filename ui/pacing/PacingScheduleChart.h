#pragma once

#include "pacing/GradedActivityPlan.h"

#include <QChartView>

#include <optional>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace gradus {

// A small chart of the planned daily quota against weeks, drawn as steps (each week holds
// one quota), the goal as a dashed line, and what was actually done as points on a line.
class PacingScheduleChart : public QChartView
{
    Q_OBJECT

public:
    explicit PacingScheduleChart(QWidget* parent = nullptr);

    void setPlan(const std::optional<GradedActivityPlan>& plan);
    void setActuals(const QList<WeekActual>& actuals);

    QLineSeries* plannedSeries() const { return m_planned; }
    QLineSeries* goalSeries() const { return m_goal; }
    QLineSeries* actualSeries() const { return m_actualLine; }
    QScatterSeries* actualPoints() const { return m_actualPoints; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    // Week labels as dense as the width allows: a narrow chart (the patient's Pacing tab)
    // would otherwise elide them to "...".
    void updateWeekTicks();

    std::optional<GradedActivityPlan> m_plan;
    QList<WeekActual> m_actuals;
    QLineSeries* m_planned = nullptr;
    QLineSeries* m_goal = nullptr;
    QLineSeries* m_actualLine = nullptr;
    QScatterSeries* m_actualPoints = nullptr;
    QValueAxis* m_weeks = nullptr;
    QValueAxis* m_quota = nullptr;
};

} // namespace gradus
