#pragma once

#include "pacing/GradedActivityPlan.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace gradus {

class PacingScheduleChart;
class PacingScheduleModel;

// A graded activity plan at a glance: how it was worked out, the week-by-week table (dates,
// daily quota, bouts, what was done) and a small chart of the planned quota against weeks
// with what was actually done overlaid. Display only: the programme and visits views own
// the data and hand it over.
class PacingScheduleView : public QWidget
{
    Q_OBJECT

public:
    explicit PacingScheduleView(QWidget* parent = nullptr);

    void setPlan(const GradedActivityPlan& plan);
    // No plan to show: the empty state says `why`, or that there is no plan yet.
    void clear(const QString& why = {});
    // What was done per plan week, as recorded at visits; replaces earlier actuals.
    void setActuals(const QList<WeekActual>& actuals);
    // Highlights the week the patient is in now (none when std::nullopt).
    void setCurrentWeek(std::optional<int> week);

    PacingScheduleModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    PacingScheduleChart* chart() const { return m_chart; }

private:
    void updateSummary();
    void fitTableWidth();
    static QString noPlanText();

    PacingScheduleModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    PacingScheduleChart* m_chart = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace gradus
