#pragma once

#include "outcomes/ProgressData.h"

#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

class QTextDocument;

namespace gradus {

// Puts ChartPainter charts into a QTextDocument as inline objects, so that charts flow with
// the report's text, stay vector graphics in the PDF, and never split across pages.
// The HTML carries a marker "[[chart:N]]" where chart N goes; insertInto() swaps each marker
// for the object.
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 81;

    explicit ChartTextObject(QList<ProgressSeries> charts, QObject* parent = nullptr);

    static QString marker(int index);
    // Registers the handler on `doc` (which takes no ownership: keep this object alive as
    // long as the document is drawn) and replaces the markers. `sizeMm` is each chart's
    // size in millimetres.
    void insertInto(QTextDocument& doc, const QSizeF& sizeMm);

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;

private:
    enum Property
    {
        ChartIndex = QTextFormat::UserProperty + 1,
        WidthMm,
        HeightMm,
    };
    QList<ProgressSeries> m_charts;
};

} // namespace gradus
