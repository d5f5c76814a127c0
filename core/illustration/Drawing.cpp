#include "illustration/Drawing.h"

#include <QPainter>
#include <QXmlStreamWriter>

#include <cmath>

namespace gradus::illustration {
namespace {

QString number(double value)
{
    // Two decimals are finer than any printer dot at the sizes we write.
    QString text = QString::number(value, 'f', 2);
    while (text.contains(u'.') && (text.endsWith(u'0') || text.endsWith(u'.')))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString svgPath(const QPainterPath& path)
{
    QString d;
    d.reserve(path.elementCount() * 16);
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            d += u'M' + number(e.x) + u' ' + number(e.y);
            break;
        case QPainterPath::LineToElement:
            d += u'L' + number(e.x) + u' ' + number(e.y);
            break;
        case QPainterPath::CurveToElement: {
            const QPainterPath::Element c2 = path.elementAt(i + 1);
            const QPainterPath::Element to = path.elementAt(i + 2);
            d += u'C' + number(e.x) + u' ' + number(e.y) + u' ' + number(c2.x) + u' ' +
                 number(c2.y) + u' ' + number(to.x) + u' ' + number(to.y);
            i += 2;
            break;
        }
        case QPainterPath::CurveToDataElement:
            break; // consumed with its CurveToElement
        }
    }
    return d;
}

QString svgColor(const QColor& color)
{
    return color.name(QColor::HexRgb);
}

} // namespace

void Drawing::paint(QPainter& painter, const QRectF& target) const
{
    if (size.isEmpty() || target.isEmpty())
        return;
    const double scale = std::min(target.width() / size.width(), target.height() / size.height());
    const QPointF offset(target.x() + (target.width() - size.width() * scale) / 2,
                         target.y() + (target.height() - size.height() * scale) / 2);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(offset);
    painter.scale(scale, scale);
    // Like an SVG viewBox: nothing is drawn outside the drawing's own area.
    painter.setClipRect(QRectF(QPointF(0, 0), size), Qt::IntersectClip);
    for (const DrawingItem& item : items) {
        painter.setOpacity(item.opacity);
        if (item.stroke.isValid() && item.strokeWidth > 0) {
            QPen pen(item.stroke, item.strokeWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            painter.setPen(pen);
        } else {
            painter.setPen(Qt::NoPen);
        }
        painter.setBrush(item.fill.isValid() ? QBrush(item.fill) : QBrush(Qt::NoBrush));
        painter.drawPath(item.path);
    }
    painter.restore();
}

QImage Drawing::toImage(int width, const QColor& background) const
{
    if (width <= 0 || size.isEmpty())
        return {};
    const int height = std::max(1, int(std::lround(width * size.height() / size.width())));
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    QPainter painter(&image);
    paint(painter, QRectF(0, 0, width, height));
    painter.end();
    return image;
}

QByteArray Drawing::toSvg(int width) const
{
    const double height = width * size.height() / size.width();
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("svg"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    xml.writeAttribute(QStringLiteral("width"), QString::number(width));
    xml.writeAttribute(QStringLiteral("height"), QString::number(std::lround(height)));
    xml.writeAttribute(
        QStringLiteral("viewBox"),
        QStringLiteral("0 0 %1 %2").arg(number(size.width()), number(size.height())));
    xml.writeTextElement(QStringLiteral("title"), QStringLiteral("Gradus exercise illustration"));
    xml.writeStartElement(QStringLiteral("g"));
    xml.writeAttribute(QStringLiteral("stroke-linecap"), QStringLiteral("round"));
    xml.writeAttribute(QStringLiteral("stroke-linejoin"), QStringLiteral("round"));
    for (const DrawingItem& item : items) {
        xml.writeEmptyElement(QStringLiteral("path"));
        xml.writeAttribute(QStringLiteral("d"), svgPath(item.path));
        xml.writeAttribute(QStringLiteral("fill"),
                           item.fill.isValid() ? svgColor(item.fill) : QStringLiteral("none"));
        if (item.fill.isValid() && item.path.fillRule() == Qt::OddEvenFill)
            xml.writeAttribute(QStringLiteral("fill-rule"), QStringLiteral("evenodd"));
        if (item.stroke.isValid() && item.strokeWidth > 0) {
            xml.writeAttribute(QStringLiteral("stroke"), svgColor(item.stroke));
            xml.writeAttribute(QStringLiteral("stroke-width"), number(item.strokeWidth));
        }
        if (item.opacity < 1)
            xml.writeAttribute(QStringLiteral("opacity"), number(item.opacity));
    }
    xml.writeEndElement(); // g
    xml.writeEndElement(); // svg
    xml.writeEndDocument();
    return out;
}

} // namespace gradus::illustration
