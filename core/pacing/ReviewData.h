#pragma once

#include "model/LegSymptoms.h"

#include "pacing/PacingUnit.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gradus {

// One day, or one session, of the pain-monitoring diary (Silbernagel 2007).
struct ReviewDay
{
    QDate date;                         // optional; when given, days must be oldest first
    std::optional<bool> quotaMet;       // was the day's quota done?
    std::optional<int> exercisePain;    // highest pain during the exercise, NPRS 0-10
    std::optional<int> nextMorningPain; // pain the morning after, NPRS 0-10
};

// Where the patient stands on the plan: what a proposal moves from and to.
struct ReviewStep
{
    PacingUnit unit = PacingUnit::Minutes;
    int current = 0;                  // today's daily quota
    std::optional<int> next;          // the next step of the plan; none at the goal
    std::optional<int> lastTolerated; // the last step found tolerated, below `current`
    std::optional<int> week;          // plan week of `current`, when known
    std::optional<int> nextWeek;
    std::optional<int> lastToleratedWeek;
};

// Everything recorded since the last review, as plain values. The visits work fills this
// from recorded visits and diaries; `gradus-cli pacing review` fills it from a JSON file.
struct ReviewData
{
    Q_DECLARE_TR_FUNCTIONS(ReviewData)

public:
    QList<ReviewDay> days;               // since the last review, oldest first
    std::optional<int> baselinePain;     // usual morning pain at the last review, NPRS 0-10
    std::optional<int> previousWeekPain; // usual pain over the week before, NPRS 0-10
    std::optional<int> thisWeekPain;     // usual pain over the last week, NPRS 0-10
    LegSymptoms legSymptoms = LegSymptoms::NotRecorded;
    bool newNeurologicalSign = false;
    QString neurologicalDetail; // what was found, in the clinician's words (never logged)
    bool redFlag = false;
    QString redFlagDetail; // which flag, in the clinician's words (never logged)
    std::optional<ReviewStep> step;
    // Criteria the caller looked for in the record and did not find ("leg symptoms at the
    // visit of 2026-11-18"): progress is then held, naming them (hold.incomplete_data).
    QStringList notRecorded;

    // Ranges and order: pain 0-10, dates oldest first, a step of whole positive units.
    Status validate() const;
};

namespace legSymptoms {
// "none", "centralising", "stable", "peripheralising", "not_recorded".
QString key(LegSymptoms value);
std::optional<LegSymptoms> fromKey(const QString& text);
QString name(LegSymptoms value); // translated, for the UI
} // namespace legSymptoms

} // namespace gradus
