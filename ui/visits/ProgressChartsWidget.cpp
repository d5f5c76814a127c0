#include "visits/ProgressChartsWidget.h"

#include "i18n/LocaleFormat.h"
#include "style/Tones.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
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
    m_empty = new QLabel(noDataText());
    m_empty->setObjectName(QStringLiteral("chartsEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_grid->addWidget(m_empty, 0, 0, 1, 2);
}

ProgressChartsWidget::~ProgressChartsWidget() = default;

QList<QChartView*> ProgressChartsWidget::chartViews() const
{
    QList<QChartView*> views;
    for (const Slot& slot : m_slots)
        views << slot.view;
    return views;
}

QString ProgressChartsWidget::signature(const ProgressSeries& s)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(s.key)
        .arg(!s.bandLow.isEmpty())
        .arg(!s.secondary.isEmpty())
        .arg(s.references.size());
}

ProgressChartsWidget::Slot ProgressChartsWidget::create(const ProgressSeries& s)
{
    Slot slot;
    slot.signature = signature(s);
    auto* chart = new QChart;
    // The chart's own background and labels follow the window's palette (light or dark); set
    // before any series, as a theme replaces the series' pens.
    chart->setTheme(tones::isDark(QApplication::palette().color(QPalette::Window))
                        ? QChart::ChartThemeDark
                        : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    QFont small = chart->font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(small);

    slot.x = new QDateTimeAxis;
    slot.x->setTickCount(5);
    slot.x->setLabelsFont(small);
    slot.y = new QValueAxis;
    slot.y->setLabelFormat(QStringLiteral("%.0f"));
    slot.y->setLabelsFont(small);
    chart->addAxis(slot.x, Qt::AlignBottom);
    chart->addAxis(slot.y, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries* series) {
        chart->addSeries(series);
        series->attachAxis(slot.x);
        series->attachAxis(slot.y);
    };
    // Drawing order: the band under everything, then the reference lines, then the data.
    if (!s.bandLow.isEmpty()) {
        slot.area = new QAreaSeries;
        slot.upper = new QLineSeries(slot.area);
        slot.lower = new QLineSeries(slot.area);
        slot.area->setUpperSeries(slot.upper);
        slot.area->setLowerSeries(slot.lower);
        slot.area->setColor(kBandFill);
        slot.area->setBorderColor(Qt::transparent);
        slot.area->setPen(Qt::NoPen);
        attach(slot.area);
    }
    for (const ReferenceLine& r : s.references) {
        const bool important = r.kind == ReferenceLine::Kind::ImportantChange;
        auto* line = new QLineSeries;
        line->setPen(QPen(important ? kImportant : kCutOff, important ? 2 : 1.5,
                          important ? Qt::DashLine : Qt::DotLine));
        attach(line);
        slot.references << line;
    }
    if (!s.secondary.isEmpty()) {
        slot.secondary = new QLineSeries;
        slot.secondary->setPen(QPen(kSecondary, 2, Qt::DashLine));
        attach(slot.secondary);
    }
    slot.main = new QLineSeries;
    slot.main->setPen(QPen(kMain, 2.5));
    attach(slot.main);

    slot.view = new QChartView(chart);
    slot.view->setObjectName(QStringLiteral("chart_%1").arg(s.key));
    slot.view->setRenderHint(QPainter::Antialiasing);
    slot.view->setMinimumHeight(250);
    update(slot, s);
    return slot;
}

void ProgressChartsWidget::update(Slot& slot, const ProgressSeries& s)
{
    QChart* chart = slot.view->chart();
    // Plain text: a rich-text title costs a text document layout on every resize.
    chart->setTitle(
        QStringLiteral("%1 \u2013 %2")
            .arg(s.title, s.lowerIsBetter ? tr("lower is better") : tr("higher is better")));

    QDate first = s.points.isEmpty() ? QDate::currentDate() : s.points.first().date;
    QDate last = s.points.isEmpty() ? first : s.points.last().date;
    if (first == last) {
        first = first.addDays(-3);
        last = last.addDays(3);
    }
    slot.x->setFormat(first.daysTo(last) > 300 ? QStringLiteral("MMM yy")
                                               : LocaleFormat::dayMonthPattern());
    slot.x->setRange(QDateTime(first, QTime(12, 0)), QDateTime(last, QTime(12, 0)));
    const double step = niceStep(s.axisMax - s.axisMin);
    const double low = std::floor(s.axisMin / step) * step;
    const double high = std::ceil(s.axisMax / step) * step;
    slot.y->setRange(low, high);
    slot.y->setTickCount(int(std::lround((high - low) / step)) + 1);

    if (slot.area) {
        slot.upper->replace(toPoints(s.bandHigh));
        slot.lower->replace(toPoints(s.bandLow));
        slot.area->setName(s.bandLabel);
    }
    const double xFirst = msecs(first);
    const double xLast = msecs(last);
    for (int i = 0; i < slot.references.size() && i < s.references.size(); ++i) {
        const ReferenceLine& r = s.references.at(i);
        slot.references[i]->setName(r.label);
        slot.references[i]->replace({QPointF(xFirst, r.value), QPointF(xLast, r.value)});
    }
    if (slot.secondary) {
        slot.secondary->setName(s.secondaryLabel);
        slot.secondary->replace(toPoints(s.secondary));
        slot.secondary->setPointsVisible(s.secondary.size() <= 40);
    }
    slot.main->setName(s.valueLabel);
    slot.main->replace(toPoints(s.points));
    slot.main->setPointsVisible(s.points.size() <= 40);
}

QString ProgressChartsWidget::noDataText()
{
    return tr("No visits or outcome measures yet. Record the first visit to start the charts.");
}

void ProgressChartsWidget::showUnreadable()
{
    setData({});
    m_empty->setText(tr("The visits and measures could not be read, so there is nothing to "
                        "chart."));
}

void ProgressChartsWidget::setData(const ProgressData& data)
{
    m_empty->setText(noDataText());
    QList<ProgressSeries> series;
    if (!data.pain.points.isEmpty())
        series << data.pain;
    if (!data.activity.points.isEmpty())
        series << data.activity;
    series << data.measureSeries;
    m_empty->setVisible(series.isEmpty());

    for (int i = 0; i < series.size(); ++i) {
        const ProgressSeries& s = series.at(i);
        if (i < m_slots.size() && m_slots[i].signature == signature(s)) {
            update(m_slots[i], s);
            continue;
        }
        Slot slot = create(s);
        if (i < m_slots.size()) {
            m_grid->removeWidget(m_slots[i].view);
            delete m_slots[i].view;
            m_slots[i] = slot;
        } else {
            m_slots.append(slot);
        }
        m_grid->addWidget(slot.view, 1 + i / 2, i % 2);
    }
    while (m_slots.size() > series.size()) {
        Slot slot = m_slots.takeLast();
        m_grid->removeWidget(slot.view);
        delete slot.view;
    }
}

} // namespace gradus
