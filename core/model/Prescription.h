#pragma once

#include "model/ExerciseProperties.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace gradus {

// Which side a one-sided exercise is done on.
enum class PrescribedSide
{
    NotApplicable, // the exercise is symmetrical
    Left,
    Right,
    Both,      // each side in turn, the full dose on each
    Alternate, // left and right in turn within a set
};

// One exercise as prescribed to one patient: the library's Dose shape (sets; reps, holds,
// minutes or metres; times per day — "bouts" — and days per week) plus how to do it.
// Shared by the programme builder, the safety check, pacing and the handout.
struct Prescription
{
    qint64 id = 0;         // database id; 0 until stored
    qint64 exerciseId = 0; // exercise.id
    Dose dose;
    int restSeconds = 0; // between sets; 0 = not specified
    PrescribedSide side = PrescribedSide::NotApplicable;
    QString load;        // resistance or weight in the clinician's words: "red band", "2 kg"
    QString tempo;       // "slowly: 2 seconds up, 2 seconds down"
    QString patientNote; // printed on the handout under the exercise
};

enum class ProgrammeStatus
{
    Draft,      // being built; may change freely
    Active,     // what the patient has been given; changing it makes a new version
    Superseded, // an earlier version, kept readable
};

// A named group of prescriptions in order: warm-up, mobility, strength, aerobic, cool-down,
// or the clinician's own.
struct ProgrammeSection
{
    QString name;
    QList<Prescription> prescriptions;
};

// A patient's exercise programme for one episode of care, in one version.
struct Programme
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 episodeId = 0;
    QString name;
    QString goal;
    QDate startDate;
    QDate reviewDate;
    ProgrammeStatus status = ProgrammeStatus::Draft;
    int version = 1;
    qint64 previousVersionId = 0; // the version this one replaced; 0 for the first
    // The stored row's edit count (raised on every change of this version, including its
    // activation and supersession); an edit may name it to be refused when it moved on.
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime activatedAt;  // invalid until activated
    QDateTime supersededAt; // invalid until replaced
    QList<ProgrammeSection> sections;
};

} // namespace gradus
