#pragma once

#include "model/LegSymptoms.h"
#include "model/RevisionStamp.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace gradus {

// What a clinician records at one visit. Pain is NPRS 0-10. Optional values are absent when
// not asked or not known, which is different from 0.
struct VisitRecord
{
    QDate date;
    std::optional<QTime> time;
    // The clinician's name as typed (see VisitClinician.h for where the default comes from).
    QString clinician;

    int painNow = 0;
    std::optional<int> painBest;  // best in the last 24 h
    std::optional<int> painWorst; // worst in the last 24 h
    std::optional<int> painExercise;
    std::optional<int> painNextMorning;

    // The chosen daily activity ("walking" unless the plan names another) and its minutes
    // per day; steps per day when the patient counts them.
    QString activityLabel;
    std::optional<int> activityMinutes;
    std::optional<int> steps;

    // Sessions done of sessions prescribed since the last visit.
    std::optional<int> sessionsDone;
    std::optional<int> sessionsPlanned;

    LegSymptoms legSymptoms = LegSymptoms::NotRecorded;
    bool newNeuroSigns = false;
    QString notes;

    bool operator==(const VisitRecord&) const = default;
};

// One saved state of a visit. Revision 1 is the original; each amendment adds one.
struct VisitRevision
{
    int revision = 1;
    VisitRecord record;
    // Set when this revision withdraws the visit (recorded against the wrong patient, or an
    // undo); the content is that of the revision before, so nothing is lost.
    bool enteredInError = false;
    QDateTime recordedAt;
    QString recordedBy;
    QString reason; // empty for the original
};

// A visit as it stands now: its newest revision, plus who first saved it.
struct Visit : RevisionStamp
{
    qint64 id = 0;
    qint64 patientId = 0;
    std::optional<qint64> episodeId;
    VisitRecord record;
};

} // namespace gradus
