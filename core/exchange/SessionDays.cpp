#include "exchange/SessionDays.h"

#include <algorithm>

namespace gradus::SessionDays {

QList<int> forDaysPerWeek(int daysPerWeek)
{
    switch (std::clamp(daysPerWeek, 1, 7)) {
    case 1:
        return {1};
    case 2:
        return {1, 4};
    case 3:
        return {1, 3, 5};
    case 4:
        return {1, 2, 4, 5};
    case 5:
        return {1, 2, 3, 4, 5};
    case 6:
        return {1, 2, 3, 4, 5, 6};
    default:
        return {1, 2, 3, 4, 5, 6, 7};
    }
}

QString fhirCode(int day)
{
    static const char* const codes[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    return QLatin1String(codes[std::clamp(day, 1, 7) - 1]);
}

QString icalCode(int day)
{
    static const char* const codes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    return QLatin1String(codes[std::clamp(day, 1, 7) - 1]);
}

} // namespace gradus::SessionDays
