#pragma once

// The structured vocabulary of the exercise library. The safety and pacing rules reason over
// exactly these values, so each one is defined precisely below. Every enum value has a stable
// lower_snake_case name that is used in the library JSON (resources/exercises/SCHEMA.md), in
// the database and in the CLI's JSON output; never rename one, only add.

#include "util/EnumTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace gradus {

// What the exercise is mainly for. The rules must not rely on the category: they use the
// properties, which say what the body actually does.
enum class ExerciseCategory
{
    Aerobic,   // continuous whole-body activity dosed in minutes or distance
    Mobility,  // repeated, unloaded movement of the spine or hips through a comfortable range
    Stretch,   // a sustained hold that lengthens a muscle group
    Core,      // trunk control and endurance with the spine held still or nearly still
    Strength,  // muscles other than the trunk against body weight or resistance
    Cautioned, // kept so the rules can flag them: heavy, high-impact or loaded end-range work
};

// The direction(s) the lumbar spine moves during the exercise. `Neutral` means the spine is
// held still in its mid-range while the limbs move (plank, bird-dog, bridge); it never comes
// together with another movement. Anti-rotation work (Pallof press) is `Neutral`.
enum class SpinalMovement
{
    Neutral,
    Flexion,   // bending forward / rounding
    Extension, // bending backward / arching
    Rotation,  // twisting
    SideBend,  // bending sideways
};

// Compression and shear on the lumbar spine during the exercise, judged for an adult.
enum class SpinalLoad
{
    Low,      // lying or fully supported, body weight only (bridge, bird-dog, stretches)
    Moderate, // the trunk holds body weight against gravity, or light resistance (plank,
              // squats without weights, band work, walking)
    High,     // heavy external load or high compression: loaded barbell or dumbbell work,
              // sit-ups (towards the NIOSH 3.4 kN L5/S1 action limit)
};

// Ground-reaction impact transmitted up the spine.
enum class Impact
{
    None, // no foot strike: lying, sitting, kneeling, cycling, in water, feet fixed
    Low,  // one foot always on the ground: walking, elliptical, stepping
    High, // a flight phase or landing: running, jumping, skipping
};

// The starting position the exercise is done in.
enum class BodyPosition
{
    Supine,            // lying on the back (includes crook/hook lying)
    Prone,             // lying on the front
    SideLying,         // lying on one side
    FourPointKneeling, // on hands and knees
    Kneeling,          // tall or half kneeling (one knee down)
    Sitting,           // on a chair, bench, ball, bike or the floor
    Standing,
    InWater, // in a pool, standing or swimming
};

// What the patient needs. `None` is expressed as an empty list, not as a value.
enum class Equipment
{
    Mat,
    Pillow,
    Towel, // a towel, belt or strap to hold a limb
    Chair,
    Step, // a stair or step box
    Wall,
    ExerciseBall, // a large inflatable ball
    ResistanceBand,
    Dumbbell,
    Barbell,
    StationaryBike,
    EllipticalTrainer,
    Pool,
};

// How hard the exercise is to balance: used for falls risk (pregnancy, older people).
enum class BalanceDemand
{
    Low,      // lying, kneeling on four points, sitting supported, standing on two feet
    Moderate, // stepping, split stance, on a ball, brief single-leg phases (walking excluded)
    High,     // single-leg holds, flight phases, unstable surfaces with load
};

// How the default dose is counted.
enum class DoseType
{
    Repetitions, // sets × reps
    Hold,        // sets × reps of a hold lasting hold_seconds
    Duration,    // minutes of continuous activity
    Distance,    // metres
};

// Repetitions and holds are counted in sets; a time or a distance is done once per bout.
constexpr bool isCounted(DoseType type)
{
    return type == DoseType::Repetitions || type == DoseType::Hold;
}

enum class ExerciseOrigin
{
    BuiltIn, // shipped in resources/exercises/library.json, merged on upgrade
    Clinic,  // made by the clinic (new, duplicated or imported); never touched by upgrades
};

// The properties the rules reason over.
struct ExerciseProperties
{
    BodyPosition position = BodyPosition::Standing;
    // Sorted, unique; exactly {Neutral} when the spine is held still.
    QList<SpinalMovement> spinalMovements{SpinalMovement::Neutral};
    // The movement reaches, or is held at, the end of the comfortable range in at least one
    // listed direction (toe touch, full press-up, child's pose). False for Neutral.
    bool endRange = false;
    SpinalLoad spinalLoad = SpinalLoad::Low;
    Impact impact = Impact::None;
    // The patient lifts, holds, pushes or pulls external resistance (weights, band). Body
    // weight and water are not external load.
    bool loaded = false;
    // The hands or a load go above the head while the spine bears it (standing or sitting).
    bool overhead = false;
    // A load is picked up from, or lowered to, the floor.
    bool liftFromFloor = false;
    BalanceDemand balance = BalanceDemand::Low;
    // Sorted, unique; empty when nothing is needed.
    QList<Equipment> equipment;

    bool moves(SpinalMovement movement) const { return spinalMovements.contains(movement); }
    bool needs(Equipment item) const { return equipment.contains(item); }
    bool operator==(const ExerciseProperties&) const = default;
};

// The default dose a new prescription starts from. Counts that do not apply to `type` are 0.
struct Dose
{
    DoseType type = DoseType::Repetitions;
    int sets = 1;         // Repetitions, Hold: 1-10
    int reps = 10;        // Repetitions: per set (1-100); Hold: holds per set (1-30)
    int holdSeconds = 0;  // Hold: 1-300
    int minutes = 0;      // Duration: 1-180
    int metres = 0;       // Distance: 1-50000
    bool perSide = false; // reps or holds are done on each side
    int timesPerDay = 1;  // 1-12 ("little and often")
    int daysPerWeek = 7;  // 1-7

    bool operator==(const Dose&) const = default;
};

// Stable names and translated labels for every enum above. `enumName` gives the stable name,
// `enumFromName` parses one (exact match), `enumLabel` the translated label for people.
struct ExerciseVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseVocabulary)
};

// The table of an enum's rows (util/EnumTable: value, stable key, label).
template <typename E> std::span<const KeyedLabel<E>> enumEntries();

template <typename E> QString enumName(E value)
{
    return enumTable::key(enumEntries<E>(), value);
}

template <typename E> std::optional<E> enumFromName(QStringView name)
{
    return enumTable::fromKey(enumEntries<E>(), name);
}

template <typename E> QString enumLabel(E value)
{
    return enumTable::label("ExerciseVocabulary", enumEntries<E>(), value);
}

template <typename E> QList<E> enumValues()
{
    return enumTable::values(enumEntries<E>());
}

template <typename E> QStringList enumNames()
{
    return enumTable::keys(enumEntries<E>());
}

template <> std::span<const KeyedLabel<ExerciseCategory>> enumEntries<ExerciseCategory>();
template <> std::span<const KeyedLabel<SpinalMovement>> enumEntries<SpinalMovement>();
template <> std::span<const KeyedLabel<SpinalLoad>> enumEntries<SpinalLoad>();
template <> std::span<const KeyedLabel<Impact>> enumEntries<Impact>();
template <> std::span<const KeyedLabel<BodyPosition>> enumEntries<BodyPosition>();
template <> std::span<const KeyedLabel<Equipment>> enumEntries<Equipment>();
template <> std::span<const KeyedLabel<BalanceDemand>> enumEntries<BalanceDemand>();
template <> std::span<const KeyedLabel<DoseType>> enumEntries<DoseType>();
template <> std::span<const KeyedLabel<ExerciseOrigin>> enumEntries<ExerciseOrigin>();

// "2 × 10 each side, once a day, 5 days a week" (translated).
QString describeDose(const Dose& dose);

} // namespace gradus
