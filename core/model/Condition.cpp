#include "model/Condition.h"

#include <QCoreApplication>

namespace gradus {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Condition)
};

} // namespace

QString Condition::sideCode(Side side)
{
    switch (side) {
    case Side::Left:
        return QStringLiteral("left");
    case Side::Right:
        return QStringLiteral("right");
    case Side::Both:
        return QStringLiteral("both");
    case Side::None:
        break;
    }
    return {};
}

std::optional<Condition::Side> Condition::sideFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c.isEmpty())
        return Side::None;
    if (c == QLatin1String("left"))
        return Side::Left;
    if (c == QLatin1String("right"))
        return Side::Right;
    if (c == QLatin1String("both"))
        return Side::Both;
    return std::nullopt;
}

const char* Condition::sideSource(Side side)
{
    switch (side) {
    case Side::Left:
        return QT_TRANSLATE_NOOP("Condition", "Left");
    case Side::Right:
        return QT_TRANSLATE_NOOP("Condition", "Right");
    case Side::Both:
        return QT_TRANSLATE_NOOP("Condition", "Both sides");
    case Side::None:
        break;
    }
    return nullptr;
}

QString Condition::sideDisplayName(Side side)
{
    switch (side) {
    case Side::Left:
        return Tr::tr("Left");
    case Side::Right:
        return Tr::tr("Right");
    case Side::Both:
        return Tr::tr("Both sides");
    case Side::None:
        break;
    }
    return {};
}

QString Condition::statusCode(Status status)
{
    return status == Status::Resolved ? QStringLiteral("resolved") : QStringLiteral("active");
}

std::optional<Condition::Status> Condition::statusFromCode(const QString& code)
{
    if (code == QLatin1String("active"))
        return Status::Active;
    if (code == QLatin1String("resolved"))
        return Status::Resolved;
    return std::nullopt;
}

QString Condition::statusDisplayName(Status status)
{
    return status == Status::Resolved ? Tr::tr("Resolved") : Tr::tr("Active");
}

} // namespace gradus
