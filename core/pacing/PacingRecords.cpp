#include "pacing/PacingRecords.h"

#include "util/EnumTable.h"

namespace gradus {

namespace pacingPlanStatus {
namespace {

constexpr KeyedLabel<PacingPlanStatus> kStatuses[] = {
    {PacingPlanStatus::Active, "active", QT_TRANSLATE_NOOP("PacingPlanRepository", "Active")},
    {PacingPlanStatus::Stopped, "stopped",
     QT_TRANSLATE_NOOP("PacingPlanRepository", "Stopped (referred)")},
    {PacingPlanStatus::Ended, "ended",
     QT_TRANSLATE_NOOP("PacingPlanRepository", "Ended (moved to another exercise)")},
};

} // namespace

QString key(PacingPlanStatus status)
{
    return enumTable::key(kStatuses, status);
}

std::optional<PacingPlanStatus> fromKey(const QString& text)
{
    return enumTable::fromKey(kStatuses, text);
}

QString name(PacingPlanStatus status)
{
    return enumTable::label("PacingPlanRepository", kStatuses, status);
}

} // namespace pacingPlanStatus

} // namespace gradus
