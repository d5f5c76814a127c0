// The simple props drawn with the figure: mat, pillow, chair, step, wall, ball, band, towel,
// dumbbell, barbell, exercise bike and cross-trainer. Each is placed from the joints of the
// pose, so a prop always sits where the body needs it.
#include "illustration/FigureStyle.h"
#include "illustration/RenderParts.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gradus::illustration::detail {
namespace {

namespace S = FigureStyle;

QVector3D v3(double x, double y, double z)
{
    return QVector3D(float(x), float(y), float(z));
}

// Where a hand holds something: between the wrist and the fingertips.
QVector3D grip(const Skeleton& s, const QString& name)
{
    if (name == QLatin1String("hands"))
        return (grip(s, QStringLiteral("left_hand")) + grip(s, QStringLiteral("right_hand"))) / 2;
    if (name.endsWith(QLatin1String("_hand"))) {
        const QString side = name.left(name.indexOf(u'_'));
        return (s.joint(side + QStringLiteral("_wrist")) + s.joint(name)) / 2;
    }
    return s.joint(name);
}

// +1 when the figure faces right on the page, -1 when left.
double facing(const Skeleton& s)
{
    const double knees =
        (s.joint(QStringLiteral("left_knee")).x() + s.joint(QStringLiteral("right_knee")).x()) / 2;
    const double pelvis = s.joint(QStringLiteral("pelvis")).x();
    if (std::abs(knees - pelvis) > 0.05)
        return knees > pelvis ? 1 : -1;
    return s.joint(QStringLiteral("nose")).x() >= s.joint(QStringLiteral("head")).x() ? 1 : -1;
}

// The body's left-right axis, along which bars and dumbbell handles lie.
QVector3D sideAxis(const Skeleton& s)
{
    QVector3D axis =
        s.joint(QStringLiteral("left_shoulder")) - s.joint(QStringLiteral("right_shoulder"));
    if (axis.lengthSquared() < 1e-6f)
        return {0, 0, 1};
    return axis.normalized();
}

// A disc of `radius` around `centre`, facing along `axis`, as a projected outline.
QPainterPath disc(const Projector& p, const QVector3D& centre, const QVector3D& axis, double radius)
{
    QVector3D u = QVector3D::crossProduct(axis, QVector3D(0, 1, 0));
    if (u.lengthSquared() < 1e-6f)
        u = QVector3D::crossProduct(axis, QVector3D(1, 0, 0));
    u.normalize();
    const QVector3D v = QVector3D::crossProduct(axis, u).normalized();
    QList<QPointF> points;
    const int steps = 32;
    for (int i = 0; i < steps; ++i) {
        const double a = 2 * M_PI * i / steps;
        points << p.point(centre + u * float(radius * std::cos(a)) +
                          v * float(radius * std::sin(a)));
    }
    return polygon(points);
}

struct Colours
{
    QColor line, fill, metal, accent;
    int layerBack, layerHeld;
};

Colours coloursFor(const PropContext& c)
{
    if (c.ghost)
        return {S::ghost(), QColor(0xf4, 0xf6, 0xf8), S::ghost(), S::ghost(), LayerGhost,
                LayerGhost};
    return {S::propLine(), S::propFill(), S::metal(), QColor(), LayerBack, LayerFigure};
}

void addMat(const PropContext& c, const Colours& k)
{
    const Projector& p = c.projector;
    double x0 = std::numeric_limits<double>::max();
    double x1 = std::numeric_limits<double>::lowest();
    for (const QString& name : Skeleton::jointNames()) {
        const QVector3D j = c.skeleton.joint(name);
        if (j.y() < c.floorTop + 0.3) {
            x0 = std::min(x0, double(j.x()));
            x1 = std::max(x1, double(j.x()));
        }
    }
    if (x0 > x1)
        return;
    x0 -= 0.16;
    x1 += 0.16;
    const double t = matThickness();
    const double w = 0.42;
    c.out->append(fillPart(polygon({p.point(v3(x0, t, -w)), p.point(v3(x1, t, -w)),
                                    p.point(v3(x1, t, w)), p.point(v3(x0, t, w))}),
                           S::mat().lighter(120), QColor(), 0, LayerFloor, -60));
    c.out->append(fillPart(polygon({p.point(v3(x0, 0, w)), p.point(v3(x1, 0, w)),
                                    p.point(v3(x1, t, w)), p.point(v3(x0, t, w))}),
                           S::mat(), S::mat().darker(115), 0.008, LayerFloor, -59));
    Q_UNUSED(k);
}

void addChair(const PropContext& c, const PropSpec& prop, const Colours& k)
{
    const Projector& p = c.projector;
    const QVector3D pelvis = c.skeleton.joint(prop.anchor);
    const double f = facing(c.skeleton);
    const double seat = pelvis.y() - 0.09;
    const double back = pelvis.x() - f * 0.2;
    const double front = pelvis.x() + f * 0.26;
    const double z = -0.2;
    auto at = [&](double x, double y) { return p.point(v3(x, y, z)); };
    c.out->append(strokePart(line(at(back + f * 0.03, seat), at(back + f * 0.03, 0)), k.line, 0.032,
                             k.layerBack, -5));
    c.out->append(strokePart(line(at(front - f * 0.03, seat), at(front - f * 0.03, 0)), k.line,
                             0.032, k.layerBack, -5));
    c.out->append(strokePart(line(at(back - f * 0.01, seat), at(back - f * 0.06, seat + 0.5)),
                             k.line, 0.036, k.layerBack, -5));
    c.out->append(strokePart(line(at(back, seat), at(front, seat)), k.line, 0.05, k.layerBack, -5));
}

void addStep(const PropContext& c, const PropSpec& prop, const Colours& k)
{
    const QString side = prop.anchor.left(prop.anchor.indexOf(u'_'));
    QVector3D heel = c.skeleton.joint(side + QStringLiteral("_heel"));
    QVector3D toe = c.skeleton.joint(side + QStringLiteral("_toe"));
    if (!prop.anchor.contains(u'_')) {
        heel = toe = c.skeleton.joint(prop.anchor);
    }
    const double top = std::min(heel.y(), toe.y()) - S::kFootWidth / 2;
    const double mid = (heel.x() + toe.x()) / 2;
    const double h = prop.size > 0 ? prop.size : top;
    const Projector& p = c.projector;
    c.out->append(fillPart(polygon({p.point(v3(mid - 0.24, 0, 0)), p.point(v3(mid + 0.24, 0, 0)),
                                    p.point(v3(mid + 0.24, h, 0)), p.point(v3(mid - 0.24, h, 0))}),
                           k.fill, k.line, S::kPropLine, k.layerBack, -5));
}

void addBall(const PropContext& c, const PropSpec& prop, const Colours& k)
{
    const QVector3D anchor = c.skeleton.joint(prop.anchor);
    // Unless given, the ball just reaches the body part resting on it.
    const double r = prop.size > 0
                         ? prop.size
                         : std::clamp((anchor.y() - FigureStyle::kTrunkWidth / 2) / 2, 0.15, 0.4);
    const QPointF centre = c.projector.point(v3(anchor.x(), r, 0));
    c.out->append(fillPart(circle(centre, r), c.ghost ? k.fill : S::ball(), k.line, S::kPropLine,
                           k.layerBack, -5));
    // A seam line so it reads as a ball, not a hole.
    QPainterPath seam;
    const QRectF box(centre.x() - r * 0.55, centre.y() - r, r * 1.1, 2 * r);
    seam.arcMoveTo(box, 100);
    seam.arcTo(box, 100, 160);
    c.out->append(strokePart(seam, k.line, S::kPropLine * 0.6, k.layerBack, -4.9));
}

void addLineProp(const PropContext& c, const PropSpec& prop, const Colours& k, const QColor& colour,
                 double width)
{
    const Projector& p = c.projector;
    const QVector3D from = grip(c.skeleton, prop.anchor);
    QVector3D to;
    if (!prop.target.isEmpty()) {
        to = prop.target.endsWith(QLatin1String("_hand")) || prop.target == QLatin1String("hands")
                 ? grip(c.skeleton, prop.target)
                 : c.skeleton.joint(prop.target);
    } else {
        to = v3(prop.point->x(), prop.point->y(), prop.pointZ);
        // The band is tied to something fixed: a door frame or post.
        if (!c.ghost) {
            c.out->append(strokePart(line(p.point(v3(prop.point->x(), 0, prop.pointZ - 0.05)),
                                          p.point(v3(prop.point->x(), 2.0, prop.pointZ - 0.05))),
                                     k.line, 0.04, LayerBack, -5));
            c.out->append(fillPart(circle(p.point(to), 0.03), k.line, QColor(), 0, LayerBack, -4));
        }
    }
    const int layer = c.ghost ? LayerGhost : LayerFront;
    c.out->append(
        strokePart(line(p.point(from), p.point(to)), c.ghost ? k.line : colour, width, layer, 10));
}

void addDumbbell(const PropContext& c, const QString& at, const Colours& k)
{
    const Projector& p = c.projector;
    const QVector3D g = grip(c.skeleton, at);
    const QVector3D axis = sideAxis(c.skeleton);
    const QVector3D a = g + axis * 0.08f;
    const QVector3D b = g - axis * 0.08f;
    c.out->append(
        strokePart(line(p.point(a), p.point(b)), k.metal, 0.03, k.layerHeld, p.depth(g) + 0.01));
    for (const QVector3D& end : {a, b})
        c.out->append(fillPart(disc(p, end, axis, 0.065), k.metal, k.metal, 0.03, k.layerHeld,
                               p.depth(end) + 0.01));
}

void addBarbell(const PropContext& c, const PropSpec& prop, const Colours& k)
{
    const Projector& p = c.projector;
    const QVector3D centre = grip(c.skeleton, prop.anchor);
    const QVector3D axis = sideAxis(c.skeleton);
    const QVector3D a = centre + axis * 0.85f;
    const QVector3D b = centre - axis * 0.85f;
    c.out->append(
        strokePart(line(p.point(a), p.point(b)), k.metal, 0.028, k.layerHeld, p.depth(centre)));
    const double centreDepth = p.depth(centre);
    for (const float side : {1.0f, -1.0f}) {
        const QVector3D plate = centre + axis * (0.62f * side);
        const double depth = p.depth(plate);
        // The near plate is an outline, so the hands and shoulders stay visible through it.
        const bool near = depth > centreDepth + 0.1;
        Part part = fillPart(disc(p, plate, axis, 0.225), near ? QColor() : k.fill, k.metal, 0.04,
                             k.layerHeld, depth);
        c.out->append(part);
        c.out->append(
            fillPart(circle(p.point(plate), 0.03), k.metal, QColor(), 0, k.layerHeld, depth));
    }
}

void addBike(const PropContext& c, const Colours& k)
{
    const Projector& p = c.projector;
    const Skeleton& s = c.skeleton;
    const double f = facing(s);
    const QVector3D pelvis = s.joint(QStringLiteral("pelvis"));
    const QVector3D hands = grip(s, QStringLiteral("hands"));
    const QVector3D lf =
        (s.joint(QStringLiteral("left_ankle")) + s.joint(QStringLiteral("left_toe"))) / 2;
    const QVector3D rf =
        (s.joint(QStringLiteral("right_ankle")) + s.joint(QStringLiteral("right_toe"))) / 2;
    const QVector3D crank = (lf + rf) / 2;
    const double z = -0.15;
    auto at = [&](double x, double y) { return p.point(v3(x, y, z)); };
    const double seat = pelvis.y() - 0.1;
    const double cx = crank.x();
    const double cy = crank.y();
    auto bar = [&](QPointF a, QPointF b, double w) {
        c.out->append(strokePart(line(a, b), k.line, w, k.layerBack, -5));
    };
    bar(at(cx - f * 0.5, 0.03), at(cx + f * 0.8, 0.03), 0.05);                      // feet
    bar(at(pelvis.x() - f * 0.02, seat), at(cx - f * 0.12, 0.05), 0.05);            // seat tube
    bar(at(cx, cy), at(cx + f * 0.58, 0.05), 0.045);                                // down tube
    bar(at(cx + f * 0.58, 0.05), at(hands.x() + f * 0.04, hands.y() - 0.04), 0.05); // column
    bar(at(hands.x() - f * 0.06, hands.y()), at(hands.x() + f * 0.08, hands.y() + 0.02), 0.04);
    bar(at(pelvis.x() - f * 0.12, seat + 0.02), at(pelvis.x() + f * 0.1, seat + 0.02),
        0.055); // saddle
    c.out->append(fillPart(circle(at(cx + f * 0.5, 0.3), 0.2), k.fill, k.line, S::kPropLine,
                           k.layerBack, -6));
    c.out->append(
        fillPart(circle(at(cx, cy), 0.06), k.fill, k.line, S::kPropLine, k.layerBack, -4));
    for (const QVector3D& pedal : {lf, rf}) {
        const QPointF pp = p.point(v3(pedal.x(), pedal.y(), pedal.z()));
        c.out->append(
            strokePart(line(at(cx, cy), pp), k.metal, 0.025, k.layerHeld, p.depth(pedal) - 0.05));
    }
}

void addElliptical(const PropContext& c, const Colours& k)
{
    const Projector& p = c.projector;
    const Skeleton& s = c.skeleton;
    const double f = facing(s);
    const double z = -0.15;
    auto at = [&](double x, double y) { return p.point(v3(x, y, z)); };
    auto bar = [&](QPointF a, QPointF b, double w, double depth = -5) {
        c.out->append(strokePart(line(a, b), k.line, w, k.layerBack, depth));
    };
    const QVector3D lh = grip(s, QStringLiteral("left_hand"));
    const QVector3D rh = grip(s, QStringLiteral("right_hand"));
    const double front = (f > 0 ? std::max(lh.x(), rh.x()) : std::min(lh.x(), rh.x())) + f * 0.22;
    double rear = front;
    for (const char* side : {"left", "right"}) {
        const QString sd = QString::fromLatin1(side);
        const QVector3D heel = s.joint(sd + QStringLiteral("_heel"));
        const QVector3D toe = s.joint(sd + QStringLiteral("_toe"));
        rear = f > 0 ? std::min({rear, double(heel.x()), double(toe.x())})
                     : std::max({rear, double(heel.x()), double(toe.x())});
    }
    rear -= f * 0.35;
    bar(at(rear - f * 0.15, 0.04), at(front + f * 0.12, 0.04), 0.05);
    bar(at(front, 0.04), at(front - f * 0.06, 1.3), 0.055);
    c.out->append(fillPart(polygon({at(front - f * 0.16, 1.28), at(front + f * 0.06, 1.32),
                                    at(front + f * 0.04, 1.42), at(front - f * 0.16, 1.38)}),
                           k.fill, k.line, S::kPropLine, k.layerBack, -5));
    c.out->append(
        fillPart(circle(at(rear, 0.24), 0.2), k.fill, k.line, S::kPropLine, k.layerBack, -6));
    for (const char* side : {"left", "right"}) {
        const QString sd = QString::fromLatin1(side);
        const QVector3D heel = s.joint(sd + QStringLiteral("_heel"));
        const QVector3D toe = s.joint(sd + QStringLiteral("_toe"));
        const QVector3D hand = grip(s, sd + QStringLiteral("_hand"));
        const double sole = std::min(heel.y(), toe.y()) - S::kFootWidth / 2 - 0.02;
        const double depth = p.depth((heel + toe) / 2) - 0.05;
        const QColor colour = depth < -0.1 ? k.line.lighter(130) : k.line;
        const QPointF pivot = at(front - f * 0.04, 0.95);
        c.out->append(strokePart(line(p.point(hand), pivot), colour, 0.035, k.layerBack, depth));
        c.out->append(
            strokePart(line(pivot, at(front - f * 0.12, 0.35)), colour, 0.035, k.layerBack, depth));
        c.out->append(strokePart(line(at(rear, 0.24), at(front - f * 0.12, 0.35)), colour, 0.03,
                                 k.layerBack, depth));
        c.out->append(strokePart(line(p.point(v3(heel.x() - f * 0.04, sole, 0)),
                                      p.point(v3(toe.x() + f * 0.04, sole, 0))),
                                 colour, 0.04, k.layerBack, depth + 0.01));
    }
}

void addPillow(const PropContext& c, const PropSpec& prop, const Colours& k)
{
    const QVector3D head = c.skeleton.joint(prop.anchor);
    const double bottom = c.floorTop;
    const double top = std::max(head.y() - Skeleton::kHeadRadius, bottom + 0.05);
    QPainterPath path;
    const QPointF a = c.projector.point(v3(head.x() - 0.16, bottom, -0.1));
    const QPointF b = c.projector.point(v3(head.x() + 0.16, top, -0.1));
    path.addRoundedRect(QRectF(a, b).normalized(), 0.03, 0.03);
    c.out->append(fillPart(path, k.fill, k.line, S::kPropLine * 0.8, k.layerBack, -5));
}

} // namespace

double matThickness()
{
    return 0.035;
}

void addProp(const PropSpec& prop, const PropContext& c)
{
    const Colours k = coloursFor(c);
    const QString& t = prop.type;
    if (t == QLatin1String("mat"))
        addMat(c, k);
    else if (t == QLatin1String("pillow"))
        addPillow(c, prop, k);
    else if (t == QLatin1String("chair"))
        addChair(c, prop, k);
    else if (t == QLatin1String("step"))
        addStep(c, prop, k);
    else if (t == QLatin1String("wall")) {
        const double x = prop.point->x();
        const Projector& p = c.projector;
        c.out->append(
            fillPart(polygon({p.point(v3(x - 0.05, 0, -0.3)), p.point(v3(x + 0.05, 0, -0.3)),
                              p.point(v3(x + 0.05, 2.1, -0.3)), p.point(v3(x - 0.05, 2.1, -0.3))}),
                     k.fill, k.line, S::kPropLine, k.layerBack, -5));
    } else if (t == QLatin1String("ball"))
        addBall(c, prop, k);
    else if (t == QLatin1String("band"))
        addLineProp(c, prop, k, S::band(), 0.022);
    else if (t == QLatin1String("towel"))
        addLineProp(c, prop, k, S::towel(), 0.03);
    else if (t == QLatin1String("dumbbell")) {
        if (prop.anchor == QLatin1String("hands")) {
            addDumbbell(c, QStringLiteral("left_hand"), k);
            addDumbbell(c, QStringLiteral("right_hand"), k);
        } else {
            addDumbbell(c, prop.anchor, k);
        }
    } else if (t == QLatin1String("barbell"))
        addBarbell(c, prop, k);
    else if (t == QLatin1String("bike"))
        addBike(c, k);
    else if (t == QLatin1String("elliptical"))
        addElliptical(c, k);
}

} // namespace gradus::illustration::detail
