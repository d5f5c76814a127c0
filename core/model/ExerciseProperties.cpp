#include "model/ExerciseProperties.h"

#include <QLocale>

#include <array>

namespace gradus {
namespace {

#define GRADUS_LABEL(text) QT_TRANSLATE_NOOP("ExerciseVocabulary", text)

constexpr std::array kCategories{
    EnumEntry<ExerciseCategory>{ExerciseCategory::Aerobic, "aerobic", GRADUS_LABEL("Aerobic")},
    EnumEntry<ExerciseCategory>{ExerciseCategory::Mobility, "mobility", GRADUS_LABEL("Mobility")},
    EnumEntry<ExerciseCategory>{ExerciseCategory::Stretch, "stretch", GRADUS_LABEL("Stretch")},
    EnumEntry<ExerciseCategory>{ExerciseCategory::Core, "core", GRADUS_LABEL("Core and stability")},
    EnumEntry<ExerciseCategory>{ExerciseCategory::Strength, "strength", GRADUS_LABEL("Strengthening")},
    EnumEntry<ExerciseCategory>{ExerciseCategory::Cautioned, "cautioned",
                                GRADUS_LABEL("Cautioned (high load or impact)")},
};

constexpr std::array kMovements{
    EnumEntry<SpinalMovement>{SpinalMovement::Neutral, "neutral", GRADUS_LABEL("Neutral (held still)")},
    EnumEntry<SpinalMovement>{SpinalMovement::Flexion, "flexion", GRADUS_LABEL("Flexion")},
    EnumEntry<SpinalMovement>{SpinalMovement::Extension, "extension", GRADUS_LABEL("Extension")},
    EnumEntry<SpinalMovement>{SpinalMovement::Rotation, "rotation", GRADUS_LABEL("Rotation")},
    EnumEntry<SpinalMovement>{SpinalMovement::SideBend, "side_bend", GRADUS_LABEL("Side bend")},
};

constexpr std::array kLoads{
    EnumEntry<SpinalLoad>{SpinalLoad::Low, "low", GRADUS_LABEL("Low")},
    EnumEntry<SpinalLoad>{SpinalLoad::Moderate, "moderate", GRADUS_LABEL("Moderate")},
    EnumEntry<SpinalLoad>{SpinalLoad::High, "high", GRADUS_LABEL("High")},
};

constexpr std::array kImpacts{
    EnumEntry<Impact>{Impact::None, "none", GRADUS_LABEL("None")},
    EnumEntry<Impact>{Impact::Low, "low", GRADUS_LABEL("Low")},
    EnumEntry<Impact>{Impact::High, "high", GRADUS_LABEL("High")},
};

constexpr std::array kPositions{
    EnumEntry<BodyPosition>{BodyPosition::Supine, "supine", GRADUS_LABEL("Lying on your back")},
    EnumEntry<BodyPosition>{BodyPosition::Prone, "prone", GRADUS_LABEL("Lying on your front")},
    EnumEntry<BodyPosition>{BodyPosition::SideLying, "side_lying", GRADUS_LABEL("Lying on your side")},
    EnumEntry<BodyPosition>{BodyPosition::FourPointKneeling, "four_point_kneeling",
                            GRADUS_LABEL("On hands and knees")},
    EnumEntry<BodyPosition>{BodyPosition::Kneeling, "kneeling", GRADUS_LABEL("Kneeling")},
    EnumEntry<BodyPosition>{BodyPosition::Sitting, "sitting", GRADUS_LABEL("Sitting")},
    EnumEntry<BodyPosition>{BodyPosition::Standing, "standing", GRADUS_LABEL("Standing")},
    EnumEntry<BodyPosition>{BodyPosition::InWater, "in_water", GRADUS_LABEL("In water")},
};

constexpr std::array kEquipment{
    EnumEntry<Equipment>{Equipment::Mat, "mat", GRADUS_LABEL("Mat")},
    EnumEntry<Equipment>{Equipment::Pillow, "pillow", GRADUS_LABEL("Pillow")},
    EnumEntry<Equipment>{Equipment::Towel, "towel", GRADUS_LABEL("Towel or strap")},
    EnumEntry<Equipment>{Equipment::Chair, "chair", GRADUS_LABEL("Chair")},
    EnumEntry<Equipment>{Equipment::Step, "step", GRADUS_LABEL("Step")},
    EnumEntry<Equipment>{Equipment::Wall, "wall", GRADUS_LABEL("Wall")},
    EnumEntry<Equipment>{Equipment::ExerciseBall, "exercise_ball", GRADUS_LABEL("Exercise ball")},
    EnumEntry<Equipment>{Equipment::ResistanceBand, "resistance_band", GRADUS_LABEL("Resistance band")},
    EnumEntry<Equipment>{Equipment::Dumbbell, "dumbbell", GRADUS_LABEL("Dumbbell")},
    EnumEntry<Equipment>{Equipment::Barbell, "barbell", GRADUS_LABEL("Barbell")},
    EnumEntry<Equipment>{Equipment::StationaryBike, "stationary_bike", GRADUS_LABEL("Exercise bike")},
    EnumEntry<Equipment>{Equipment::EllipticalTrainer, "elliptical_trainer",
                         GRADUS_LABEL("Cross-trainer")},
    EnumEntry<Equipment>{Equipment::Pool, "pool", GRADUS_LABEL("Swimming pool")},
};

constexpr std::array kBalance{
    EnumEntry<BalanceDemand>{BalanceDemand::Low, "low", GRADUS_LABEL("Low")},
    EnumEntry<BalanceDemand>{BalanceDemand::Moderate, "moderate", GRADUS_LABEL("Moderate")},
    EnumEntry<BalanceDemand>{BalanceDemand::High, "high", GRADUS_LABEL("High")},
};

constexpr std::array kDoseTypes{
    EnumEntry<DoseType>{DoseType::Repetitions, "reps", GRADUS_LABEL("Repetitions")},
    EnumEntry<DoseType>{DoseType::Hold, "hold", GRADUS_LABEL("Holds")},
    EnumEntry<DoseType>{DoseType::Duration, "time", GRADUS_LABEL("Time")},
    EnumEntry<DoseType>{DoseType::Distance, "distance", GRADUS_LABEL("Distance")},
};

constexpr std::array kOrigins{
    EnumEntry<ExerciseOrigin>{ExerciseOrigin::BuiltIn, "builtin", GRADUS_LABEL("Built-in")},
    EnumEntry<ExerciseOrigin>{ExerciseOrigin::Clinic, "clinic", GRADUS_LABEL("Clinic's own")},
};

#undef GRADUS_LABEL

} // namespace

template <>
std::span<const EnumEntry<ExerciseCategory>> enumEntries<ExerciseCategory>()
{
    return kCategories;
}
template <>
std::span<const EnumEntry<SpinalMovement>> enumEntries<SpinalMovement>()
{
    return kMovements;
}
template <>
std::span<const EnumEntry<SpinalLoad>> enumEntries<SpinalLoad>()
{
    return kLoads;
}
template <>
std::span<const EnumEntry<Impact>> enumEntries<Impact>()
{
    return kImpacts;
}
template <>
std::span<const EnumEntry<BodyPosition>> enumEntries<BodyPosition>()
{
    return kPositions;
}
template <>
std::span<const EnumEntry<Equipment>> enumEntries<Equipment>()
{
    return kEquipment;
}
template <>
std::span<const EnumEntry<BalanceDemand>> enumEntries<BalanceDemand>()
{
    return kBalance;
}
template <>
std::span<const EnumEntry<DoseType>> enumEntries<DoseType>()
{
    return kDoseTypes;
}
template <>
std::span<const EnumEntry<ExerciseOrigin>> enumEntries<ExerciseOrigin>()
{
    return kOrigins;
}

QString describeDose(const Dose& dose)
{
    using T = ExerciseVocabulary;
    QString amount;
    switch (dose.type) {
    case DoseType::Repetitions:
        amount = dose.sets > 1 ? T::tr("%1 sets of %2").arg(dose.sets).arg(dose.reps)
                               : dose.reps == 1 ? T::tr("1 repetition")
                                                : T::tr("%1 repetitions").arg(dose.reps);
        break;
    case DoseType::Hold:
        amount = dose.sets > 1
            ? T::tr("%1 sets of %2 × %3 s hold").arg(dose.sets).arg(dose.reps).arg(dose.holdSeconds)
            : T::tr("%1 × %2 s hold").arg(dose.reps).arg(dose.holdSeconds);
        break;
    case DoseType::Duration:
        amount = dose.minutes == 1 ? T::tr("1 minute") : T::tr("%1 minutes").arg(dose.minutes);
        break;
    case DoseType::Distance:
        amount = dose.metres >= 1000 && dose.metres % 100 == 0
            ? T::tr("%1 km").arg(QLocale().toString(dose.metres / 1000.0, 'g', 3))
            : T::tr("%1 m").arg(dose.metres);
        break;
    }
    if (dose.perSide)
        amount = T::tr("%1 each side").arg(amount);
    const QString perDay = dose.timesPerDay == 1 ? T::tr("once a day")
        : dose.timesPerDay == 2                  ? T::tr("twice a day")
                                                 : T::tr("%1 times a day").arg(dose.timesPerDay);
    const QString perWeek = dose.daysPerWeek == 7 ? T::tr("every day")
                                                  : dose.daysPerWeek == 1 ? T::tr("1 day a week")
                                                  : T::tr("%1 days a week").arg(dose.daysPerWeek);
    return T::tr("%1, %2, %3").arg(amount, perDay, perWeek);
}

} // namespace gradus
