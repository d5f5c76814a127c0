#include "pacing/PacingRecords.h"

#include <QCoreApplication>

namespace gradus {

namespace pacingPlanStatus {

QString key(PacingPlanStatus status)
{
    switch (status) {
    case PacingPlanStatus::Active:
        return QStringLiteral("active");
    case PacingPlanStatus::Stopped:
        return QStringLiteral("stopped");
    case PacingPlanStatus::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

std::optional<PacingPlanStatus> fromKey(const QString& text)
{
    for (PacingPlanStatus s :
         {PacingPlanStatus::Active, PacingPlanStatus::Stopped, PacingPlanStatus::Ended})
        if (key(s) == text)
            return s;
    return std::nullopt;
}

QString name(PacingPlanStatus status)
{
    switch (status) {
    case PacingPlanStatus::Active:
        return QCoreApplication::translate("PacingPlanRepository", "Active");
    case PacingPlanStatus::Stopped:
        return QCoreApplication::translate("PacingPlanRepository", "Stopped (referred)");
    case PacingPlanStatus::Ended:
        return QCoreApplication::translate("PacingPlanRepository",
                                           "Ended (moved to another exercise)");
    }
    return {};
}

} // namespace pacingPlanStatus

} // namespace gradus
