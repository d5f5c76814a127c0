#include "model/ExerciseProperties.h"

#include <QLocale>

#include <array>

namespace gradus {
namespace {

constexpr std::array kCategories{
    KeyedLabel<ExerciseCategory>{ExerciseCategory::Aerobic, "aerobic",
                                 QT_TRANSLATE_NOOP("ExerciseVocabulary", "Aerobic")},
    KeyedLabel<ExerciseCategory>{ExerciseCategory::Mobility, "mobility",
                                 QT_TRANSLATE_NOOP("ExerciseVocabulary", "Mobility")},
    KeyedLabel<ExerciseCategory>{ExerciseCategory::Stretch, "stretch",
                                 QT_TRANSLATE_NOOP("ExerciseVocabulary", "Stretch")},
    KeyedLabel<ExerciseCategory>{ExerciseCategory::Core, "core",
                                 QT_TRANSLATE_NOOP("ExerciseVocabulary", "Core and stability")},
    KeyedLabel<ExerciseCategory>{ExerciseCategory::Strength, "strength",
                                 QT_TRANSLATE_NOOP("ExerciseVocabulary", "Strengthening")},
    KeyedLabel<ExerciseCategory>{
        ExerciseCategory::Cautioned, "cautioned",
        QT_TRANSLATE_NOOP("ExerciseVocabulary", "Cautioned (high load or impact)")},
};

constexpr std::array kMovements{
    KeyedLabel<SpinalMovement>{SpinalMovement::Neutral, "neutral",
                               QT_TRANSLATE_NOOP("ExerciseVocabulary", "Neutral (held still)")},
    KeyedLabel<SpinalMovement>{SpinalMovement::Flexion, "flexion",
                               QT_TRANSLATE_NOOP("ExerciseVocabulary", "Flexion")},
    KeyedLabel<SpinalMovement>{SpinalMovement::Extension, "extension",
                               QT_TRANSLATE_NOOP("ExerciseVocabulary", "Extension")},
    KeyedLabel<SpinalMovement>{SpinalMovement::Rotation, "rotation",
                               QT_TRANSLATE_NOOP("ExerciseVocabulary", "Rotation")},
    KeyedLabel<SpinalMovement>{SpinalMovement::SideBend, "side_bend",
                               QT_TRANSLATE_NOOP("ExerciseVocabulary", "Side bend")},
};

constexpr std::array kLoads{
    KeyedLabel<SpinalLoad>{SpinalLoad::Low, "low", QT_TRANSLATE_NOOP("ExerciseVocabulary", "Low")},
    KeyedLabel<SpinalLoad>{SpinalLoad::Moderate, "moderate",
                           QT_TRANSLATE_NOOP("ExerciseVocabulary", "Moderate")},
    KeyedLabel<SpinalLoad>{SpinalLoad::High, "high",
                           QT_TRANSLATE_NOOP("ExerciseVocabulary", "High")},
};

constexpr std::array kImpacts{
    KeyedLabel<Impact>{Impact::None, "none", QT_TRANSLATE_NOOP("ExerciseVocabulary", "None")},
    KeyedLabel<Impact>{Impact::Low, "low", QT_TRANSLATE_NOOP("ExerciseVocabulary", "Low")},
    KeyedLabel<Impact>{Impact::High, "high", QT_TRANSLATE_NOOP("ExerciseVocabulary", "High")},
};

constexpr std::array kPositions{
    KeyedLabel<BodyPosition>{BodyPosition::Supine, "supine",
                             QT_TRANSLATE_NOOP("ExerciseVocabulary", "Lying on your back")},
    KeyedLabel<BodyPosition>{BodyPosition::Prone, "prone",
                             QT_TRANSLATE_NOOP("ExerciseVocabulary", "Lying on your front")},
    KeyedLabel<BodyPosition>{BodyPosition::SideLying, "side_lying",
                             QT_TRANSLATE_NOOP("ExerciseVocabulary", "Lying on your side")},
    KeyedLabel<BodyPosition>{BodyPosition::FourPointKneeling, "four_point_kneeling",
                             QT_TRANSLATE_NOOP("ExerciseVocabulary", "On hands and knees")},
    KeyedLabel<BodyPosition>{BodyPosition::Kneeling, "kneeling",
                             QT_TRANSLATE_NOOP("ExerciseVocabulary", "Kneeling")},
    KeyedLabel<BodyPosition>{BodyPosition::Sitting, "sitting",
                             QT_TRANSLATE_NOOP("ExerciseVocabulary", "Sitting")},
    KeyedLabel<BodyPosition>{BodyPosition::Standing, "standing",
                             QT_TRANSLATE_NOOP("ExerciseVocabulary", "Standing")},
    KeyedLabel<BodyPosition>{BodyPosition::InWater, "in_water",
                             QT_TRANSLATE_NOOP("ExerciseVocabulary", "In water")},
};

constexpr std::array kEquipment{
    KeyedLabel<Equipment>{Equipment::Mat, "mat", QT_TRANSLATE_NOOP("ExerciseVocabulary", "Mat")},
    KeyedLabel<Equipment>{Equipment::Pillow, "pillow",
                          QT_TRANSLATE_NOOP("ExerciseVocabulary", "Pillow")},
    KeyedLabel<Equipment>{Equipment::Towel, "towel",
                          QT_TRANSLATE_NOOP("ExerciseVocabulary", "Towel or strap")},
    KeyedLabel<Equipment>{Equipment::Chair, "chair",
                          QT_TRANSLATE_NOOP("ExerciseVocabulary", "Chair")},
    KeyedLabel<Equipment>{Equipment::Step, "step", QT_TRANSLATE_NOOP("ExerciseVocabulary", "Step")},
    KeyedLabel<Equipment>{Equipment::Wall, "wall", QT_TRANSLATE_NOOP("ExerciseVocabulary", "Wall")},
    KeyedLabel<Equipment>{Equipment::ExerciseBall, "exercise_ball",
                          QT_TRANSLATE_NOOP("ExerciseVocabulary", "Exercise ball")},
    KeyedLabel<Equipment>{Equipment::ResistanceBand, "resistance_band",
                          QT_TRANSLATE_NOOP("ExerciseVocabulary", "Resistance band")},
    KeyedLabel<Equipment>{Equipment::Dumbbell, "dumbbell",
                          QT_TRANSLATE_NOOP("ExerciseVocabulary", "Dumbbell")},
    KeyedLabel<Equipment>{Equipment::Barbell, "barbell",
                          QT_TRANSLATE_NOOP("ExerciseVocabulary", "Barbell")},
    KeyedLabel<Equipment>{Equipment::StationaryBike, "stationary_bike",
                          QT_TRANSLATE_NOOP("ExerciseVocabulary", "Exercise bike")},
    KeyedLabel<Equipment>{Equipment::EllipticalTrainer, "elliptical_trainer",
                          QT_TRANSLATE_NOOP("ExerciseVocabulary", "Cross-trainer")},
    KeyedLabel<Equipment>{Equipment::Pool, "pool",
                          QT_TRANSLATE_NOOP("ExerciseVocabulary", "Swimming pool")},
};

constexpr std::array kBalance{
    KeyedLabel<BalanceDemand>{BalanceDemand::Low, "low",
                              QT_TRANSLATE_NOOP("ExerciseVocabulary", "Low")},
    KeyedLabel<BalanceDemand>{BalanceDemand::Moderate, "moderate",
                              QT_TRANSLATE_NOOP("ExerciseVocabulary", "Moderate")},
    KeyedLabel<BalanceDemand>{BalanceDemand::High, "high",
                              QT_TRANSLATE_NOOP("ExerciseVocabulary", "High")},
};

constexpr std::array kDoseTypes{
    KeyedLabel<DoseType>{DoseType::Repetitions, "reps",
                         QT_TRANSLATE_NOOP("ExerciseVocabulary", "Repetitions")},
    KeyedLabel<DoseType>{DoseType::Hold, "hold", QT_TRANSLATE_NOOP("ExerciseVocabulary", "Holds")},
    KeyedLabel<DoseType>{DoseType::Duration, "time",
                         QT_TRANSLATE_NOOP("ExerciseVocabulary", "Time")},
    KeyedLabel<DoseType>{DoseType::Distance, "distance",
                         QT_TRANSLATE_NOOP("ExerciseVocabulary", "Distance")},
};

constexpr std::array kOrigins{
    KeyedLabel<ExerciseOrigin>{ExerciseOrigin::BuiltIn, "builtin",
                               QT_TRANSLATE_NOOP("ExerciseVocabulary", "Built-in")},
    KeyedLabel<ExerciseOrigin>{ExerciseOrigin::Clinic, "clinic",
                               QT_TRANSLATE_NOOP("ExerciseVocabulary", "Clinic's own")},
};

} // namespace

template <> std::span<const KeyedLabel<ExerciseCategory>> enumEntries<ExerciseCategory>()
{
    return kCategories;
}
template <> std::span<const KeyedLabel<SpinalMovement>> enumEntries<SpinalMovement>()
{
    return kMovements;
}
template <> std::span<const KeyedLabel<SpinalLoad>> enumEntries<SpinalLoad>()
{
    return kLoads;
}
template <> std::span<const KeyedLabel<Impact>> enumEntries<Impact>()
{
    return kImpacts;
}
template <> std::span<const KeyedLabel<BodyPosition>> enumEntries<BodyPosition>()
{
    return kPositions;
}
template <> std::span<const KeyedLabel<Equipment>> enumEntries<Equipment>()
{
    return kEquipment;
}
template <> std::span<const KeyedLabel<BalanceDemand>> enumEntries<BalanceDemand>()
{
    return kBalance;
}
template <> std::span<const KeyedLabel<DoseType>> enumEntries<DoseType>()
{
    return kDoseTypes;
}
template <> std::span<const KeyedLabel<ExerciseOrigin>> enumEntries<ExerciseOrigin>()
{
    return kOrigins;
}

QString describeDose(const Dose& dose)
{
    QString amount;
    switch (dose.type) {
    case DoseType::Repetitions:
        amount = dose.sets > 1
                     ? ExerciseVocabulary::tr("%1 sets of %2").arg(dose.sets).arg(dose.reps)
                     : ExerciseVocabulary::tr("%n repetition(s)", nullptr, dose.reps);
        break;
    case DoseType::Hold:
        amount =
            dose.sets > 1
                ? ExerciseVocabulary::tr("%1 sets of %2 × %3 s hold")
                      .arg(dose.sets)
                      .arg(dose.reps)
                      .arg(dose.holdSeconds)
                : ExerciseVocabulary::tr("%1 × %2 s hold").arg(dose.reps).arg(dose.holdSeconds);
        break;
    case DoseType::Duration:
        amount = ExerciseVocabulary::tr("%n minute(s)", nullptr, dose.minutes);
        break;
    case DoseType::Distance:
        amount = dose.metres >= 1000 && dose.metres % 100 == 0
                     ? ExerciseVocabulary::tr("%1 km").arg(
                           QLocale().toString(dose.metres / 1000.0, 'g', 3))
                     : ExerciseVocabulary::tr("%1 m").arg(dose.metres);
        break;
    }
    if (dose.perSide)
        amount = ExerciseVocabulary::tr("%1 each side").arg(amount);
    const QString perDay =
        dose.timesPerDay == 1 ? ExerciseVocabulary::tr("once a day")
        : dose.timesPerDay == 2
            ? ExerciseVocabulary::tr("twice a day")
            : ExerciseVocabulary::tr("%n times a day", nullptr, dose.timesPerDay);
    const QString perWeek =
        dose.daysPerWeek == 7
            ? ExerciseVocabulary::tr("every day")
            : ExerciseVocabulary::tr("%n day(s) a week", nullptr, dose.daysPerWeek);
    return ExerciseVocabulary::tr("%1, %2, %3").arg(amount, perDay, perWeek);
}

} // namespace gradus
