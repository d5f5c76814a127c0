#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QSize>

class QPainter;

namespace gradus::illustration {

// One shape of an illustration: a path with an optional outline and fill. Paths are in the
// drawing's own coordinates (y down, origin top left, `Drawing::size`).
struct DrawingItem
{
    QPainterPath path;
    QColor stroke; // invalid = no outline
    double strokeWidth = 0;
    QColor fill; // invalid = no fill
    double opacity = 1;
};

// A finished illustration as vector primitives. The same list is painted with QPainter
// (screen, PNG, PDF) and written as SVG, so every output looks alike.
struct Drawing
{
    QSizeF size; // logical size; painting scales it to the target
    QList<DrawingItem> items;

    bool isEmpty() const { return items.isEmpty(); }
    // Paints into `target`, keeping the aspect ratio and centring.
    void paint(QPainter& painter, const QRectF& target) const;
    // A raster copy `width` pixels wide (height from the aspect ratio).
    QImage toImage(int width, const QColor& background = Qt::white) const;
    // Standalone SVG 1.1 document, `width` pixels wide.
    QByteArray toSvg(int width) const;
};

} // namespace gradus::illustration
