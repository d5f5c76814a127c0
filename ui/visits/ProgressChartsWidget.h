#pragma once

#include "outcomes/ProgressData.h"

#include <QList>
#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QGridLayout;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace gradus {

// The patient's charts with Qt Charts: pain with its best-to-worst band, activity, and one
// chart per outcome measure, each with the clinically important level drawn as a dashed line
// (and published cut-offs dotted). Two charts a row.
//
// Charts are kept and their series updated in place when another patient (or a changed
// record) is shown: building and laying out a Qt chart costs several milliseconds, updating
// one a fraction of that (the 50 ms budget for opening a patient depends on it).
class ProgressChartsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressChartsWidget(QWidget* parent = nullptr);
    ~ProgressChartsWidget() override;

    void setData(const ProgressData& data);
    // No data to chart because it could not be read: the empty state says so, not "no visits
    // yet". Cleared by the next setData.
    void showUnreadable();
    QList<QChartView*> chartViews() const;

private:
    static QString noDataText();

    struct Slot
    {
        QString signature;
        QChartView* view = nullptr;
        QDateTimeAxis* x = nullptr;
        QValueAxis* y = nullptr;
        QAreaSeries* area = nullptr;
        QLineSeries* upper = nullptr;
        QLineSeries* lower = nullptr;
        QList<QLineSeries*> references;
        QLineSeries* secondary = nullptr;
        QLineSeries* main = nullptr;
    };
    // What decides the series a chart holds; charts with the same signature are updated.
    static QString signature(const ProgressSeries& series);
    static Slot create(const ProgressSeries& series);
    static void update(Slot& slot, const ProgressSeries& series);

    QGridLayout* m_grid = nullptr;
    QLabel* m_empty = nullptr;
    QList<Slot> m_slots;
};

} // namespace gradus
