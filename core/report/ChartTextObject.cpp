#include "report/ChartTextObject.h"

#include "report/ChartPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextCursor>
#include <QTextDocument>

namespace gradus {

ChartTextObject::ChartTextObject(QList<ProgressSeries> charts, QObject* parent)
    : QObject(parent), m_charts(std::move(charts))
{
}

QString ChartTextObject::marker(int index)
{
    return QStringLiteral("[[chart:%1]]").arg(index);
}

void ChartTextObject::insertInto(QTextDocument& doc, const QSizeF& sizeMm)
{
    doc.documentLayout()->registerHandler(kObjectType, this);
    for (int i = 0; i < m_charts.size(); ++i) {
        QTextCursor found = doc.find(marker(i));
        if (found.isNull())
            continue;
        QTextCharFormat format;
        format.setObjectType(kObjectType);
        format.setProperty(ChartIndex, i);
        format.setProperty(WidthMm, sizeMm.width());
        format.setProperty(HeightMm, sizeMm.height());
        found.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format)
{
    // Layout units are the layout's paint device pixels (the PDF writer's dots).
    const QPaintDevice* device = doc->documentLayout()->paintDevice();
    const double dpi = device ? device->logicalDpiX() : 96.0;
    return QSizeF(format.doubleProperty(WidthMm), format.doubleProperty(HeightMm)) * dpi / 25.4;
}

void ChartTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                 const QTextFormat& format)
{
    const int index = format.intProperty(ChartIndex);
    if (index >= 0 && index < m_charts.size())
        ChartPainter::paint(*painter, rect, m_charts.at(index));
}

} // namespace gradus
