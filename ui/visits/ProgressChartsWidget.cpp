#include "visits/ProgressChartsWidget.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace gradus {
namespace {

const QColor kMain(0x1f, 0x5f, 0xa8);
const QColor kBandFill(0x1f, 0x5f, 0xa8, 50);
const QColor kSecondary(0xb5, 0x65, 0x1d);
const QColor kImportant(0x2e, 0x7d, 0x32);
const QColor kCutOff(0x80, 0x80, 0x80);

qreal msecs(const QDate& date)
{
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

QList<QPointF> toPoints(const QList<SeriesPoint>& points)
{
    QList<QPointF> out;
    out.reserve(points.size());
    for (const SeriesPoint& p : points)
        out.append(QPointF(msecs(p.date), p.value));
    return out;
}

double niceStep(double range)
{
    const double raw = range / 6.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw)
            return m * power;
    return 10 * power;
}

} // namespace

ProgressChartsWidget::ProgressChartsWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ProgressChartsWidget"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
    m_empty = new QLabel(tr("No visits or outcome measures yet. Record the first visit to start "
                            "the charts."));
    m_empty->setObjectName(QStringLiteral("chartsEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_grid->addWidget(m_empty, 0, 0, 1, 2);
}

QChart* ProgressChartsWidget::buildChart(const ProgressSeries& s)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(QStringLiteral("<b>%1</b> <span style=\"color:#666666\">%2</span>")
                        .arg(s.title.toHtmlEscaped(),
                             (s.lowerIsBetter ? tr("lower is better") : tr("higher is better"))
                                 .toHtmlEscaped()));
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    QFont small = chart->font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(small);

    QDate first = s.points.isEmpty() ? QDate::currentDate() : s.points.first().date;
    QDate last = s.points.isEmpty() ? first : s.points.last().date;
    if (first == last) {
        first = first.addDays(-3);
        last = last.addDays(3);
    }
    auto* x = new QDateTimeAxis;
    x->setFormat(first.daysTo(last) > 300 ? QStringLiteral("MMM yy") : QStringLiteral("d MMM"));
    x->setTickCount(5);
    x->setRange(QDateTime(first, QTime(12, 0)), QDateTime(last, QTime(12, 0)));
    x->setLabelsFont(small);
    auto* y = new QValueAxis;
    const double step = niceStep(s.axisMax - s.axisMin);
    const double low = std::floor(s.axisMin / step) * step;
    const double high = std::ceil(s.axisMax / step) * step;
    y->setRange(low, high);
    y->setTickCount(int(std::lround((high - low) / step)) + 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    const auto attach = [&](QAbstractSeries* series) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };
    if (!s.bandLow.isEmpty() && s.bandLow.size() == s.bandHigh.size()) {
        auto* area = new QAreaSeries;
        auto* upper = new QLineSeries(area);
        auto* lower = new QLineSeries(area);
        upper->replace(toPoints(s.bandHigh));
        lower->replace(toPoints(s.bandLow));
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setName(s.bandLabel);
        area->setColor(kBandFill);
        area->setBorderColor(Qt::transparent);
        area->setPen(Qt::NoPen);
        attach(area);
    }
    const double xFirst = msecs(first);
    const double xLast = msecs(last);
    for (const ReferenceLine& r : s.references) {
        const bool important = r.kind == ReferenceLine::Kind::ImportantChange;
        auto* line = new QLineSeries;
        line->setName(r.label);
        line->replace({QPointF(xFirst, r.value), QPointF(xLast, r.value)});
        QPen pen(important ? kImportant : kCutOff, important ? 2 : 1.5,
                 important ? Qt::DashLine : Qt::DotLine);
        line->setPen(pen);
        attach(line);
    }
    if (!s.secondary.isEmpty()) {
        auto* secondary = new QLineSeries;
        secondary->setName(s.secondaryLabel);
        secondary->replace(toPoints(s.secondary));
        secondary->setPen(QPen(kSecondary, 2, Qt::DashLine));
        secondary->setPointsVisible(s.secondary.size() <= 40);
        attach(secondary);
    }
    auto* main = new QLineSeries;
    main->setName(s.valueLabel);
    main->replace(toPoints(s.points));
    main->setPen(QPen(kMain, 2.5));
    main->setPointsVisible(s.points.size() <= 40);
    attach(main);
    return chart;
}

void ProgressChartsWidget::setData(const ProgressData& data)
{
    // Charts are rebuilt rather than updated: a handful of small series, and it keeps the
    // axes and threshold lines right when a baseline is amended.
    for (QChartView* view : m_views)
        delete view;
    m_views.clear();
    QList<ProgressSeries> series;
    if (!data.pain.points.isEmpty())
        series << data.pain;
    if (!data.activity.points.isEmpty())
        series << data.activity;
    series << data.measureSeries;
    m_empty->setVisible(series.isEmpty());
    for (int i = 0; i < series.size(); ++i) {
        auto* view = new QChartView(buildChart(series.at(i)));
        view->setObjectName(QStringLiteral("chart_%1").arg(series.at(i).key));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(250);
        m_grid->addWidget(view, 1 + i / 2, i % 2);
        m_views << view;
    }
}

} // namespace gradus
