#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace gradus::illustration {

// A body position described by joint angles in degrees; all zero is standing upright, facing
// right (+x), arms hanging. The figure's left side is nearest the viewer in the default side
// view. Pairs are [left, right]. Conventions (documented for authors in SCHEMA.md):
//   trunk      direction of the lower back, measured counter-clockwise on the page: 90 =
//              upright, 180 = lying with the head to the left (face up), 0 = head to the
//              right (face down)
//   turn       rotation about the body's long axis before `trunk`: -90 faces the viewer,
//              90 faces away
//   spine      flexion (+, rounding) or extension (-) between pelvis and chest; half tilts
//              the pelvis below the lower back, half bends the chest above it
//   side_bend  toward the figure's left (+)
//   twist      shoulders turned toward the figure's left (+) relative to the pelvis
//   neck       chin toward chest (+)
//   hip        flexion (+, thigh forward) / extension (-); hip_abd abduction (+, outward);
//   hip_rot    external rotation (+, knee turns out)
//   knee       flexion (+); ankle dorsiflexion (+, toes up) / plantar flexion (-)
//   shoulder   flexion (+, arm forward; 180 = overhead) / extension (-);
//   shoulder_abd abduction (+, out to the side); elbow flexion (+); wrist turns the hand
//              the same way as elbow flexion (+; 90 puts a palm flat on the floor in
//              four-point kneeling)
struct Pose
{
    double trunk = 90;
    double turn = 0;
    double spine = 0;
    double sideBend = 0;
    double twist = 0;
    double neck = 0;
    std::array<double, 2> hip{0, 0};
    std::array<double, 2> hipAbd{0, 0};
    std::array<double, 2> hipRot{0, 0};
    std::array<double, 2> knee{0, 0};
    std::array<double, 2> ankle{0, 0};
    std::array<double, 2> shoulder{0, 0};
    std::array<double, 2> shoulderAbd{0, 0};
    std::array<double, 2> elbow{0, 0};
    std::array<double, 2> wrist{0, 0};
    // The pose rests its lowest point on the floor (or mat), then is raised by `lift` metres
    // (a jump, a swimmer in the water, both feet on a step).
    double lift = 0;
};

enum class Layout
{
    Single,   // one pose
    Overlay,  // start pose faint behind the end pose, in one picture
    Sequence, // start and end side by side
};

// Something drawn with the figure. Anchors name a joint of the pose (see Skeleton.h for the
// names), fixed points are [x, y] in metres: x from the start pose's pelvis, y from the floor.
struct PropSpec
{
    QString type;   // floor, mat, pillow, chair, step, wall, ball, band, towel, dumbbell,
                    // barbell, bike, elliptical, water
    QString anchor; // "under"/"at"/"from" joint
    QString target; // "to" joint for band and towel
    std::optional<QPointF> point; // "to" fixed point for band; position for wall
    double pointZ = 0;            // a fixed point's distance toward the viewer (metres)
    double size = 0;              // ball radius, step height, water level (0 = default)
    bool bothPoses = false;       // held props follow each pose
};

struct ArrowSpec
{
    QString joint;     // the joint whose path the arrow follows from start to end
    double bend = 0.3; // how far the arc bows out, as a fraction of its length (+ left)
    QPointF offset;    // moves the arrow off the limb (metres)
    // A straight push in a direction instead of a path between poses: from the joint to the
    // joint + shift (metres on the page). Works in a single picture too.
    std::optional<QPointF> shift;
    bool both = false; // a double-headed arrow: back and forth
    // A turning arrow instead: an arc of `radius` around the joint, from `fromAngle` to
    // `toAngle` degrees (0 = right, 90 = up on the page).
    bool turning = false;
    double radius = 0.3;
    double fromAngle = 0;
    double toAngle = 90;
};

struct IllustrationSpec
{
    Q_DECLARE_TR_FUNCTIONS(IllustrationSpec)

public:
    Layout layout = Layout::Single;
    Pose start;
    Pose end; // the only pose for Single
    QList<PropSpec> props;
    QList<ArrowSpec> arrows;
    // The joint that stays put between start and end in Overlay (e.g. the feet in a bridge).
    QString anchor = QStringLiteral("pelvis");
    bool floor = true;
    double cameraYaw = 0;   // turns the camera around the vertical axis
    double cameraPitch = 0; // 90 looks straight down from above

    // Parses and checks the "illustration" object of an exercise. Errors name the field,
    // e.g. "illustration.end.knee".
    static Result<IllustrationSpec> fromJson(const QJsonObject& json);
    // The stable names this parser accepts, for the schema documentation and tests.
    static QStringList propTypes();
};

} // namespace gradus::illustration
