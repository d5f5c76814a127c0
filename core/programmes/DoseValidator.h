#pragma once

#include "model/Exercise.h"
#include "model/Prescription.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>

namespace gradus {

// Checks prescriptions and programmes before they are stored. Every message names the field
// and the allowed range, so the builder, the CLI and template import can show it as it is.
//
// A dose has sets (1-10) and exactly one measure for its type:
//   reps      reps 1-100, at most 300 in a session (sets x reps), no hold, minutes or metres
//   hold      reps (holds) 1-30 and hold seconds 1-300, at most 30 minutes of holding in a
//             session (sets x holds x seconds), no minutes or metres
//   time      minutes 1-180, no reps, hold or metres
//   distance  metres 1-50000, no reps, hold or minutes
// and times per day 1-12, days per week 1-7, rest between sets 0-600 seconds. For a given
// exercise the type must also be one it allows (Exercise::doseTypes): no walking as "2 sets of
// 8", no plank as plain repetitions, no 20-minute sit-ups.
class DoseValidator
{
    Q_DECLARE_TR_FUNCTIONS(DoseValidator)

public:
    static constexpr int kMaxSets = 10;
    static constexpr int kMaxReps = 100;
    static constexpr int kMaxHolds = 30;
    static constexpr int kMaxHoldSeconds = 300;
    static constexpr int kMaxMinutes = 180;
    static constexpr int kMaxMetres = 50000;
    static constexpr int kMaxPerDay = 12;
    static constexpr int kMaxRestSeconds = 600;
    static constexpr int kMaxTextLength = 500;
    static constexpr int kMaxRepsPerSession = 300;
    static constexpr int kMaxHoldSecondsPerSession = 30 * 60;
    // Resistance work is done on 2-3 days a week, not daily, unless the clinician says so.
    static constexpr int kMaxLoadedDaysPerWeek = 3;

    // Error code "dose.invalid".
    static Status check(const Dose& dose);
    // The dose for `exercise`: check(dose), and its type must be one the exercise allows.
    // Error code "dose.type" for a type that does not fit, naming the types that do.
    static Status check(const Dose& dose, const Exercise& exercise);
    // The dose types that fit `exercise`: the declared ones; when none are declared, its
    // default dose's type, with time and distance for aerobic work.
    static QList<DoseType> allowedTypes(const Exercise& exercise);
    // "repetitions or holds", in the translated words the dose editor uses.
    static QString describeTypes(const QList<DoseType>& types);
    // The dose a new prescription of `exercise` starts from: its usual dose, with one set at
    // least and, for an exercise against external load, at most kMaxLoadedDaysPerWeek days.
    static Dose startingDose(const Exercise& exercise);
    // The dose plus rest, side and the free-text fields. Error code "prescription.invalid"
    // or "dose.invalid".
    static Status check(const Prescription& prescription);
    // Name, dates, sections and every prescription ("Section "Mobility", item 2: ...").
    // Error code "programme.invalid" or "dose.invalid".
    static Status check(const Programme& programme);

    // A dose of `type` with the measures of other types cleared and the missing one filled
    // in from `from` or a sensible default; used when the builder switches a dose's type.
    static Dose convert(const Dose& from, DoseType type);
    // `dose` with only the measures its type uses: repetitions for repetitions and holds, the
    // hold's seconds for a hold, minutes for a duration, metres for a distance; the others 0.
    // An editor that shows every field reads them all and keeps what this leaves.
    static Dose withUsedMeasures(Dose dose);
};

// Stable names for the programme enums (JSON, CLI, database).
QString sideName(PrescribedSide side);
std::optional<PrescribedSide> sideFromName(QStringView name);
QString sideLabel(PrescribedSide side);
QString statusName(ProgrammeStatus status);
std::optional<ProgrammeStatus> statusFromName(QStringView name);
QString statusLabel(ProgrammeStatus status);

} // namespace gradus
