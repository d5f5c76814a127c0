#pragma once

// Internal to the pose renderer: the pieces a picture is assembled from before it is fitted
// to the page.

#include "illustration/IllustrationSpec.h"
#include "illustration/Skeleton.h"

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QVector3D>

namespace gradus::illustration::detail {

// Drawing order, back to front; parts within a layer are sorted by depth.
enum Layer : int
{
    LayerFloor = -3,
    LayerBack = -2,
    LayerGhost = -1,
    LayerFigure = 0,
    LayerFront = 1,
    LayerArrow = 2,
};

// One shape in page-world coordinates (metres, y up) after projection.
struct Part
{
    QPainterPath path;
    QColor stroke;
    double width = 0;
    QColor fill;
    double opacity = 1;
    double depth = 0;
    int layer = LayerFigure;
};

// Turns world points into page points for one camera, and knows the floor.
class Projector
{
public:
    Projector(double yaw, double pitch);
    QPointF point(const QVector3D& world) const;
    double depth(const QVector3D& world) const;
    // True when the camera looks along the floor (side or front view), so the floor is a
    // line on the page.
    bool floorIsLine() const { return m_floorIsLine; }

private:
    QVector3D rotate(const QVector3D& v) const;
    double m_cosYaw, m_sinYaw, m_cosPitch, m_sinPitch;
    bool m_floorIsLine;
};

// What the props of one pose need to know.
struct PropContext
{
    const Projector& projector;
    const Skeleton& skeleton;
    bool ghost = false;  // the faint start pose of an overlay
    double floorTop = 0; // the surface the figure rests on (the mat's top when there is one)
    QList<Part>* out = nullptr;
};

// Adds the parts of one prop. Floor-wide props (water) are drawn later by the renderer.
void addProp(const PropSpec& prop, const PropContext& context);
// The thickness of the mat, which raises the figure when present.
double matThickness();

// Helpers shared by the renderer and the props.
QPainterPath line(const QPointF& a, const QPointF& b);
QPainterPath polyline(const QList<QPointF>& points);
QPainterPath polygon(const QList<QPointF>& points);
QPainterPath circle(const QPointF& centre, double radius);
Part strokePart(const QPainterPath& path, const QColor& color, double width, int layer,
                double depth = 0);
Part fillPart(const QPainterPath& path, const QColor& fill, const QColor& stroke, double width,
              int layer, double depth = 0);

} // namespace gradus::illustration::detail
