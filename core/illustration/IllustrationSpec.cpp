#include "illustration/IllustrationSpec.h"

#include "illustration/Skeleton.h"

#include <QJsonArray>

#include <cmath>

namespace gradus::illustration {
namespace {

Error fieldError(const QString& field, const QString& problem)
{
    return Error{QStringLiteral("illustration.invalid"),
                 IllustrationSpec::tr("field '%1' %2").arg(field, problem)};
}

// Strict reading: every key must be known, so a typo cannot silently do nothing.
std::optional<Error> unknownKeys(const QJsonObject& object, const QString& path,
                                 const QStringList& known)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            return fieldError(path.isEmpty() ? it.key() : path + u'.' + it.key(),
                              IllustrationSpec::tr("is not a known field (expected one of: %1)")
                                  .arg(known.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<Error> readNumber(const QJsonObject& object, const QString& key, const QString& path,
                                double min, double max, double& out)
{
    if (!object.contains(key))
        return std::nullopt;
    const QJsonValue v = object.value(key);
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return fieldError(path + u'.' + key, IllustrationSpec::tr("must be a number"));
    if (v.toDouble() < min || v.toDouble() > max)
        return fieldError(path + u'.' + key, IllustrationSpec::tr("must be from %1 to %2, found %3")
                                                 .arg(min)
                                                 .arg(max)
                                                 .arg(v.toDouble()));
    out = v.toDouble();
    return std::nullopt;
}

std::optional<Error> readPair(const QJsonObject& object, const QString& key, const QString& path,
                              std::array<double, 2>& out)
{
    if (!object.contains(key))
        return std::nullopt;
    const QJsonValue v = object.value(key);
    const QString field = path + u'.' + key;
    auto check = [&](const QJsonValue& value) -> std::optional<double> {
        if (!value.isDouble() || !std::isfinite(value.toDouble()) ||
            std::abs(value.toDouble()) > 360)
            return std::nullopt;
        return value.toDouble();
    };
    if (v.isDouble()) {
        const auto both = check(v);
        if (!both)
            return fieldError(field,
                              IllustrationSpec::tr("must be an angle from -360 to 360 degrees"));
        out = {*both, *both};
        return std::nullopt;
    }
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2)
        return fieldError(
            field, IllustrationSpec::tr("must be an angle or a pair [left, right] of angles"));
    const auto left = check(a.at(0));
    const auto right = check(a.at(1));
    if (!left || !right)
        return fieldError(field, IllustrationSpec::tr("must hold angles from -360 to 360 degrees"));
    out = {*left, *right};
    return std::nullopt;
}

std::optional<Error> readPoint(const QJsonValue& v, const QString& field, QPointF& out)
{
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble() ||
        std::abs(a.at(0).toDouble()) > 5 || std::abs(a.at(1).toDouble()) > 5)
        return fieldError(
            field, IllustrationSpec::tr("must be a point [x, y] in metres (each within ±5)"));
    out = QPointF(a.at(0).toDouble(), a.at(1).toDouble());
    return std::nullopt;
}

std::optional<Error> readJoint(const QJsonObject& object, const QString& key, const QString& path,
                               QString& out)
{
    if (!object.contains(key))
        return std::nullopt;
    const QString name = object.value(key).toString();
    if (!Skeleton::isJointName(name))
        return fieldError(path + u'.' + key,
                          IllustrationSpec::tr("must name a joint (%1), found \"%2\"")
                              .arg(Skeleton::jointNames().join(QStringLiteral(", ")),
                                   object.value(key).toVariant().toString()));
    out = name;
    return std::nullopt;
}

Result<Pose> readPose(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        return fieldError(path, IllustrationSpec::tr("must be an object of joint angles"));
    const QJsonObject o = value.toObject();
    static const QStringList known{
        QStringLiteral("trunk"),        QStringLiteral("turn"),    QStringLiteral("spine"),
        QStringLiteral("side_bend"),    QStringLiteral("twist"),   QStringLiteral("neck"),
        QStringLiteral("hip"),          QStringLiteral("hip_abd"), QStringLiteral("hip_rot"),
        QStringLiteral("knee"),         QStringLiteral("ankle"),   QStringLiteral("shoulder"),
        QStringLiteral("shoulder_abd"), QStringLiteral("elbow"),   QStringLiteral("wrist"),
        QStringLiteral("lift")};
    if (auto e = unknownKeys(o, path, known))
        return *e;
    Pose pose;
    const std::pair<const char*, double*> singles[] = {
        {"trunk", &pose.trunk},        {"turn", &pose.turn},   {"spine", &pose.spine},
        {"side_bend", &pose.sideBend}, {"twist", &pose.twist}, {"neck", &pose.neck}};
    for (const auto& [key, target] : singles)
        if (auto e = readNumber(o, QString::fromLatin1(key), path, -360, 360, *target))
            return *e;
    const std::pair<const char*, std::array<double, 2>*> pairs[] = {
        {"hip", &pose.hip},
        {"hip_abd", &pose.hipAbd},
        {"hip_rot", &pose.hipRot},
        {"knee", &pose.knee},
        {"ankle", &pose.ankle},
        {"shoulder", &pose.shoulder},
        {"shoulder_abd", &pose.shoulderAbd},
        {"elbow", &pose.elbow},
        {"wrist", &pose.wrist}};
    for (const auto& [key, target] : pairs)
        if (auto e = readPair(o, QString::fromLatin1(key), path, *target))
            return *e;
    if (auto e = readNumber(o, QStringLiteral("lift"), path, 0, 3, pose.lift))
        return *e;
    return pose;
}

Result<PropSpec> readProp(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        return fieldError(path, IllustrationSpec::tr("must be an object with a \"type\""));
    const QJsonObject o = value.toObject();
    if (auto e = unknownKeys(o, path,
                             {QStringLiteral("type"), QStringLiteral("under"), QStringLiteral("at"),
                              QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("x"),
                              QStringLiteral("size")}))
        return *e;
    PropSpec prop;
    prop.type = o.value(QStringLiteral("type")).toString();
    if (!IllustrationSpec::propTypes().contains(prop.type))
        return fieldError(path + QStringLiteral(".type"),
                          IllustrationSpec::tr("must be one of %1, found \"%2\"")
                              .arg(IllustrationSpec::propTypes().join(QStringLiteral(", ")),
                                   o.value(QStringLiteral("type")).toVariant().toString()));
    for (const char* key : {"under", "at", "from"})
        if (auto e = readJoint(o, QString::fromLatin1(key), path, prop.anchor))
            return *e;
    if (auto e = readNumber(o, QStringLiteral("size"), path, 0.01, 3, prop.size))
        return *e;
    if (o.contains(QStringLiteral("to"))) {
        const QJsonValue to = o.value(QStringLiteral("to"));
        if (to.isString()) {
            if (auto e = readJoint(o, QStringLiteral("to"), path, prop.target))
                return *e;
        } else {
            // [x, y] on the page, or [x, y, z] with z toward the viewer.
            QJsonArray a = to.toArray();
            if (a.size() == 3) {
                if (!a.at(2).isDouble() || std::abs(a.at(2).toDouble()) > 5)
                    return fieldError(
                        path + QStringLiteral(".to"),
                        IllustrationSpec::tr(
                            "must be a point [x, y] or [x, y, z] in metres (each within ±5)"));
                prop.pointZ = a.at(2).toDouble();
                a.removeLast();
            }
            QPointF point;
            if (auto e = readPoint(a, path + QStringLiteral(".to"), point))
                return *e;
            prop.point = point;
        }
    }
    if (o.contains(QStringLiteral("x"))) {
        double x = 0;
        if (auto e = readNumber(o, QStringLiteral("x"), path, -5, 5, x))
            return *e;
        prop.point = QPointF(x, 0);
    }

    const QString& t = prop.type;
    auto need = [&](bool ok, const QString& what) -> std::optional<Error> {
        if (ok)
            return std::nullopt;
        return fieldError(path, IllustrationSpec::tr("(a %1) needs %2").arg(t, what));
    };
    std::optional<Error> missing;
    if (t == QLatin1String("step"))
        missing = need(!prop.anchor.isEmpty(),
                       IllustrationSpec::tr("\"under\": the foot joint it stands under"));
    else if (t == QLatin1String("wall"))
        missing =
            need(prop.point.has_value(), IllustrationSpec::tr("\"x\": where the wall stands"));
    else if (t == QLatin1String("water"))
        missing = need(prop.size > 0, IllustrationSpec::tr("\"size\": the water level in metres"));
    else if (t == QLatin1String("band"))
        missing = need(!prop.target.isEmpty() || prop.point.has_value(),
                       IllustrationSpec::tr("\"to\": a joint or a fixed point [x, y]"));
    else if (t == QLatin1String("towel"))
        missing =
            need(!prop.target.isEmpty(), IllustrationSpec::tr("\"to\": the joint it loops round"));
    else if (t == QLatin1String("dumbbell") || t == QLatin1String("barbell"))
        missing =
            need(!prop.anchor.isEmpty(), IllustrationSpec::tr("\"at\": the joint that holds it"));
    if (missing)
        return *missing;

    if (t == QLatin1String("pillow") && prop.anchor.isEmpty())
        prop.anchor = QStringLiteral("head");
    if ((t == QLatin1String("chair") || t == QLatin1String("ball")) && prop.anchor.isEmpty())
        prop.anchor = QStringLiteral("pelvis");
    if (t == QLatin1String("band") && prop.anchor.isEmpty())
        prop.anchor = QStringLiteral("hands");
    if (t == QLatin1String("towel") && prop.anchor.isEmpty())
        prop.anchor = QStringLiteral("hands");
    prop.bothPoses = t == QLatin1String("band") || t == QLatin1String("towel") ||
                     t == QLatin1String("dumbbell") || t == QLatin1String("barbell");
    return prop;
}

Result<ArrowSpec> readArrow(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        return fieldError(path, IllustrationSpec::tr("must be an object"));
    const QJsonObject o = value.toObject();
    if (auto e =
            unknownKeys(o, path,
                        {QStringLiteral("joint"), QStringLiteral("turn"), QStringLiteral("bend"),
                         QStringLiteral("offset"), QStringLiteral("both"), QStringLiteral("radius"),
                         QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("shift")}))
        return *e;
    ArrowSpec arrow;
    if (o.contains(QStringLiteral("turn"))) {
        arrow.turning = true;
        if (auto e = readJoint(o, QStringLiteral("turn"), path, arrow.joint))
            return *e;
        for (const auto& [key, target, min, max] :
             {std::tuple{"radius", &arrow.radius, 0.05, 2.0},
              std::tuple{"from", &arrow.fromAngle, -720.0, 720.0},
              std::tuple{"to", &arrow.toAngle, -720.0, 720.0}})
            if (auto e = readNumber(o, QString::fromLatin1(key), path, min, max, *target))
                return *e;
    } else {
        if (!o.contains(QStringLiteral("joint")))
            return fieldError(path, IllustrationSpec::tr(
                                        "needs \"joint\" (a movement) or \"turn\" (a rotation)"));
        if (auto e = readJoint(o, QStringLiteral("joint"), path, arrow.joint))
            return *e;
        if (auto e = readNumber(o, QStringLiteral("bend"), path, -2, 2, arrow.bend))
            return *e;
        if (o.contains(QStringLiteral("shift"))) {
            QPointF shift;
            if (auto e = readPoint(o.value(QStringLiteral("shift")),
                                   path + QStringLiteral(".shift"), shift))
                return *e;
            arrow.shift = shift;
            // A push is straight unless the author bends it.
            if (!o.contains(QStringLiteral("bend")))
                arrow.bend = 0;
        }
    }
    if (o.contains(QStringLiteral("offset")))
        if (auto e = readPoint(o.value(QStringLiteral("offset")), path + QStringLiteral(".offset"),
                               arrow.offset))
            return *e;
    if (o.contains(QStringLiteral("both"))) {
        if (!o.value(QStringLiteral("both")).isBool())
            return fieldError(path + QStringLiteral(".both"),
                              IllustrationSpec::tr("must be true or false"));
        arrow.both = o.value(QStringLiteral("both")).toBool();
    }
    return arrow;
}

} // namespace

QStringList IllustrationSpec::propTypes()
{
    return {QStringLiteral("mat"),     QStringLiteral("pillow"), QStringLiteral("chair"),
            QStringLiteral("step"),    QStringLiteral("wall"),   QStringLiteral("ball"),
            QStringLiteral("band"),    QStringLiteral("towel"),  QStringLiteral("dumbbell"),
            QStringLiteral("barbell"), QStringLiteral("bike"),   QStringLiteral("elliptical"),
            QStringLiteral("water")};
}

Result<IllustrationSpec> IllustrationSpec::fromJson(const QJsonObject& json)
{
    const QString path = QStringLiteral("illustration");
    if (auto e = unknownKeys(
            json, path,
            {QStringLiteral("layout"), QStringLiteral("pose"), QStringLiteral("start"),
             QStringLiteral("end"), QStringLiteral("props"), QStringLiteral("arrows"),
             QStringLiteral("anchor"), QStringLiteral("floor"), QStringLiteral("camera")}))
        return *e;
    IllustrationSpec spec;
    const QString layout = json.value(QStringLiteral("layout")).toString(QStringLiteral("single"));
    if (layout == QLatin1String("single"))
        spec.layout = Layout::Single;
    else if (layout == QLatin1String("overlay"))
        spec.layout = Layout::Overlay;
    else if (layout == QLatin1String("sequence"))
        spec.layout = Layout::Sequence;
    else
        return fieldError(path + QStringLiteral(".layout"),
                          tr("must be \"single\", \"overlay\" or \"sequence\", found \"%1\"")
                              .arg(json.value(QStringLiteral("layout")).toVariant().toString()));

    if (spec.layout == Layout::Single) {
        if (!json.contains(QStringLiteral("pose")))
            return fieldError(path + QStringLiteral(".pose"),
                              tr("is missing (a single picture needs one pose)"));
        if (json.contains(QStringLiteral("start")) || json.contains(QStringLiteral("end")))
            return fieldError(path + QStringLiteral(".start"),
                              tr("is only used with layout \"overlay\" or \"sequence\""));
        auto pose = readPose(json.value(QStringLiteral("pose")), path + QStringLiteral(".pose"));
        if (!pose)
            return pose.error();
        spec.start = spec.end = *pose;
    } else {
        if (json.contains(QStringLiteral("pose")))
            return fieldError(path + QStringLiteral(".pose"),
                              tr("is only used with layout \"single\"; use \"start\" and \"end\""));
        for (const char* key : {"start", "end"})
            if (!json.contains(QString::fromLatin1(key)))
                return fieldError(path + u'.' + QString::fromLatin1(key),
                                  tr("is missing (this layout needs a start and an end pose)"));
        auto start = readPose(json.value(QStringLiteral("start")), path + QStringLiteral(".start"));
        if (!start)
            return start.error();
        auto end = readPose(json.value(QStringLiteral("end")), path + QStringLiteral(".end"));
        if (!end)
            return end.error();
        spec.start = *start;
        spec.end = *end;
    }

    if (json.contains(QStringLiteral("props"))) {
        if (!json.value(QStringLiteral("props")).isArray())
            return fieldError(path + QStringLiteral(".props"), tr("must be a list"));
        const QJsonArray props = json.value(QStringLiteral("props")).toArray();
        for (int i = 0; i < props.size(); ++i) {
            auto prop = readProp(props.at(i), QStringLiteral("%1.props[%2]").arg(path).arg(i));
            if (!prop)
                return prop.error();
            spec.props.append(*prop);
        }
    }
    if (json.contains(QStringLiteral("arrows"))) {
        if (!json.value(QStringLiteral("arrows")).isArray())
            return fieldError(path + QStringLiteral(".arrows"), tr("must be a list"));
        const QJsonArray arrows = json.value(QStringLiteral("arrows")).toArray();
        for (int i = 0; i < arrows.size(); ++i) {
            auto arrow = readArrow(arrows.at(i), QStringLiteral("%1.arrows[%2]").arg(path).arg(i));
            if (!arrow)
                return arrow.error();
            spec.arrows.append(*arrow);
        }
    }
    if (auto e = readJoint(json, QStringLiteral("anchor"), path, spec.anchor))
        return *e;
    if (json.contains(QStringLiteral("floor"))) {
        if (!json.value(QStringLiteral("floor")).isBool())
            return fieldError(path + QStringLiteral(".floor"), tr("must be true or false"));
        spec.floor = json.value(QStringLiteral("floor")).toBool();
    }
    if (json.contains(QStringLiteral("camera"))) {
        const QJsonValue camera = json.value(QStringLiteral("camera"));
        const QString cameraPath = path + QStringLiteral(".camera");
        if (!camera.isObject())
            return fieldError(cameraPath, tr("must be an object with \"yaw\" and \"pitch\""));
        const QJsonObject c = camera.toObject();
        if (auto e = unknownKeys(c, cameraPath, {QStringLiteral("yaw"), QStringLiteral("pitch")}))
            return *e;
        if (auto e = readNumber(c, QStringLiteral("yaw"), cameraPath, -180, 180, spec.cameraYaw))
            return *e;
        if (auto e = readNumber(c, QStringLiteral("pitch"), cameraPath, -90, 90, spec.cameraPitch))
            return *e;
    }
    return spec;
}

} // namespace gradus::illustration
