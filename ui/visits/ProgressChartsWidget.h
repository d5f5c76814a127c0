#pragma once

#include "outcomes/ProgressData.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;

namespace gradus {

// The patient's charts with Qt Charts: pain with its best-to-worst band, activity, and one
// chart per outcome measure, each with the clinically important level drawn as a dashed line
// (and published cut-offs dotted). Two charts a row.
class ProgressChartsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressChartsWidget(QWidget* parent = nullptr);

    void setData(const ProgressData& data);
    QList<QChartView*> chartViews() const { return m_views; }

    // Builds one chart (exposed for tests).
    static QChart* buildChart(const ProgressSeries& series);

private:
    QGridLayout* m_grid = nullptr;
    QLabel* m_empty = nullptr;
    QList<QChartView*> m_views;
};

} // namespace gradus
