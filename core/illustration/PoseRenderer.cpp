#include "illustration/PoseRenderer.h"

#include "illustration/FigureStyle.h"
#include "illustration/RenderParts.h"
#include "illustration/Skeleton.h"

#include <QTransform>

#include <algorithm>
#include <cmath>

namespace gradus::illustration {
namespace detail {

Projector::Projector(double yaw, double pitch)
    : m_cosYaw(std::cos(qDegreesToRadians(yaw))), m_sinYaw(std::sin(qDegreesToRadians(yaw))),
      m_cosPitch(std::cos(qDegreesToRadians(pitch))),
      m_sinPitch(std::sin(qDegreesToRadians(pitch))), m_floorIsLine(std::abs(pitch) < 1)
{
}

QVector3D Projector::rotate(const QVector3D& v) const
{
    const double x = v.x() * m_cosYaw + v.z() * m_sinYaw;
    const double z = -v.x() * m_sinYaw + v.z() * m_cosYaw;
    const double y = v.y() * m_cosPitch - z * m_sinPitch;
    const double depth = v.y() * m_sinPitch + z * m_cosPitch;
    return QVector3D(float(x), float(y), float(depth));
}

QPointF Projector::point(const QVector3D& world) const
{
    const QVector3D r = rotate(world);
    return {r.x(), r.y()};
}

double Projector::depth(const QVector3D& world) const
{
    return rotate(world).z();
}

QPainterPath line(const QPointF& a, const QPointF& b)
{
    QPainterPath path(a);
    path.lineTo(b);
    return path;
}

QPainterPath polyline(const QList<QPointF>& points)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    for (qsizetype i = 1; i < points.size(); ++i)
        path.lineTo(points.at(i));
    return path;
}

QPainterPath polygon(const QList<QPointF>& points)
{
    QPainterPath path = polyline(points);
    path.closeSubpath();
    return path;
}

QPainterPath circle(const QPointF& centre, double radius)
{
    QPainterPath path;
    path.addEllipse(centre, radius, radius);
    return path;
}

Part strokePart(const QPainterPath& path, const QColor& color, double width, int layer,
                double depth)
{
    Part part;
    part.path = path;
    part.stroke = color;
    part.width = width;
    part.layer = layer;
    part.depth = depth;
    return part;
}

Part fillPart(const QPainterPath& path, const QColor& fill, const QColor& stroke, double width,
              int layer, double depth)
{
    Part part = strokePart(path, stroke, width, layer, depth);
    part.fill = fill;
    return part;
}

} // namespace detail

namespace {

using namespace detail;
namespace S = FigureStyle;

// The body as thick rounded strokes; limbs on the far side are lighter so a side view reads
// in depth.
void addFigure(const Skeleton& s, const Projector& p, bool ghost, QList<Part>& out)
{
    const QColor near = ghost ? S::ghost() : S::figure();
    const QColor far = ghost ? S::ghostFar() : S::figureFar();
    const int layer = ghost ? LayerGhost : LayerFigure;
    const double trunkDepth = (p.depth(s.joint(QStringLiteral("pelvis"))) +
                               p.depth(s.joint(QStringLiteral("neck_base")))) /
                              2;

    auto segment = [&](const QStringList& joints, double width) {
        QList<QPointF> points;
        double depth = 0;
        for (const QString& name : joints) {
            const QVector3D j = s.joint(name);
            points << p.point(j);
            depth += p.depth(j);
        }
        depth /= double(joints.size());
        const bool isFar = depth < trunkDepth - 0.05;
        out << strokePart(polyline(points), isFar ? far : near, width, layer, depth);
    };

    // The back as one smooth curve through pelvis, lumbar and neck base, so flexion and
    // extension show as a rounded or hollow back.
    const QPointF p0 = p.point(s.joint(QStringLiteral("pelvis")));
    const QPointF p1 = p.point(s.joint(QStringLiteral("lumbar")));
    const QPointF p2 = p.point(s.joint(QStringLiteral("neck_base")));
    QPainterPath back(p0);
    back.quadTo(2 * p1 - (p0 + p2) / 2, p2);
    out << strokePart(back, near, S::kTrunkWidth, layer, trunkDepth);
    // Seen from the front or above, the chest and hips have width: fill the torso.
    const QPointF ls = p.point(s.joint(QStringLiteral("left_shoulder")));
    const QPointF rs = p.point(s.joint(QStringLiteral("right_shoulder")));
    if (QLineF(ls, rs).length() > 0.12) {
        const QPointF lh = p.point(s.joint(QStringLiteral("left_hip")));
        const QPointF rh = p.point(s.joint(QStringLiteral("right_hip")));
        out << fillPart(polygon({lh, ls, rs, rh}), near, near, S::kLimbWidth, layer, trunkDepth);
    }
    segment({QStringLiteral("neck_base"), QStringLiteral("neck_top")}, S::kNeckWidth);
    const QVector3D head = s.joint(QStringLiteral("head"));
    out << fillPart(circle(p.point(head), Skeleton::kHeadRadius), near, QColor(), 0, layer,
                    p.depth(head));

    for (const QString& side : {QStringLiteral("right_"), QStringLiteral("left_")}) {
        auto j = [&side](const char* part) { return side + QLatin1String(part); };
        segment({j("hip"), j("knee")}, S::kThighWidth);
        segment({j("knee"), j("ankle")}, S::kLimbWidth);
        // The foot as a small solid wedge from the ankle, so it stays joined to the leg
        // whichever way it points.
        {
            const QVector3D ankle = s.joint(j("ankle")), heel = s.joint(j("heel")),
                            toe = s.joint(j("toe"));
            const double depth = (p.depth(ankle) + p.depth(heel) + p.depth(toe)) / 3;
            const QColor colour = depth < trunkDepth - 0.05 ? far : near;
            out << fillPart(polygon({p.point(ankle), p.point(heel), p.point(toe)}), colour, colour,
                            S::kFootWidth * 0.7, layer, depth);
        }
        segment({j("shoulder"), j("elbow")}, S::kArmWidth);
        segment({j("elbow"), j("wrist"), j("hand")}, S::kArmWidth * 0.92);
    }
}

QPainterPath arrowHead(const QPointF& tip, const QPointF& direction)
{
    const double length = std::hypot(direction.x(), direction.y());
    if (length <= 0)
        return {};
    const QPointF d = direction / length;
    const QPointF n(-d.y(), d.x());
    const QPointF base = tip - d * S::kArrowHead;
    return polygon({tip, base + n * S::kArrowHead * 0.55, base - n * S::kArrowHead * 0.55});
}

// A curved arrow along `points` with a head at the end (and at the start when `both`).
void addArrowAlong(const QList<QPointF>& points, bool both, QList<Part>& out)
{
    if (points.size() < 2)
        return;
    // Stop the line short of the tip so its round cap does not show past the head.
    auto trimmed = points;
    auto shorten = [](QPointF& end, const QPointF& before) {
        const QPointF d = end - before;
        const double length = std::hypot(d.x(), d.y());
        if (length > S::kArrowHead * 0.8)
            end -= d / length * S::kArrowHead * 0.8;
    };
    shorten(trimmed.last(), points.at(points.size() - 2));
    if (both)
        shorten(trimmed.first(), points.at(1));
    out << strokePart(polyline(trimmed), S::arrow(), S::kArrowWidth, LayerArrow, 0);
    out << fillPart(arrowHead(points.last(), points.last() - points.at(points.size() - 2)),
                    S::arrow(), QColor(), 0, LayerArrow);
    if (both)
        out << fillPart(arrowHead(points.first(), points.first() - points.at(1)), S::arrow(),
                        QColor(), 0, LayerArrow);
}

void addArrow(const ArrowSpec& arrow, const Skeleton& from, const Skeleton& to, const Projector& p,
              const QPointF& shift, QList<Part>& out)
{
    QList<QPointF> points;
    if (arrow.turning) {
        const QPointF centre = p.point(to.joint(arrow.joint)) + arrow.offset + shift;
        const int steps = 24;
        for (int i = 0; i <= steps; ++i) {
            const double a =
                qDegreesToRadians(arrow.fromAngle + (arrow.toAngle - arrow.fromAngle) * i / steps);
            points << centre + QPointF(std::cos(a), std::sin(a)) * arrow.radius;
        }
    } else {
        const QPointF a = arrow.shift ? p.point(to.joint(arrow.joint)) + arrow.offset + shift
                                      : p.point(from.joint(arrow.joint)) + arrow.offset + shift;
        const QPointF b =
            arrow.shift ? a + *arrow.shift : p.point(to.joint(arrow.joint)) + arrow.offset + shift;
        const QPointF d = b - a;
        const double length = std::hypot(d.x(), d.y());
        if (length < 0.05)
            return;
        const QPointF normal(-d.y() / length, d.x() / length);
        const QPointF control = (a + b) / 2 + normal * arrow.bend * length;
        // A little clear of the joints at both ends (a push starts at its joint).
        const int steps = 20;
        const double t0 = arrow.shift ? 0 : 0.1;
        const double t1 = arrow.shift ? 1 : 0.9;
        for (int i = 0; i <= steps; ++i) {
            const double t = t0 + (t1 - t0) * i / steps;
            points << (1 - t) * (1 - t) * a + 2 * (1 - t) * t * control + t * t * b;
        }
    }
    addArrowAlong(points, arrow.both, out);
}

// Rests a posed figure on the floor, then lifts it as the pose says.
Skeleton place(const Pose& pose, double floorTop)
{
    Skeleton s = Skeleton::fromPose(pose);
    s.translate(QVector3D(0, float(floorTop - s.lowestY() + pose.lift), 0));
    return s;
}

QRectF boundsOf(const QList<Part>& parts)
{
    QRectF bounds;
    for (const Part& part : parts) {
        const double pad = part.width / 2;
        const QRectF r = part.path.boundingRect().adjusted(-pad, -pad, pad, pad);
        bounds = bounds.isNull() ? r : bounds.united(r);
    }
    return bounds;
}

void translateParts(QList<Part>& parts, const QPointF& by)
{
    for (Part& part : parts)
        part.path.translate(by);
}

bool hasProp(const IllustrationSpec& spec, const char* type)
{
    return std::any_of(spec.props.begin(), spec.props.end(),
                       [type](const PropSpec& p) { return p.type == QLatin1String(type); });
}

// The figure, its held props and the static props for one picture panel.
QList<Part> scene(const IllustrationSpec& spec, const Projector& p, const Skeleton& staticFrom,
                  const QList<std::pair<const Skeleton*, bool>>& figures, double floorTop)
{
    QList<Part> parts;
    for (const PropSpec& prop : spec.props) {
        if (prop.bothPoses || prop.type == QLatin1String("water"))
            continue;
        addProp(prop, PropContext{p, staticFrom, false, floorTop, &parts});
    }
    for (const auto& [skeleton, ghost] : figures) {
        addFigure(*skeleton, p, ghost, parts);
        for (const PropSpec& prop : spec.props)
            if (prop.bothPoses)
                addProp(prop, PropContext{p, *skeleton, ghost, floorTop, &parts});
    }
    return parts;
}

} // namespace

Drawing PoseRenderer::render(const IllustrationSpec& spec)
{
    const Projector p(spec.cameraYaw, spec.cameraPitch);
    const double floorTop = hasProp(spec, "mat") ? matThickness() : 0;

    // The start pose's pelvis is x = 0; the end pose keeps the anchor joint where it was.
    Skeleton start = place(spec.start, floorTop);
    start.translate(QVector3D(-start.joint(QStringLiteral("pelvis")).x(), 0, 0));
    Skeleton end = place(spec.end, floorTop);
    end.translate(QVector3D(start.joint(spec.anchor).x() - end.joint(spec.anchor).x(), 0, 0));

    QList<Part> parts;
    QPointF arrowShift;
    switch (spec.layout) {
    case Layout::Single:
        parts = scene(spec, p, start, {{&start, false}}, floorTop);
        break;
    case Layout::Overlay:
        parts = scene(spec, p, start, {{&start, true}, {&end, false}}, floorTop);
        break;
    case Layout::Sequence: {
        parts = scene(spec, p, start, {{&start, false}}, floorTop);
        QList<Part> second = scene(spec, p, start, {{&end, false}}, floorTop);
        const QRectF a = boundsOf(parts);
        const QRectF b = boundsOf(second);
        const double gap = 0.38;
        arrowShift = QPointF(a.right() + gap - b.left(), 0);
        translateParts(second, arrowShift);
        // A chevron between the two positions says "then".
        const double midX = a.right() + gap / 2;
        const double midY = std::max(a.center().y(), b.center().y()) * 0.9;
        parts << strokePart(
            polyline({{midX - 0.06, midY + 0.12}, {midX + 0.06, midY}, {midX - 0.06, midY - 0.12}}),
            S::floorLine(), S::kArrowWidth * 1.4, LayerBack);
        parts << second;
        break;
    }
    }
    for (const ArrowSpec& arrow : spec.arrows)
        addArrow(arrow, start, end, p, arrowShift, parts);

    // Fit everything (and the floor and water surface) into the canvas with a margin.
    QRectF bounds = boundsOf(parts);
    const bool drawFloor = spec.floor && p.floorIsLine();
    if (drawFloor)
        bounds = bounds.united(QRectF(bounds.left(), -0.04, bounds.width(), 0.04));
    for (const PropSpec& prop : spec.props)
        if (prop.type == QLatin1String("water"))
            bounds = bounds.united(QRectF(bounds.left(), prop.size, bounds.width(), 0.06));
    const double margin = 0.1;
    bounds.adjust(-margin, -margin, margin, margin);
    const QSizeF canvas = canvasSize();
    const double scale =
        std::min(canvas.width() / bounds.width(), canvas.height() / bounds.height());
    // Spare height goes above the figure, so the floor stays near the bottom edge.
    const double spareHeight = canvas.height() / scale - bounds.height();
    const QPointF centre(bounds.center().x(), bounds.center().y() + spareHeight / 2);
    const QRectF visible(centre.x() - canvas.width() / scale / 2,
                         centre.y() - canvas.height() / scale / 2, canvas.width() / scale,
                         canvas.height() / scale);

    if (drawFloor) {
        Part below = fillPart(polygon({{visible.left(), 0},
                                       {visible.right(), 0},
                                       {visible.right(), visible.top()},
                                       {visible.left(), visible.top()}}),
                              QColor(0xf2, 0xf4, 0xf6), QColor(), 0, LayerFloor, -100);
        parts << below
              << strokePart(line({visible.left(), 0}, {visible.right(), 0}), S::floorLine(),
                            S::kPropLine, LayerFloor, -99);
    }
    for (const PropSpec& prop : spec.props) {
        if (prop.type != QLatin1String("water"))
            continue;
        const double level = prop.size;
        QList<QPointF> surface;
        const int waves = 16;
        for (int i = 0; i <= waves * 4; ++i) {
            const double x = visible.left() + visible.width() * i / (waves * 4);
            surface << QPointF(x, level + 0.015 * std::sin(i * M_PI / 2));
        }
        QList<QPointF> body = surface;
        body << QPointF(visible.right(), visible.top()) << QPointF(visible.left(), visible.top());
        Part fill = fillPart(polygon(body), S::water(), QColor(), 0, LayerFront, 50);
        fill.opacity = 0.3;
        parts << fill
              << strokePart(polyline(surface), S::waterLine(), S::kPropLine, LayerFront, 51);
    }

    std::stable_sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) {
        return a.layer != b.layer ? a.layer < b.layer : a.depth < b.depth;
    });

    // World (metres, y up) to canvas (y down).
    const QTransform toCanvas(scale, 0, 0, -scale, canvas.width() / 2 - centre.x() * scale,
                              canvas.height() / 2 + centre.y() * scale);
    Drawing drawing;
    drawing.size = canvas;
    drawing.items.reserve(parts.size());
    for (const Part& part : parts) {
        DrawingItem item;
        item.path = toCanvas.map(part.path);
        item.stroke = part.stroke;
        item.strokeWidth = part.width * scale;
        item.fill = part.fill;
        item.opacity = part.opacity;
        drawing.items.append(item);
    }
    return drawing;
}

Result<Drawing> PoseRenderer::render(const QJsonObject& illustration)
{
    auto spec = IllustrationSpec::fromJson(illustration);
    if (!spec)
        return spec.error();
    return render(*spec);
}

} // namespace gradus::illustration
