#pragma once

#include "model/ExerciseProperties.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace gradus {

// One exercise of the library: a built-in one shipped in resources/exercises/library.json,
// or one the clinic made. Programmes refer to it by `id`; the library, exports and scripts by
// `stableId`.
struct Exercise
{
    qint64 id = 0;    // database id; 0 until stored
    QString stableId; // e.g. "bird_dog"; unique; clinic-made ones start with "clinic_"
    ExerciseOrigin origin = ExerciseOrigin::Clinic;
    QString basedOn; // stable id of the exercise this one was duplicated from, if any

    QString name;
    QString summary; // one sentence: what it is for
    ExerciseCategory category = ExerciseCategory::Mobility;
    ExerciseProperties properties;

    // For the patient: short sentences in the second person, one step each.
    QStringList instructions;
    QStringList feel;   // "You should feel ..."
    QStringList stopIf; // "Stop and tell your physiotherapist if ..."
    Dose dose;
    // The kinds of dose that fit the exercise (repetitions, holds, time, distance), sorted;
    // the default dose's type is one of them. Empty when not declared (an older export, a
    // store before dose types): DoseValidator::allowedTypes() then falls back to the default
    // dose's type, and time and distance for aerobic work.
    QList<DoseType> doseTypes;

    // Stable ids of easier and harder variants, the main chain first.
    QStringList regressions;
    QStringList progressions;
    QString source; // where the content comes from (guidance, citation)

    // The pose-renderer description of the picture (core/illustration); empty = none.
    QJsonObject illustration;
    // The clinic's own photo or picture, shown instead of the drawing when present.
    QByteArray image;
    QString imageType; // MIME type, e.g. "image/png"

    // Hidden from new programmes, still shown in old ones.
    bool retired = false;
    // Built-in exercises only: the clinic changed the content, so library upgrades leave
    // it alone.
    bool edited = false;
    // Built-in exercises only: the library version and content hash this row's content came
    // from, and the hash of the newest shipped content seen (differs when an edited
    // exercise has an update the clinic has not taken).
    int libraryVersion = 0;
    QString libraryHash;
    QString shippedHash;

    QDateTime createdAt;
    QDateTime updatedAt;
    // The stored row's version as read; an edit carries it, and a save based on an older one
    // is refused as a conflict (0: not read, no check).
    int version = 0;

    bool isBuiltIn() const { return origin == ExerciseOrigin::BuiltIn; }
    // True also when the bytes were left out of a list (imageType still names the picture).
    bool hasImage() const { return !image.isEmpty() || !imageType.isEmpty(); }
    bool hasIllustration() const { return !illustration.isEmpty(); }
    bool libraryUpdateAvailable() const
    {
        return isBuiltIn() && edited && !shippedHash.isEmpty() && shippedHash != libraryHash;
    }
};

// Prefix of every clinic-made stable id, so a later library can never collide with one.
inline QString clinicStableIdPrefix()
{
    return QStringLiteral("clinic_");
}

} // namespace gradus
