#pragma once

#include <QList>
#include <QString>

namespace gradus::SessionDays {

// A dose says "on N days a week", not which days. Calendars and FHIR timings need days, so
// both use this one spread (docs/EXCHANGE.md): 1 Mon; 2 Mon Thu; 3 Mon Wed Fri; 4 Mon Tue Thu
// Fri; 5 Mon-Fri; 6 Mon-Sat; 7 every day. Days are Qt::DayOfWeek numbers (Monday = 1).
QList<int> forDaysPerWeek(int daysPerWeek);
// "mon", "tue", ... (FHIR days-of-week codes).
QString fhirCode(int day);
// "MO", "TU", ... (RFC 5545 weekdays).
QString icalCode(int day);

} // namespace gradus::SessionDays
