#pragma once

#include "illustration/IllustrationSpec.h"

#include <QHash>
#include <QStringList>
#include <QVector3D>

namespace gradus::illustration {

// Joint positions of a posed figure in metres, in world space: x to the right of the page,
// y up from the floor, z toward the viewer. Built by forward kinematics from a Pose, with
// adult proportions (1.75 m tall).
class Skeleton
{
public:
    // Poses the figure with its pelvis at the origin.
    static Skeleton fromPose(const Pose& pose);

    // Joint names: pelvis, lumbar, neck_base, neck_top, head, nose (a point in front of the
    // face), upper_back (where a bar rests across the shoulders), and for side = left|right:
    // <side>_hip, _knee, _ankle, _heel, _toe, _shoulder, _elbow, _wrist, _hand. Groups: hands,
    // feet, shoulders (their midpoints).
    static QStringList jointNames();
    static bool isJointName(const QString& name);

    bool has(const QString& name) const;
    QVector3D joint(const QString& name) const;
    void translate(const QVector3D& by);
    // Lowest y over the body's surface (limb thickness and head radius included).
    double lowestY() const;

    static constexpr double kHeadRadius = 0.105;

private:
    QHash<QString, QVector3D> m_joints;
};

} // namespace gradus::illustration
