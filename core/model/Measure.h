#pragma once

#include "model/RevisionStamp.h"
#include "outcomes/Instrument.h"
#include "outcomes/OutcomeScoring.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace gradus {

// A new outcome measure as a caller supplies it. Answers are by item number only.
struct MeasureInput
{
    qint64 patientId = 0;
    std::optional<qint64> episodeId;
    // The visit it was taken at, when there was one.
    std::optional<qint64> visitId;
    Instrument instrument = Instrument::Odi;
    QDate takenOn;
    MeasureAnswers answers;
    // PSFS only: the activities, named the first time a PSFS is recorded in an episode.
    // Later PSFS re-rate the same activities; leave this empty then (or repeat the names).
    QStringList psfsActivities;
};

// One saved state of a measure. Revision 1 is the original; corrections add revisions.
struct MeasureRevision
{
    int revision = 1;
    QDate takenOn;
    MeasureAnswers answers;
    MeasureScore score;
    bool enteredInError = false;
    QDateTime recordedAt;
    QString recordedBy;
    QString reason;
};

// A measure as it stands now (its newest revision).
struct Measure : RevisionStamp
{
    qint64 id = 0;
    qint64 patientId = 0;
    std::optional<qint64> episodeId;
    std::optional<qint64> visitId;
    Instrument instrument = Instrument::Odi;
    QDate takenOn;
    MeasureAnswers answers;
    MeasureScore score;
};

// A PSFS activity the patient named, in form order (position 1..5).
struct PsfsActivity
{
    qint64 id = 0;
    int position = 1;
    QString name;
};

} // namespace gradus
