#include "illustration/Skeleton.h"

#include "illustration/FigureStyle.h"

#include <QQuaternion>

#include <limits>

namespace gradus::illustration {
namespace {

// Adult proportions in metres (about 1.75 m tall).
constexpr double kHipHalfWidth = 0.09;
constexpr double kShoulderHalfWidth = 0.17;
constexpr double kLumbar = 0.24;
constexpr double kThoracic = 0.29;
constexpr double kNeck = 0.09;
constexpr double kUpperArm = 0.29;
constexpr double kForearm = 0.25;
constexpr double kHand = 0.08;
constexpr double kThigh = 0.44;
constexpr double kShin = 0.42;

const QVector3D kX(1, 0, 0);
const QVector3D kY(0, 1, 0);
const QVector3D kZ(0, 0, 1);

QQuaternion rx(double degrees)
{
    return QQuaternion::fromAxisAndAngle(kX, float(degrees));
}
QQuaternion ry(double degrees)
{
    return QQuaternion::fromAxisAndAngle(kY, float(degrees));
}
QQuaternion rz(double degrees)
{
    return QQuaternion::fromAxisAndAngle(kZ, float(degrees));
}

const char* const kSides[2] = {"left", "right"};

} // namespace

Skeleton Skeleton::fromPose(const Pose& pose)
{
    Skeleton s;
    auto& j = s.m_joints;
    // The body frame: x forward (the way the figure faces), y up its spine, z to its left.
    const QQuaternion root = rz(pose.trunk - 90) * ry(pose.turn);
    const QVector3D pelvis(0, 0, 0);
    // `trunk` is the direction of the lower back; half of the spine's bend goes below it
    // (the pelvis tilts) and half above it (the chest), so the back curves through the middle.
    const QQuaternion pelvisQ =
        root * rz(pose.spine / 2) * rx(-pose.sideBend / 2) * ry(pose.twist / 2);
    const QQuaternion lumbarQ = root;
    const QQuaternion thoraxQ =
        root * rz(-pose.spine / 2) * rx(pose.sideBend / 2) * ry(-pose.twist / 2);
    const QVector3D lumbar = pelvis + lumbarQ.rotatedVector(kY * kLumbar);
    const QVector3D neckBase = lumbar + thoraxQ.rotatedVector(kY * kThoracic);
    const QQuaternion neckQ = thoraxQ * rz(-pose.neck);
    const QVector3D neckTop = neckBase + neckQ.rotatedVector(kY * kNeck);
    const QVector3D head = neckTop + neckQ.rotatedVector(QVector3D(0.01f, 0.095f, 0));
    j.insert(QStringLiteral("pelvis"), pelvis);
    j.insert(QStringLiteral("lumbar"), lumbar);
    j.insert(QStringLiteral("neck_base"), neckBase);
    j.insert(QStringLiteral("neck_top"), neckTop);
    j.insert(QStringLiteral("head"), head);
    j.insert(QStringLiteral("nose"), head + neckQ.rotatedVector(kX * float(kHeadRadius)));
    // Where a bar rests across the shoulders, behind the neck.
    j.insert(QStringLiteral("upper_back"),
             neckBase + thoraxQ.rotatedVector(QVector3D(-0.08f, -0.07f, 0)));

    for (int side = 0; side < 2; ++side) {
        const float sign = side == 0 ? 1.0f : -1.0f;
        const QString prefix = QString::fromLatin1(kSides[side]) + u'_';

        const QVector3D hip = pelvis + pelvisQ.rotatedVector(kZ * float(sign * kHipHalfWidth));
        const QQuaternion thighQ = pelvisQ * rz(pose.hip[side]) * rx(-sign * pose.hipAbd[side]) *
                                   ry(-sign * pose.hipRot[side]);
        const QVector3D knee = hip + thighQ.rotatedVector(-kY * kThigh);
        const QQuaternion shinQ = thighQ * rz(-pose.knee[side]);
        const QVector3D ankle = knee + shinQ.rotatedVector(-kY * kShin);
        const QQuaternion footQ = shinQ * rz(pose.ankle[side]);
        j.insert(prefix + QStringLiteral("hip"), hip);
        j.insert(prefix + QStringLiteral("knee"), knee);
        j.insert(prefix + QStringLiteral("ankle"), ankle);
        j.insert(prefix + QStringLiteral("heel"), ankle + footQ.rotatedVector({-0.04f, -0.07f, 0}));
        j.insert(prefix + QStringLiteral("toe"), ankle + footQ.rotatedVector({0.16f, -0.07f, 0}));

        const QVector3D shoulder =
            neckBase +
            thoraxQ.rotatedVector(QVector3D(0, -0.04f, sign * float(kShoulderHalfWidth)));
        const QQuaternion upperQ =
            thoraxQ * rz(pose.shoulder[side]) * rx(-sign * pose.shoulderAbd[side]);
        const QVector3D elbow = shoulder + upperQ.rotatedVector(-kY * kUpperArm);
        const QQuaternion foreQ = upperQ * rz(pose.elbow[side]);
        const QVector3D wrist = elbow + foreQ.rotatedVector(-kY * kForearm);
        j.insert(prefix + QStringLiteral("shoulder"), shoulder);
        j.insert(prefix + QStringLiteral("elbow"), elbow);
        j.insert(prefix + QStringLiteral("wrist"), wrist);
        const QQuaternion handQ = foreQ * rz(pose.wrist[side]);
        j.insert(prefix + QStringLiteral("hand"), wrist + handQ.rotatedVector(-kY * kHand));
    }
    return s;
}

QStringList Skeleton::jointNames()
{
    QStringList names{QStringLiteral("pelvis"),    QStringLiteral("lumbar"),
                      QStringLiteral("neck_base"), QStringLiteral("neck_top"),
                      QStringLiteral("head"),      QStringLiteral("nose"),
                      QStringLiteral("upper_back")};
    for (const char* side : kSides)
        for (const char* part :
             {"hip", "knee", "ankle", "heel", "toe", "shoulder", "elbow", "wrist", "hand"})
            names << QStringLiteral("%1_%2").arg(QLatin1String(side), QLatin1String(part));
    names << QStringLiteral("hands") << QStringLiteral("feet") << QStringLiteral("shoulders");
    return names;
}

bool Skeleton::isJointName(const QString& name)
{
    static const QStringList names = jointNames();
    return names.contains(name);
}

bool Skeleton::has(const QString& name) const
{
    return isJointName(name);
}

QVector3D Skeleton::joint(const QString& name) const
{
    if (name == QLatin1String("hands"))
        return (m_joints.value(QStringLiteral("left_hand")) +
                m_joints.value(QStringLiteral("right_hand"))) /
               2;
    if (name == QLatin1String("feet"))
        return (m_joints.value(QStringLiteral("left_ankle")) +
                m_joints.value(QStringLiteral("right_ankle"))) /
               2;
    if (name == QLatin1String("shoulders"))
        return (m_joints.value(QStringLiteral("left_shoulder")) +
                m_joints.value(QStringLiteral("right_shoulder"))) /
               2;
    return m_joints.value(name);
}

void Skeleton::translate(const QVector3D& by)
{
    for (auto it = m_joints.begin(); it != m_joints.end(); ++it)
        it.value() += by;
}

double Skeleton::lowestY() const
{
    double lowest = std::numeric_limits<double>::max();
    for (auto it = m_joints.cbegin(); it != m_joints.cend(); ++it) {
        const QString& name = it.key();
        double radius = FigureStyle::kLimbWidth / 2;
        if (name == QLatin1String("head"))
            radius = kHeadRadius;
        else if (name == QLatin1String("nose") || name == QLatin1String("upper_back"))
            continue;
        else if (name == QLatin1String("pelvis") || name == QLatin1String("lumbar") ||
                 name == QLatin1String("neck_base"))
            radius = FigureStyle::kTrunkWidth / 2;
        else if (name.endsWith(QLatin1String("_heel")) || name.endsWith(QLatin1String("_toe")))
            radius = FigureStyle::kFootWidth / 2;
        lowest = std::min(lowest, double(it.value().y()) - radius);
    }
    return lowest;
}

} // namespace gradus::illustration
