#include "report/ChartPainter.h"

#include "i18n/LocaleFormat.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace gradus {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartPainter)
};

const QColor kMain(0x1f, 0x5f, 0xa8);
const QColor kBand(0x1f, 0x5f, 0xa8, 46);
const QColor kSecondary(0xb5, 0x65, 0x1d);
const QColor kImportant(0x2e, 0x7d, 0x32);
const QColor kCutOff(0x80, 0x80, 0x80);
const QColor kGrid(0xdd, 0xdd, 0xdd);
const QColor kText(0x33, 0x33, 0x33);

// A tick step of 1, 2 or 5 times a power of ten giving at most `maxTicks` intervals.
double niceStep(double range, int maxTicks)
{
    if (range <= 0)
        return 1;
    const double raw = range / maxTicks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw)
            return m * power;
    return 10 * power;
}

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

} // namespace

void ChartPainter::paint(QPainter& p, const QRectF& rect, const ProgressSeries& s)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    // Millimetres in device units, whatever the device.
    const double mm = p.device()->logicalDpiY() / 25.4;
    const QFont titleFont = font(8.5, true);
    const QFont smallFont = font(6.5);
    const QFontMetricsF titleMetrics(titleFont, p.device());
    const QFontMetricsF smallMetrics(smallFont, p.device());

    // Title, with the direction that means better, so a lay reader can read the slope.
    double y = rect.top();
    p.setPen(kText);
    p.setFont(titleFont);
    const QString direction =
        s.lowerIsBetter ? Tr::tr("lower is better") : Tr::tr("higher is better");
    p.drawText(QPointF(rect.left(), y + titleMetrics.ascent()), s.title);
    p.setFont(smallFont);
    p.drawText(QPointF(rect.left() + titleMetrics.horizontalAdvance(s.title) + 2 * mm,
                       y + titleMetrics.ascent()),
               direction);
    y += titleMetrics.height() + 1 * mm;

    // Legend: one row of swatches.
    struct Entry
    {
        QString label;
        QColor color;
        Qt::PenStyle style;
        bool filled;
    };
    QList<Entry> legend{{s.valueLabel, kMain, Qt::SolidLine, false}};
    if (!s.bandLow.isEmpty())
        legend.append({s.bandLabel, kBand, Qt::SolidLine, true});
    if (!s.secondary.isEmpty())
        legend.append({s.secondaryLabel, kSecondary, Qt::DashLine, false});
    for (const ReferenceLine& r : s.references)
        legend.append(
            {r.label, r.kind == ReferenceLine::Kind::ImportantChange ? kImportant : kCutOff,
             r.kind == ReferenceLine::Kind::ImportantChange ? Qt::DashLine : Qt::DotLine, false});
    double x = rect.left();
    const double swatch = 5 * mm;
    const double lineHeight = smallMetrics.height();
    for (const Entry& e : legend) {
        const double width = swatch + 1 * mm + smallMetrics.horizontalAdvance(e.label) + 3 * mm;
        if (x + width > rect.right() && x > rect.left()) {
            x = rect.left();
            y += lineHeight;
        }
        const double mid = y + lineHeight / 2;
        if (e.filled) {
            p.fillRect(QRectF(x, mid - 1.2 * mm, swatch, 2.4 * mm), e.color);
        } else {
            p.setPen(QPen(e.color, 0.5 * mm, e.style, Qt::FlatCap));
            p.drawLine(QPointF(x, mid), QPointF(x + swatch, mid));
        }
        p.setPen(kText);
        p.drawText(QPointF(x + swatch + 1 * mm, y + smallMetrics.ascent()), e.label);
        x += width;
    }
    y += lineHeight + 1.5 * mm;

    // Plot area: y labels on the left, dates underneath.
    const double step = niceStep(s.axisMax - s.axisMin, 6);
    const double yLow = std::floor(s.axisMin / step) * step;
    const double yHigh = std::ceil(s.axisMax / step) * step;
    double labelWidth = 0;
    for (double v = yLow; v <= yHigh + step / 2; v += step)
        labelWidth = std::max(labelWidth, smallMetrics.horizontalAdvance(QLocale().toString(v)));
    const QRectF plot(rect.left() + labelWidth + 1.5 * mm, y, rect.width() - labelWidth - 2.5 * mm,
                      rect.bottom() - y - smallMetrics.height() - 1.5 * mm);
    if (plot.height() < 5 * mm || plot.width() < 10 * mm) {
        p.restore();
        return;
    }

    QDate first = s.points.isEmpty() ? QDate::currentDate() : s.points.first().date;
    QDate last = s.points.isEmpty() ? first : s.points.last().date;
    for (const auto* list : {&s.bandLow, &s.secondary})
        if (!list->isEmpty()) {
            first = std::min(first, list->first().date);
            last = std::max(last, list->last().date);
        }
    if (first == last) {
        first = first.addDays(-3);
        last = last.addDays(3);
    }
    const double span = double(first.daysTo(last));
    const auto px = [&](const QDate& d) {
        return plot.left() + plot.width() * first.daysTo(d) / span;
    };
    const auto py = [&](double v) {
        return plot.bottom() - plot.height() * (v - yLow) / (yHigh - yLow);
    };

    // Grid and y labels.
    p.setFont(smallFont);
    for (double v = yLow; v <= yHigh + step / 2; v += step) {
        p.setPen(QPen(kGrid, 0.2 * mm));
        p.drawLine(QPointF(plot.left(), py(v)), QPointF(plot.right(), py(v)));
        p.setPen(kText);
        const QString label = QLocale().toString(v);
        p.drawText(QPointF(plot.left() - 1 * mm - smallMetrics.horizontalAdvance(label),
                           py(v) + smallMetrics.ascent() / 2 - 0.3 * mm),
                   label);
    }
    // Date labels: first and last always, up to three between.
    const bool longSpan = span > 300;
    const QString format = longSpan ? QStringLiteral("MMM yy") : LocaleFormat::dayMonthPattern();
    const int intervals = std::clamp(int(plot.width() / (18 * mm)), 1, 5);
    for (int i = 0; i <= intervals; ++i) {
        const QDate d = first.addDays(qint64(std::lround(span * i / intervals)));
        const QString label = QLocale().toString(d, format);
        const double w = smallMetrics.horizontalAdvance(label);
        const double lx = std::clamp(px(d) - w / 2, plot.left() - labelWidth, rect.right() - w);
        p.setPen(QPen(kGrid, 0.2 * mm));
        p.drawLine(QPointF(px(d), plot.bottom()), QPointF(px(d), plot.bottom() + 0.8 * mm));
        p.setPen(kText);
        p.drawText(QPointF(lx, plot.bottom() + 1 * mm + smallMetrics.ascent()), label);
    }
    p.setPen(QPen(kText, 0.25 * mm));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    p.setClipRect(plot.adjusted(-1 * mm, -1 * mm, 1 * mm, 1 * mm));
    // The band first, under everything.
    if (!s.bandLow.isEmpty() && s.bandLow.size() == s.bandHigh.size()) {
        QPainterPath band;
        band.moveTo(px(s.bandHigh.first().date), py(s.bandHigh.first().value));
        for (const SeriesPoint& pt : s.bandHigh)
            band.lineTo(px(pt.date), py(pt.value));
        for (auto it = s.bandLow.crbegin(); it != s.bandLow.crend(); ++it)
            band.lineTo(px(it->date), py(it->value));
        band.closeSubpath();
        p.fillPath(band, kBand);
    }
    for (const ReferenceLine& r : s.references) {
        const bool important = r.kind == ReferenceLine::Kind::ImportantChange;
        p.setPen(QPen(important ? kImportant : kCutOff, (important ? 0.45 : 0.3) * mm,
                      important ? Qt::DashLine : Qt::DotLine, Qt::FlatCap));
        p.drawLine(QPointF(plot.left(), py(r.value)), QPointF(plot.right(), py(r.value)));
    }
    const auto drawLine = [&](const QList<SeriesPoint>& points, const QColor& color,
                              Qt::PenStyle style, bool markers) {
        if (points.isEmpty())
            return;
        QPolygonF line;
        for (const SeriesPoint& pt : points)
            line << QPointF(px(pt.date), py(pt.value));
        p.setPen(QPen(color, 0.5 * mm, style, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(line);
        if (markers || points.size() == 1) {
            p.setBrush(color);
            p.setPen(Qt::NoPen);
            for (const QPointF& pt : line)
                p.drawEllipse(pt, 0.7 * mm, 0.7 * mm);
            p.setBrush(Qt::NoBrush);
        }
    };
    drawLine(s.secondary, kSecondary, Qt::DashLine, s.secondary.size() <= 40);
    drawLine(s.points, kMain, Qt::SolidLine, s.points.size() <= 40);
    p.restore();
}

} // namespace gradus
