#pragma once

#include "model/Prescription.h"
#include "pacing/PacingUnit.h"

namespace gradus::pacingDose {

// How a graded activity plan's unit maps onto a prescription's dose (CLINICAL.md section 3):
// pure arithmetic, shared by storing a plan, a review decision and the plan dialog's preview.

// Which dose type a unit grades (minutes: duration, repetitions, seconds: hold, metres).
DoseType typeFor(PacingUnit unit);
// The amount a dose holds in that unit, and setting it.
int amountOf(const Dose& dose, PacingUnit unit);
void setAmount(Dose& dose, PacingUnit unit, int amount);
// `base` with the daily quota split into `bouts` bouts: a Dose has one amount per bout, the
// largest bout, so 8 minutes in 3 bouts (3 + 3 + 2) is "3 minutes, 3 times a day"; the plan
// shows the exact split.
Dose doseFor(Dose base, PacingUnit unit, int quota, int bouts);

} // namespace gradus::pacingDose
