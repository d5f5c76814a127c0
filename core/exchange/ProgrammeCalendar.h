#pragma once

#include "handout/HandoutLanguage.h"
#include "model/Exercise.h"
#include "model/Prescription.h"
#include "pacing/GradedActivityPlan.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace gradus {

// When reminders ring: bouts of a day are spread over whole hours from `firstHour` to
// `lastHour` (bouts per day 1: at firstHour; 3 with 9-18: 9, 14 and 18).
struct CalendarOptions
{
    int firstHour = 9;
    int lastHour = 18;
    int eventMinutes = 20;
};

// A graded activity plan as the calendar needs it: the exercise it grades, how it was made,
// and where the patient stands now.
struct CalendarPacing
{
    qint64 exerciseId = 0;
    PlanParameters parameters;
    int currentWeek = 1;
    int currentQuota = 0;
};

struct ProgrammeCalendarInput
{
    Programme programme; // with sections
    qint64 lineage = 0;  // the id of the programme's first version: UIDs follow it
    QString uidScope;    // distinguishes patients and clinics in UIDs (ExportService sets it)
    QHash<qint64, Exercise> exercises; // by exercise id: name, stable id, "stop if"
    QList<CalendarPacing> pacing;
    QDateTime stamp; // DTSTAMP, and "today" for where the calendar starts
    CalendarOptions options;
    HandoutLanguage language;
    QString patientLanguage; // the patient's preferred language, as recorded ("" = none)
};

// The patient's reminders as an RFC 5545 calendar (a phone imports it as a .ics file):
//  - one weekly VEVENT per session pattern (the exercises that share days per week and times
//    per day), its RRULE on those days (SessionDays) at one hour per bout, with the doses and
//    the stop rules in the DESCRIPTION;
//  - a graded activity plan as one event per week, each with that week's daily quota and
//    bouts (the last one keeps the goal until the review);
//  - the review date as an all-day event.
// UIDs are stable (StableIds over the lineage), SEQUENCE is the programme version, so
// importing the calendar of a newer version updates the events. Pure.
class ProgrammeCalendar
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeCalendar)

public:
    static QByteArray build(const ProgrammeCalendarInput& input);
    // The hours of `bouts` reminders a day within the options' window (widened when the
    // window has fewer hours than bouts).
    static QList<int> boutHours(int bouts, const CalendarOptions& options);
    // The first day on or after `from` that is one of `days` (Qt day numbers).
    static QDate firstSessionDay(const QDate& from, const QList<int>& days);
};

} // namespace gradus
