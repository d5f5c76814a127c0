#pragma once

#include "handout/HandoutLanguage.h"
#include "model/Prescription.h"

#include <QStringList>

namespace gradus {

// A prescription's dose in the words a patient reads on the handout:
//   "3 sets of 10, hold 5 seconds, on each side, twice a day, every day"
//   "Walk for 10 minutes, 3 times a day, every day"
// and the details that go with it (rest between sets, load, tempo), in the handout's language.
class DoseWording
{
public:
    // `stableId` picks the verb for timed and distance doses ("Walk for", "Cycle for").
    static QString dose(const Dose& dose, PrescribedSide side, const QString& stableId,
                        const HandoutLanguage& language = {});
    // "Rest 60 seconds between sets.", "Resistance: red band.", "Speed: slowly." (each when
    // given).
    static QStringList details(const Prescription& prescription,
                               const HandoutLanguage& language = {});
    // "once a day", "twice a day", "3 times a day".
    static QString timesPerDay(int times, const HandoutLanguage& language = {});
    // "every day", "on 3 days a week".
    static QString daysPerWeek(int days, const HandoutLanguage& language = {});
    // "45 seconds", "2 minutes", "1 minute 30 seconds".
    static QString duration(int seconds, const HandoutLanguage& language = {});
};

} // namespace gradus
