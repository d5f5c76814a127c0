// The reminders calendar: session patterns, RRULEs, graded activity weeks, the review event,
// stable UIDs. (tests/ics/check_ics.py parses a real export with python-icalendar.)
#include "exchange/ProgrammeCalendar.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

using namespace gradus;

namespace {

Exercise exercise(qint64 id, const QString& stableId, const QString& name)
{
    Exercise e;
    e.id = id;
    e.stableId = stableId;
    e.name = name;
    e.stopIf = {QStringLiteral("Pain spreads into your leg")};
    return e;
}

Prescription prescription(qint64 exerciseId, Dose dose)
{
    Prescription p;
    p.exerciseId = exerciseId;
    p.dose = dose;
    return p;
}

ProgrammeCalendarInput input()
{
    ProgrammeCalendarInput in;
    in.programme.id = 7;
    in.programme.version = 2;
    in.programme.name = QStringLiteral("Back on track; week one, part \"A\"");
    in.programme.startDate = QDate(2026, 11, 23); // a Monday
    in.programme.reviewDate = QDate(2027, 1, 4);
    in.lineage = 5;
    in.uidScope = QStringLiteral("test");
    Dose walk{DoseType::Duration, 1, 0, 0, 10, 0, false, 3, 7};
    Dose hold{DoseType::Hold, 1, 6, 8, 0, 0, true, 1, 5};
    Dose reps{DoseType::Repetitions, 2, 10, 0, 0, 0, false, 1, 5};
    Prescription bridge = prescription(3, reps);
    bridge.patientNote = QStringLiteral("Squeeze your buttocks, then lift");
    in.programme.sections = {{QStringLiteral("Warm-up"), {prescription(1, walk)}},
                             {QStringLiteral("Core"), {prescription(2, hold), bridge}}};
    in.exercises = {
        {1, exercise(1, QStringLiteral("walking"), QStringLiteral("Walking"))},
        {2, exercise(2, QStringLiteral("bird_dog"), QStringLiteral("Bird-dog"))},
        {3, exercise(3, QStringLiteral("glute_bridge"), QStringLiteral("Glute bridge"))}};
    in.stamp = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    return in;
}

QString unfolded(const QByteArray& ics)
{
    return QString::fromUtf8(QByteArray(ics).replace("\r\n ", ""));
}

QStringList events(const QString& text)
{
    QStringList found;
    static const QRegularExpression event(QStringLiteral("BEGIN:VEVENT\r\n(.*?)END:VEVENT"),
                                          QRegularExpression::DotMatchesEverythingOption);
    auto it = event.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(1);
    return found;
}

QString property(const QString& event, const QString& name)
{
    const QRegularExpression line(QStringLiteral("(?:^|\r\n)%1[:;]([^\r\n]*)").arg(name));
    return line.match(event).captured(1);
}

} // namespace

TEST(ProgrammeCalendarTest, BoutsAreSpreadOverWholeHours)
{
    const CalendarOptions options;
    EXPECT_EQ(ProgrammeCalendar::boutHours(1, options), QList<int>{9});
    EXPECT_EQ(ProgrammeCalendar::boutHours(2, options), (QList<int>{9, 18}));
    EXPECT_EQ(ProgrammeCalendar::boutHours(3, options), (QList<int>{9, 14, 18}));
    const QList<int> twelve = ProgrammeCalendar::boutHours(12, options);
    ASSERT_EQ(twelve.size(), 12);
    for (int i = 1; i < twelve.size(); ++i)
        EXPECT_LT(twelve.at(i - 1), twelve.at(i));
    EXPECT_LE(twelve.last(), 23);
}

TEST(ProgrammeCalendarTest, OneWeeklyEventPerSessionPatternAndTheReview)
{
    const QString text = unfolded(ProgrammeCalendar::build(input()));
    EXPECT_TRUE(text.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")));
    EXPECT_TRUE(text.endsWith(QStringLiteral("END:VCALENDAR\r\n")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("X-WR-CALNAME:Back on track\\; week one\\, part \"A\"\r\n")));
    const QStringList all = events(text);
    ASSERT_EQ(all.size(), 3); // walking 7x3, core 5x1, review

    const QString walking = all.at(0);
    EXPECT_EQ(property(walking, QStringLiteral("RRULE")),
              QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=9,14,18;"
                             "UNTIL=20270104T235959"));
    EXPECT_EQ(property(walking, QStringLiteral("DTSTART")), QStringLiteral("20261123T090000"));
    EXPECT_EQ(property(walking, QStringLiteral("SUMMARY")), QStringLiteral("Exercises: Walking"));

    const QString core = all.at(1);
    EXPECT_EQ(property(core, QStringLiteral("RRULE")),
              QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;UNTIL=20270104T235959"));
    EXPECT_EQ(property(core, QStringLiteral("SUMMARY")),
              QStringLiteral("Exercises: Bird-dog\\, Glute bridge"));
    const QString description = property(core, QStringLiteral("DESCRIPTION"));
    EXPECT_TRUE(description.contains(QStringLiteral("Bird-dog (Core)")))
        << description.toStdString();
    EXPECT_TRUE(description.contains(QStringLiteral("Squeeze your buttocks\\, then lift")));
    EXPECT_TRUE(description.contains(QStringLiteral("Stop if:\\n- Pain spreads into your leg")));
    EXPECT_TRUE(description.contains(QStringLiteral("Stop and seek help urgently")));
    for (const QString& e : all) {
        EXPECT_FALSE(property(e, QStringLiteral("UID")).isEmpty());
        EXPECT_EQ(property(e, QStringLiteral("DTSTAMP")), QStringLiteral("20261121T100000Z"));
        EXPECT_EQ(property(e, QStringLiteral("SEQUENCE")), QStringLiteral("2"));
    }
    const QString review = all.at(2);
    EXPECT_EQ(property(review, QStringLiteral("DTSTART")), QStringLiteral("VALUE=DATE:20270104"));
    EXPECT_EQ(property(review, QStringLiteral("DTEND")), QStringLiteral("VALUE=DATE:20270105"));
}

TEST(ProgrammeCalendarTest, UidsAreStableAcrossExportsAndDistinct)
{
    ProgrammeCalendarInput first = input();
    ProgrammeCalendarInput later = input();
    later.stamp = later.stamp.addDays(9);
    QStringList a, b;
    for (const QString& e : events(unfolded(ProgrammeCalendar::build(first))))
        a << property(e, QStringLiteral("UID"));
    for (const QString& e : events(unfolded(ProgrammeCalendar::build(later))))
        b << property(e, QStringLiteral("UID"));
    EXPECT_EQ(a, b);
    EXPECT_EQ(QSet<QString>(a.begin(), a.end()).size(), a.size());
    later.uidScope = QStringLiteral("another patient");
    const QStringList others = events(unfolded(ProgrammeCalendar::build(later)));
    EXPECT_NE(property(others.first(), QStringLiteral("UID")), a.first());
}

TEST(ProgrammeCalendarTest, AGradedPlanBecomesWeeklyChangingEvents)
{
    ProgrammeCalendarInput in = input();
    PlanParameters plan;
    plan.toleranceAttempts = {10, 12, 11};
    plan.unit = PacingUnit::Minutes;
    plan.goal = 12;
    plan.boutsPerDay = 2;
    plan.start = QDate(2026, 11, 23);
    in.pacing = {CalendarPacing{1, plan, 1, 0}};
    const QStringList all = events(unfolded(ProgrammeCalendar::build(in)));
    QStringList pacing;
    for (const QString& e : all)
        if (property(e, QStringLiteral("SUMMARY")).startsWith(QStringLiteral("Walking:")))
            pacing << e;
    auto built = GradedActivityPlan::create(plan);
    ASSERT_TRUE(built);
    ASSERT_EQ(pacing.size(), built->weekCount());
    for (int k = 0; k < pacing.size(); ++k) {
        const QString e = pacing.at(k);
        EXPECT_TRUE(property(e, QStringLiteral("SUMMARY"))
                        .contains(QStringLiteral("%1 minutes a day in 2 bouts (week %2 of %3)")
                                      .arg(built->week(k + 1).quota)
                                      .arg(k + 1)
                                      .arg(built->weekCount())))
            << property(e, QStringLiteral("SUMMARY")).toStdString();
        EXPECT_EQ(property(e, QStringLiteral("DTSTART")),
                  QDate(2026, 11, 23).addDays(7 * k).toString(QStringLiteral("yyyyMMdd")) +
                      QStringLiteral("T090000"));
        EXPECT_TRUE(property(e, QStringLiteral("RRULE")).contains(QStringLiteral("BYHOUR=9,18")));
    }
    // The last week keeps the goal until the review.
    EXPECT_TRUE(property(pacing.last(), QStringLiteral("RRULE"))
                    .endsWith(QStringLiteral("UNTIL=20270104T235959")));
    // Walking has no plain session event any more.
    for (const QString& e : all)
        EXPECT_NE(property(e, QStringLiteral("SUMMARY")), QStringLiteral("Exercises: Walking"));
}
