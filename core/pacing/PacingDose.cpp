#include "pacing/PacingDose.h"

#include "pacing/GradedActivityPlan.h"

namespace gradus::pacingDose {

DoseType typeFor(PacingUnit unit)
{
    switch (unit) {
    case PacingUnit::Minutes:
        return DoseType::Duration;
    case PacingUnit::Repetitions:
        return DoseType::Repetitions;
    case PacingUnit::Seconds:
        return DoseType::Hold;
    case PacingUnit::Metres:
        return DoseType::Distance;
    }
    return DoseType::Duration;
}

int amountOf(const Dose& dose, PacingUnit unit)
{
    switch (unit) {
    case PacingUnit::Minutes:
        return dose.minutes;
    case PacingUnit::Repetitions:
        return dose.reps;
    case PacingUnit::Seconds:
        return dose.holdSeconds;
    case PacingUnit::Metres:
        return dose.metres;
    }
    return 0;
}

void setAmount(Dose& dose, PacingUnit unit, int amount)
{
    switch (unit) {
    case PacingUnit::Minutes:
        dose.minutes = amount;
        break;
    case PacingUnit::Repetitions:
        dose.reps = amount;
        break;
    case PacingUnit::Seconds:
        dose.holdSeconds = amount;
        break;
    case PacingUnit::Metres:
        dose.metres = amount;
        break;
    }
}

Dose doseFor(Dose base, PacingUnit unit, int quota, int bouts)
{
    const QList<int> split = splitIntoBouts(quota, bouts, pacingUnit::step(unit));
    setAmount(base, unit, split.isEmpty() ? quota : split.first());
    base.timesPerDay = bouts;
    return base;
}

} // namespace gradus::pacingDose
