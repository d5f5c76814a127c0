#pragma once

#include "outcomes/ProgressData.h"

#include <QRectF>

class QPainter;

namespace gradus {

// Draws one progress chart with QPainter: the core's own chart for the printed report (Qt
// Charts is a widgets module and the core must not link it). Sizes are in millimetres and
// points, so the chart is the same on a 1200 dpi PDF and a 96 dpi image.
class ChartPainter
{
public:
    static void paint(QPainter& painter, const QRectF& rect, const ProgressSeries& series);
};

} // namespace gradus
