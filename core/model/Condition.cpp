#include "model/Condition.h"

#include "util/EnumTable.h"

namespace gradus {
namespace {

constexpr const char* kContext = "Condition";

// Side::None has no row: it is stored as "" and has no label.
constexpr KeyedLabel<Condition::Side> kSides[] = {
    {Condition::Side::Left, "left", QT_TRANSLATE_NOOP("Condition", "Left")},
    {Condition::Side::Right, "right", QT_TRANSLATE_NOOP("Condition", "Right")},
    {Condition::Side::Both, "both", QT_TRANSLATE_NOOP("Condition", "Both sides")},
};

constexpr KeyedLabel<Condition::Status> kStatuses[] = {
    {Condition::Status::Active, "active", QT_TRANSLATE_NOOP("Condition", "Active")},
    {Condition::Status::Resolved, "resolved", QT_TRANSLATE_NOOP("Condition", "Resolved")},
};

} // namespace

QString Condition::sideCode(Side side)
{
    return enumTable::key(kSides, side);
}

std::optional<Condition::Side> Condition::sideFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c.isEmpty())
        return Side::None;
    return enumTable::fromKey(kSides, c);
}

const char* Condition::sideSource(Side side)
{
    const auto* row = enumTable::find(kSides, side);
    return row ? row->label : nullptr;
}

QString Condition::sideDisplayName(Side side)
{
    return enumTable::label(kContext, kSides, side);
}

QString Condition::statusCode(Status status)
{
    return enumTable::key(kStatuses, status);
}

std::optional<Condition::Status> Condition::statusFromCode(const QString& code)
{
    return enumTable::fromKey(kStatuses, code);
}

QString Condition::statusDisplayName(Status status)
{
    return enumTable::label(kContext, kStatuses, status);
}

} // namespace gradus
