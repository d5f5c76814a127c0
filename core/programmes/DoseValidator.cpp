#include "programmes/DoseValidator.h"

#include <QList>

#include <algorithm>
#include <array>

namespace gradus {
namespace {

Error doseError(const QString& message)
{
    return Error{QStringLiteral("dose.invalid"), message};
}

Status inRange(int value, int low, int high, const QString& field)
{
    if (value < low || value > high)
        return doseError(DoseValidator::tr("%1 must be from %2 to %3 (found %4).")
                             .arg(field)
                             .arg(low)
                             .arg(high)
                             .arg(value));
    return {};
}

Status unused(int value, const QString& field, const QString& typeName)
{
    if (value != 0)
        return doseError(DoseValidator::tr("%1 must be empty for a dose of type \"%2\" (found %3).")
                             .arg(field, typeName)
                             .arg(value));
    return {};
}

// One number of a dose, as its checks name it.
struct Measure
{
    int Dose::*field;
    QString label;
    int maximum = 0;
};

// Every measure, in the order their "must be empty" checks run.
QList<Measure> allMeasures()
{
    return {{&Dose::reps, DoseValidator::tr("Repetitions")},
            {&Dose::holdSeconds, DoseValidator::tr("Hold seconds")},
            {&Dose::minutes, DoseValidator::tr("Minutes")},
            {&Dose::metres, DoseValidator::tr("Metres")}};
}

// The measures a dose type uses, with their ranges.
QList<Measure> measuresOf(DoseType type)
{
    switch (type) {
    case DoseType::Repetitions:
        return {{&Dose::reps, DoseValidator::tr("Repetitions"), DoseValidator::kMaxReps}};
    case DoseType::Hold:
        return {{&Dose::reps, DoseValidator::tr("Repetitions (holds per set)"),
                 DoseValidator::kMaxHolds},
                {&Dose::holdSeconds, DoseValidator::tr("Hold seconds"),
                 DoseValidator::kMaxHoldSeconds}};
    case DoseType::Duration:
        return {{&Dose::minutes, DoseValidator::tr("Minutes"), DoseValidator::kMaxMinutes}};
    case DoseType::Distance:
        return {{&Dose::metres, DoseValidator::tr("Metres"), DoseValidator::kMaxMetres}};
    }
    return {};
}

struct SideEntry
{
    PrescribedSide side;
    const char* name;
    const char* label;
};

constexpr std::array kSides{
    SideEntry{PrescribedSide::NotApplicable, "not_applicable",
              QT_TRANSLATE_NOOP("DoseValidator", "—")},
    SideEntry{PrescribedSide::Left, "left", QT_TRANSLATE_NOOP("DoseValidator", "Left")},
    SideEntry{PrescribedSide::Right, "right", QT_TRANSLATE_NOOP("DoseValidator", "Right")},
    SideEntry{PrescribedSide::Both, "both", QT_TRANSLATE_NOOP("DoseValidator", "Both sides")},
    SideEntry{PrescribedSide::Alternate, "alternate",
              QT_TRANSLATE_NOOP("DoseValidator", "Alternating")},
};

struct StatusEntry
{
    ProgrammeStatus status;
    const char* name;
    const char* label;
};

constexpr std::array kStatuses{
    StatusEntry{ProgrammeStatus::Draft, "draft", QT_TRANSLATE_NOOP("DoseValidator", "Draft")},
    StatusEntry{ProgrammeStatus::Active, "active", QT_TRANSLATE_NOOP("DoseValidator", "Active")},
    StatusEntry{ProgrammeStatus::Superseded, "superseded",
                QT_TRANSLATE_NOOP("DoseValidator", "Superseded")},
};

} // namespace

Status DoseValidator::check(const Dose& d)
{
    const QString typeName = enumName(d.type);
    if (auto st = inRange(d.sets, 1, kMaxSets, tr("Sets")); !st)
        return st;
    // The measures this type uses must be in range; the others must be left empty.
    const QList<Measure> used = measuresOf(d.type);
    for (const Measure& m : used)
        if (auto st = inRange(d.*m.field, 1, m.maximum, m.label); !st)
            return st;
    for (const Measure& m : allMeasures()) {
        const bool isUsed = std::any_of(used.begin(), used.end(),
                                        [&](const Measure& u) { return u.field == m.field; });
        if (!isUsed)
            if (auto st = unused(d.*m.field, m.label, typeName); !st)
                return st;
    }
    // Each number may be in range and the session still implausible for home exercise.
    if (d.type == DoseType::Repetitions && d.sets * d.reps > kMaxRepsPerSession)
        return doseError(tr("%1 sets of %2 is %3 repetitions in one session; at most %4 make a "
                            "plausible dose.")
                             .arg(d.sets)
                             .arg(d.reps)
                             .arg(d.sets * d.reps)
                             .arg(kMaxRepsPerSession));
    if (d.type == DoseType::Hold && d.sets * d.reps * d.holdSeconds > kMaxHoldSecondsPerSession)
        return doseError(tr("%1 x %2 holds of %3 seconds is more than %4 minutes of holding in "
                            "one session.")
                             .arg(d.sets)
                             .arg(d.reps)
                             .arg(d.holdSeconds)
                             .arg(kMaxHoldSecondsPerSession / 60));
    if (auto st = inRange(d.timesPerDay, 1, kMaxPerDay, tr("Times per day")); !st)
        return st;
    return inRange(d.daysPerWeek, 1, 7, tr("Days per week"));
}

QList<DoseType> DoseValidator::allowedTypes(const Exercise& exercise)
{
    if (!exercise.doseTypes.isEmpty())
        return exercise.doseTypes;
    QList<DoseType> types{exercise.dose.type};
    if (exercise.category == ExerciseCategory::Aerobic)
        for (DoseType t : {DoseType::Duration, DoseType::Distance})
            if (!types.contains(t))
                types.append(t);
    std::sort(types.begin(), types.end());
    return types;
}

QString DoseValidator::describeTypes(const QList<DoseType>& types)
{
    QStringList words;
    for (DoseType t : types)
        words.append(enumLabel(t).toLower());
    if (words.size() <= 1)
        return words.value(0);
    const QString last = words.takeLast();
    return tr("%1 or %2").arg(words.join(QStringLiteral(", ")), last);
}

Status DoseValidator::check(const Dose& dose, const Exercise& exercise)
{
    if (auto st = check(dose); !st)
        return st;
    const QList<DoseType> allowed = allowedTypes(exercise);
    if (allowed.contains(dose.type))
        return {};
    return Error{QStringLiteral("dose.type"),
                 tr("A dose of %1 does not fit %2: it is dosed in %3.")
                     .arg(enumLabel(dose.type).toLower(), exercise.name, describeTypes(allowed))};
}

Dose DoseValidator::startingDose(const Exercise& exercise)
{
    // The library keeps unused measures at their defaults; a prescription holds only its
    // type's, and a timed or distance dose in the library has no sets while a prescription
    // has one.
    Dose d = convert(exercise.dose, exercise.dose.type);
    d.sets = std::max(1, d.sets);
    if (exercise.properties.loaded)
        d.daysPerWeek = std::min(d.daysPerWeek, kMaxLoadedDaysPerWeek);
    return d;
}

Status DoseValidator::check(const Prescription& p)
{
    if (p.exerciseId <= 0)
        return Error{QStringLiteral("prescription.invalid"),
                     tr("The prescription must name an exercise.")};
    if (auto st = check(p.dose); !st)
        return st;
    if (auto st = inRange(p.restSeconds, 0, kMaxRestSeconds, tr("Rest between sets (seconds)"));
        !st)
        return st;
    for (const auto& [text, field] :
         {std::pair{&p.load, tr("Load")}, std::pair{&p.tempo, tr("Tempo")},
          std::pair{&p.patientNote, tr("Note to the patient")}}) {
        if (text->size() > kMaxTextLength)
            return Error{QStringLiteral("prescription.invalid"),
                         tr("%1 must be at most %2 characters (found %3).")
                             .arg(field)
                             .arg(kMaxTextLength)
                             .arg(text->size())};
    }
    return {};
}

Status DoseValidator::check(const Programme& programme)
{
    auto invalid = [](const QString& message) {
        return Error{QStringLiteral("programme.invalid"), message};
    };
    if (programme.name.trimmed().isEmpty())
        return invalid(tr("The programme needs a name."));
    if (programme.name.size() > 200)
        return invalid(tr("The programme name must be at most 200 characters."));
    if (programme.goal.size() > 2000)
        return invalid(tr("The goal must be at most 2000 characters."));
    if (programme.startDate.isValid() && programme.reviewDate.isValid() &&
        programme.reviewDate < programme.startDate)
        return invalid(tr("The review date (%1) must not be before the start date (%2).")
                           .arg(programme.reviewDate.toString(Qt::ISODate),
                                programme.startDate.toString(Qt::ISODate)));
    for (const ProgrammeSection& section : programme.sections) {
        if (section.name.trimmed().isEmpty())
            return invalid(tr("Every section needs a name."));
        for (qsizetype i = 0; i < section.prescriptions.size(); ++i) {
            if (auto st = check(section.prescriptions.at(i)); !st) {
                Error e = st.error();
                e.message =
                    tr("Section \"%1\", item %2: %3").arg(section.name).arg(i + 1).arg(e.message);
                return e;
            }
        }
    }
    return {};
}

Dose DoseValidator::convert(const Dose& from, DoseType type)
{
    Dose d = from;
    d.type = type;
    const bool counted = isCounted(from.type);
    switch (type) {
    case DoseType::Repetitions:
        d.reps = counted ? std::min(from.reps, kMaxReps) : 10;
        d.holdSeconds = d.minutes = d.metres = 0;
        break;
    case DoseType::Hold:
        d.reps = counted ? std::clamp(from.reps, 1, kMaxHolds) : 5;
        d.holdSeconds = from.holdSeconds > 0 ? from.holdSeconds : 10;
        d.minutes = d.metres = 0;
        break;
    case DoseType::Duration:
        d.minutes = from.minutes > 0 ? from.minutes : 10;
        d.reps = d.holdSeconds = d.metres = 0;
        d.perSide = false;
        break;
    case DoseType::Distance:
        d.metres = from.metres > 0 ? from.metres : 500;
        d.reps = d.holdSeconds = d.minutes = 0;
        d.perSide = false;
        break;
    }
    return d;
}

Dose DoseValidator::withUsedMeasures(Dose dose)
{
    if (!isCounted(dose.type))
        dose.reps = 0;
    if (dose.type != DoseType::Hold)
        dose.holdSeconds = 0;
    if (dose.type != DoseType::Duration)
        dose.minutes = 0;
    if (dose.type != DoseType::Distance)
        dose.metres = 0;
    return dose;
}

QString sideName(PrescribedSide side)
{
    for (const auto& e : kSides)
        if (e.side == side)
            return QString::fromLatin1(e.name);
    return {};
}

std::optional<PrescribedSide> sideFromName(QStringView name)
{
    for (const auto& e : kSides)
        if (name == QLatin1String(e.name))
            return e.side;
    return std::nullopt;
}

QString sideLabel(PrescribedSide side)
{
    for (const auto& e : kSides)
        if (e.side == side)
            return DoseValidator::tr(e.label);
    return {};
}

QString statusName(ProgrammeStatus status)
{
    for (const auto& e : kStatuses)
        if (e.status == status)
            return QString::fromLatin1(e.name);
    return {};
}

std::optional<ProgrammeStatus> statusFromName(QStringView name)
{
    for (const auto& e : kStatuses)
        if (name == QLatin1String(e.name))
            return e.status;
    return std::nullopt;
}

QString statusLabel(ProgrammeStatus status)
{
    for (const auto& e : kStatuses)
        if (e.status == status)
            return DoseValidator::tr(e.label);
    return {};
}

} // namespace gradus
