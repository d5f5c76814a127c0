#include "model/ExerciseProperties.h"

#include <QLocale>

#include <array>

namespace gradus {
namespace {

constexpr std::array kCategories{
    EnumEntry<ExerciseCategory>{ExerciseCategory::Aerobic, "aerobic",
                                QT_TRANSLATE_NOOP("ExerciseVocabulary", "Aerobic")},
    EnumEntry<ExerciseCategory>{ExerciseCategory::Mobility, "mobility",
                                QT_TRANSLATE_NOOP("ExerciseVocabulary", "Mobility")},
    EnumEntry<ExerciseCategory>{ExerciseCategory::Stretch, "stretch",
                                QT_TRANSLATE_NOOP("ExerciseVocabulary", "Stretch")},
    EnumEntry<ExerciseCategory>{ExerciseCategory::Core, "core",
                                QT_TRANSLATE_NOOP("ExerciseVocabulary", "Core and stability")},
    EnumEntry<ExerciseCategory>{ExerciseCategory::Strength, "strength",
                                QT_TRANSLATE_NOOP("ExerciseVocabulary", "Strengthening")},
    EnumEntry<ExerciseCategory>{
        ExerciseCategory::Cautioned, "cautioned",
        QT_TRANSLATE_NOOP("ExerciseVocabulary", "Cautioned (high load or impact)")},
};

constexpr std::array kMovements{
    EnumEntry<SpinalMovement>{SpinalMovement::Neutral, "neutral",
                              QT_TRANSLATE_NOOP("ExerciseVocabulary", "Neutral (held still)")},
    EnumEntry<SpinalMovement>{SpinalMovement::Flexion, "flexion",
                              QT_TRANSLATE_NOOP("ExerciseVocabulary", "Flexion")},
    EnumEntry<SpinalMovement>{SpinalMovement::Extension, "extension",
                              QT_TRANSLATE_NOOP("ExerciseVocabulary", "Extension")},
    EnumEntry<SpinalMovement>{SpinalMovement::Rotation, "rotation",
                              QT_TRANSLATE_NOOP("ExerciseVocabulary", "Rotation")},
    EnumEntry<SpinalMovement>{SpinalMovement::SideBend, "side_bend",
                              QT_TRANSLATE_NOOP("ExerciseVocabulary", "Side bend")},
};

constexpr std::array kLoads{
    EnumEntry<SpinalLoad>{SpinalLoad::Low, "low", QT_TRANSLATE_NOOP("ExerciseVocabulary", "Low")},
    EnumEntry<SpinalLoad>{SpinalLoad::Moderate, "moderate",
                          QT_TRANSLATE_NOOP("ExerciseVocabulary", "Moderate")},
    EnumEntry<SpinalLoad>{SpinalLoad::High, "high",
                          QT_TRANSLATE_NOOP("ExerciseVocabulary", "High")},
};

constexpr std::array kImpacts{
    EnumEntry<Impact>{Impact::None, "none", QT_TRANSLATE_NOOP("ExerciseVocabulary", "None")},
    EnumEntry<Impact>{Impact::Low, "low", QT_TRANSLATE_NOOP("ExerciseVocabulary", "Low")},
    EnumEntry<Impact>{Impact::High, "high", QT_TRANSLATE_NOOP("ExerciseVocabulary", "High")},
};

constexpr std::array kPositions{
    EnumEntry<BodyPosition>{BodyPosition::Supine, "supine",
                            QT_TRANSLATE_NOOP("ExerciseVocabulary", "Lying on your back")},
    EnumEntry<BodyPosition>{BodyPosition::Prone, "prone",
                            QT_TRANSLATE_NOOP("ExerciseVocabulary", "Lying on your front")},
    EnumEntry<BodyPosition>{BodyPosition::SideLying, "side_lying",
                            QT_TRANSLATE_NOOP("ExerciseVocabulary", "Lying on your side")},
    EnumEntry<BodyPosition>{BodyPosition::FourPointKneeling, "four_point_kneeling",
                            QT_TRANSLATE_NOOP("ExerciseVocabulary", "On hands and knees")},
    EnumEntry<BodyPosition>{BodyPosition::Kneeling, "kneeling",
                            QT_TRANSLATE_NOOP("ExerciseVocabulary", "Kneeling")},
    EnumEntry<BodyPosition>{BodyPosition::Sitting, "sitting",
                            QT_TRANSLATE_NOOP("ExerciseVocabulary", "Sitting")},
    EnumEntry<BodyPosition>{BodyPosition::Standing, "standing",
                            QT_TRANSLATE_NOOP("ExerciseVocabulary", "Standing")},
    EnumEntry<BodyPosition>{BodyPosition::InWater, "in_water",
                            QT_TRANSLATE_NOOP("ExerciseVocabulary", "In water")},
};

constexpr std::array kEquipment{
    EnumEntry<Equipment>{Equipment::Mat, "mat", QT_TRANSLATE_NOOP("ExerciseVocabulary", "Mat")},
    EnumEntry<Equipment>{Equipment::Pillow, "pillow",
                         QT_TRANSLATE_NOOP("ExerciseVocabulary", "Pillow")},
    EnumEntry<Equipment>{Equipment::Towel, "towel",
                         QT_TRANSLATE_NOOP("ExerciseVocabulary", "Towel or strap")},
    EnumEntry<Equipment>{Equipment::Chair, "chair",
                         QT_TRANSLATE_NOOP("ExerciseVocabulary", "Chair")},
    EnumEntry<Equipment>{Equipment::Step, "step", QT_TRANSLATE_NOOP("ExerciseVocabulary", "Step")},
    EnumEntry<Equipment>{Equipment::Wall, "wall", QT_TRANSLATE_NOOP("ExerciseVocabulary", "Wall")},
    EnumEntry<Equipment>{Equipment::ExerciseBall, "exercise_ball",
                         QT_TRANSLATE_NOOP("ExerciseVocabulary", "Exercise ball")},
    EnumEntry<Equipment>{Equipment::ResistanceBand, "resistance_band",
                         QT_TRANSLATE_NOOP("ExerciseVocabulary", "Resistance band")},
    EnumEntry<Equipment>{Equipment::Dumbbell, "dumbbell",
                         QT_TRANSLATE_NOOP("ExerciseVocabulary", "Dumbbell")},
    EnumEntry<Equipment>{Equipment::Barbell, "barbell",
                         QT_TRANSLATE_NOOP("ExerciseVocabulary", "Barbell")},
    EnumEntry<Equipment>{Equipment::StationaryBike, "stationary_bike",
                         QT_TRANSLATE_NOOP("ExerciseVocabulary", "Exercise bike")},
    EnumEntry<Equipment>{Equipment::EllipticalTrainer, "elliptical_trainer",
                         QT_TRANSLATE_NOOP("ExerciseVocabulary", "Cross-trainer")},
    EnumEntry<Equipment>{Equipment::Pool, "pool",
                         QT_TRANSLATE_NOOP("ExerciseVocabulary", "Swimming pool")},
};

constexpr std::array kBalance{
    EnumEntry<BalanceDemand>{BalanceDemand::Low, "low",
                             QT_TRANSLATE_NOOP("ExerciseVocabulary", "Low")},
    EnumEntry<BalanceDemand>{BalanceDemand::Moderate, "moderate",
                             QT_TRANSLATE_NOOP("ExerciseVocabulary", "Moderate")},
    EnumEntry<BalanceDemand>{BalanceDemand::High, "high",
                             QT_TRANSLATE_NOOP("ExerciseVocabulary", "High")},
};

constexpr std::array kDoseTypes{
    EnumEntry<DoseType>{DoseType::Repetitions, "reps",
                        QT_TRANSLATE_NOOP("ExerciseVocabulary", "Repetitions")},
    EnumEntry<DoseType>{DoseType::Hold, "hold", QT_TRANSLATE_NOOP("ExerciseVocabulary", "Holds")},
    EnumEntry<DoseType>{DoseType::Duration, "time",
                        QT_TRANSLATE_NOOP("ExerciseVocabulary", "Time")},
    EnumEntry<DoseType>{DoseType::Distance, "distance",
                        QT_TRANSLATE_NOOP("ExerciseVocabulary", "Distance")},
};

constexpr std::array kOrigins{
    EnumEntry<ExerciseOrigin>{ExerciseOrigin::BuiltIn, "builtin",
                              QT_TRANSLATE_NOOP("ExerciseVocabulary", "Built-in")},
    EnumEntry<ExerciseOrigin>{ExerciseOrigin::Clinic, "clinic",
                              QT_TRANSLATE_NOOP("ExerciseVocabulary", "Clinic's own")},
};

} // namespace

template <> std::span<const EnumEntry<ExerciseCategory>> enumEntries<ExerciseCategory>()
{
    return kCategories;
}
template <> std::span<const EnumEntry<SpinalMovement>> enumEntries<SpinalMovement>()
{
    return kMovements;
}
template <> std::span<const EnumEntry<SpinalLoad>> enumEntries<SpinalLoad>()
{
    return kLoads;
}
template <> std::span<const EnumEntry<Impact>> enumEntries<Impact>()
{
    return kImpacts;
}
template <> std::span<const EnumEntry<BodyPosition>> enumEntries<BodyPosition>()
{
    return kPositions;
}
template <> std::span<const EnumEntry<Equipment>> enumEntries<Equipment>()
{
    return kEquipment;
}
template <> std::span<const EnumEntry<BalanceDemand>> enumEntries<BalanceDemand>()
{
    return kBalance;
}
template <> std::span<const EnumEntry<DoseType>> enumEntries<DoseType>()
{
    return kDoseTypes;
}
template <> std::span<const EnumEntry<ExerciseOrigin>> enumEntries<ExerciseOrigin>()
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
