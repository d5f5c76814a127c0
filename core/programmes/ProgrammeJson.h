#pragma once

#include "model/Prescription.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace gradus {

// What JSON needs to know about an exercise a prescription refers to.
struct ExerciseRef
{
    QString stableId;
    QString name;
};

// JSON for programmes and templates. Exercises are written by stable id ("bird_dog") so a
// template or an export means the same on another clinic's database; the dose has the shape
// of the exercise library's dose (resources/exercises/SCHEMA.md):
//   {"type": "hold", "sets": 1, "reps": 6, "hold_seconds": 8, "per_side": true,
//    "per_day": 1, "days_per_week": 5}
// A section: {"name": "Core", "items": [{"exercise": "bird_dog", "exercise_id": 23,
//   "exercise_name": "Bird-dog", "dose": {...}, "rest_seconds": 30, "side": "both",
//   "load": "", "tempo": "", "note": ""}]} (exercise_id and exercise_name are written for
// people and scripts and ignored when reading).
class ProgrammeJson
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeJson)

public:
    static QJsonObject doseToJson(const Dose& dose);
    // Validated with DoseValidator; `path` prefixes messages ("sections[0].items[2].dose").
    static Result<Dose> doseFromJson(const QJsonObject& json, const QString& path);

    static QJsonArray sectionsToJson(const QList<ProgrammeSection>& sections,
                                     const QHash<qint64, ExerciseRef>& exercises);
    // Resolves stable ids with `idsByStableId`; an unknown one is an error
    // ("template.unknown_exercise") naming it.
    static Result<QList<ProgrammeSection>>
    sectionsFromJson(const QJsonArray& json, const QHash<QString, qint64>& idsByStableId);

    static QJsonObject programmeToJson(const Programme& programme,
                                       const QHash<qint64, ExerciseRef>& exercises);
};

} // namespace gradus
