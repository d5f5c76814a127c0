// DoseValidator: every field at and just beyond its bounds, "exactly one measure per type",
// prescriptions and programmes, and the messages naming the field.
#include "programmes/DoseValidator.h"

#include <gtest/gtest.h>

using namespace gradus;

namespace {

Dose reps(int sets, int r)
{
    Dose d;
    d.type = DoseType::Repetitions;
    d.sets = sets;
    d.reps = r;
    return d;
}

Dose hold(int r, int seconds)
{
    Dose d;
    d.type = DoseType::Hold;
    d.reps = r;
    d.holdSeconds = seconds;
    return d;
}

Dose minutes(int m)
{
    Dose d;
    d.type = DoseType::Duration;
    d.reps = 0;
    d.minutes = m;
    return d;
}

Dose metres(int m)
{
    Dose d;
    d.type = DoseType::Distance;
    d.reps = 0;
    d.metres = m;
    return d;
}

// The message of a failed check, or "" when it passed.
QString failure(const Dose& d)
{
    auto st = DoseValidator::check(d);
    if (st)
        return {};
    EXPECT_EQ(st.error().code, QStringLiteral("dose.invalid"));
    return st.error().message;
}

} // namespace

TEST(DoseValidatorTest, AcceptsTheLibraryShapes)
{
    EXPECT_EQ(failure(reps(2, 10)), QString());
    EXPECT_EQ(failure(hold(6, 8)), QString());
    EXPECT_EQ(failure(minutes(10)), QString());
    EXPECT_EQ(failure(metres(800)), QString());
}

TEST(DoseValidatorTest, SetsFromOneToTen)
{
    EXPECT_EQ(failure(reps(1, 10)), QString());
    EXPECT_EQ(failure(reps(10, 10)), QString());
    EXPECT_TRUE(failure(reps(0, 10)).startsWith(QStringLiteral("Sets must be from 1 to 10")));
    EXPECT_TRUE(failure(reps(11, 10)).contains(QStringLiteral("found 11")));
    EXPECT_TRUE(failure(reps(-1, 10)).startsWith(QStringLiteral("Sets")));
}

TEST(DoseValidatorTest, RepetitionsFromOneToAHundred)
{
    EXPECT_EQ(failure(reps(1, 1)), QString());
    EXPECT_EQ(failure(reps(1, 100)), QString());
    EXPECT_TRUE(
        failure(reps(1, 0)).startsWith(QStringLiteral("Repetitions must be from 1 to 100")));
    EXPECT_TRUE(failure(reps(1, 101)).startsWith(QStringLiteral("Repetitions")));
}

TEST(DoseValidatorTest, HoldsAndHoldSeconds)
{
    EXPECT_EQ(failure(hold(1, 1)), QString());
    EXPECT_EQ(failure(hold(6, 300)), QString());
    EXPECT_EQ(failure(hold(30, 60)), QString()); // 30 minutes of holding: the most in a session
    EXPECT_TRUE(failure(hold(31, 10)).startsWith(QStringLiteral("Repetitions (holds per set)")));
    EXPECT_TRUE(failure(hold(0, 10)).startsWith(QStringLiteral("Repetitions (holds per set)")));
    EXPECT_TRUE(
        failure(hold(5, 0)).startsWith(QStringLiteral("Hold seconds must be from 1 to 300")));
    EXPECT_TRUE(failure(hold(5, 301)).startsWith(QStringLiteral("Hold seconds")));
}

TEST(DoseValidatorTest, MinutesAndMetres)
{
    EXPECT_EQ(failure(minutes(1)), QString());
    EXPECT_EQ(failure(minutes(180)), QString());
    EXPECT_TRUE(failure(minutes(0)).startsWith(QStringLiteral("Minutes must be from 1 to 180")));
    EXPECT_TRUE(failure(minutes(181)).startsWith(QStringLiteral("Minutes")));
    EXPECT_EQ(failure(metres(1)), QString());
    EXPECT_EQ(failure(metres(50000)), QString());
    EXPECT_TRUE(failure(metres(0)).startsWith(QStringLiteral("Metres must be from 1 to 50000")));
    EXPECT_TRUE(failure(metres(50001)).startsWith(QStringLiteral("Metres")));
}

TEST(DoseValidatorTest, ExactlyOneMeasurePerType)
{
    Dose d = reps(2, 10);
    d.holdSeconds = 5;
    EXPECT_TRUE(failure(d).startsWith(QStringLiteral("Hold seconds must be empty")));
    d = reps(2, 10);
    d.minutes = 5;
    EXPECT_TRUE(failure(d).startsWith(QStringLiteral("Minutes must be empty")));
    d = hold(5, 10);
    d.metres = 100;
    EXPECT_TRUE(failure(d).startsWith(QStringLiteral("Metres must be empty")));
    d = minutes(10);
    d.reps = 10;
    EXPECT_TRUE(failure(d).startsWith(QStringLiteral("Repetitions must be empty")));
    EXPECT_TRUE(failure(d).contains(QStringLiteral("\"time\"")));
    d = minutes(10);
    d.metres = 100;
    EXPECT_TRUE(failure(d).startsWith(QStringLiteral("Metres must be empty")));
    d = metres(400);
    d.minutes = 5;
    EXPECT_TRUE(failure(d).startsWith(QStringLiteral("Minutes must be empty")));
    d = metres(400);
    d.holdSeconds = 5;
    EXPECT_TRUE(failure(d).startsWith(QStringLiteral("Hold seconds must be empty")));
}

TEST(DoseValidatorTest, TimesPerDayAndDaysPerWeek)
{
    Dose d = minutes(10);
    d.timesPerDay = 12;
    d.daysPerWeek = 1;
    EXPECT_EQ(failure(d), QString());
    d.timesPerDay = 0;
    EXPECT_TRUE(failure(d).startsWith(QStringLiteral("Times per day must be from 1 to 12")));
    d.timesPerDay = 13;
    EXPECT_TRUE(failure(d).startsWith(QStringLiteral("Times per day")));
    d.timesPerDay = 3;
    d.daysPerWeek = 0;
    EXPECT_TRUE(failure(d).startsWith(QStringLiteral("Days per week must be from 1 to 7")));
    d.daysPerWeek = 8;
    EXPECT_TRUE(failure(d).startsWith(QStringLiteral("Days per week")));
    d.daysPerWeek = 7;
    EXPECT_EQ(failure(d), QString());
}

TEST(DoseValidatorTest, PrescriptionRestExerciseAndText)
{
    Prescription p;
    p.exerciseId = 3;
    p.dose = reps(2, 10);
    p.restSeconds = 600;
    EXPECT_TRUE(DoseValidator::check(p));
    p.restSeconds = 601;
    auto st = DoseValidator::check(p);
    ASSERT_FALSE(st);
    EXPECT_TRUE(st.error().message.startsWith(QStringLiteral("Rest between sets")));
    p.restSeconds = -1;
    EXPECT_FALSE(DoseValidator::check(p));
    p.restSeconds = 0;
    p.patientNote = QString(501, QLatin1Char('x'));
    st = DoseValidator::check(p);
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().code, QStringLiteral("prescription.invalid"));
    EXPECT_TRUE(st.error().message.startsWith(QStringLiteral("Note to the patient")));
    p.patientNote.clear();
    p.exerciseId = 0;
    EXPECT_EQ(DoseValidator::check(p).error().code, QStringLiteral("prescription.invalid"));
}

TEST(DoseValidatorTest, ProgrammeNamesSectionAndItem)
{
    Programme programme;
    programme.name = QStringLiteral("Back on track");
    Prescription good;
    good.exerciseId = 1;
    good.dose = minutes(10);
    Prescription bad = good;
    bad.dose.minutes = 0;
    programme.sections = {ProgrammeSection{QStringLiteral("Aerobic"), {good, bad}}};
    auto st = DoseValidator::check(programme);
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().code, QStringLiteral("dose.invalid"));
    EXPECT_TRUE(st.error().message.startsWith(
        QStringLiteral("Section \"Aerobic\", item 2: Minutes must be from 1 to 180")))
        << st.error().message.toStdString();

    programme.sections = {ProgrammeSection{QStringLiteral("Aerobic"), {good}}};
    EXPECT_TRUE(DoseValidator::check(programme));
    programme.name = QStringLiteral("  ");
    EXPECT_EQ(DoseValidator::check(programme).error().code, QStringLiteral("programme.invalid"));
    programme.name = QStringLiteral("Back on track");
    programme.startDate = QDate(2026, 3, 10);
    programme.reviewDate = QDate(2026, 3, 9);
    st = DoseValidator::check(programme);
    ASSERT_FALSE(st);
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("review date")));
    programme.reviewDate = QDate(2026, 3, 10);
    EXPECT_TRUE(DoseValidator::check(programme));
}

TEST(DoseValidatorTest, ConvertKeepsAValidDose)
{
    for (DoseType from :
         {DoseType::Repetitions, DoseType::Hold, DoseType::Duration, DoseType::Distance}) {
        Dose start = DoseValidator::convert(reps(2, 12), from);
        ASSERT_TRUE(DoseValidator::check(start)) << int(from);
        for (DoseType to :
             {DoseType::Repetitions, DoseType::Hold, DoseType::Duration, DoseType::Distance}) {
            const Dose d = DoseValidator::convert(start, to);
            EXPECT_EQ(d.type, to);
            EXPECT_TRUE(DoseValidator::check(d)) << int(from) << "->" << int(to);
            EXPECT_EQ(d.sets, start.sets);
        }
    }
}

TEST(DoseValidatorTest, AnEditorsFieldsKeepOnlyTheMeasuresOfTheDosesType)
{
    Dose everything;
    everything.sets = 3;
    everything.reps = 8;
    everything.holdSeconds = 20;
    everything.minutes = 15;
    everything.metres = 400;
    everything.timesPerDay = 2;
    everything.daysPerWeek = 5;
    struct Expected
    {
        DoseType type;
        int reps, holdSeconds, minutes, metres;
    };
    for (const Expected& e :
         {Expected{DoseType::Repetitions, 8, 0, 0, 0}, Expected{DoseType::Hold, 8, 20, 0, 0},
          Expected{DoseType::Duration, 0, 0, 15, 0}, Expected{DoseType::Distance, 0, 0, 0, 400}}) {
        Dose d = everything;
        d.type = e.type;
        const Dose kept = DoseValidator::withUsedMeasures(d);
        EXPECT_EQ(kept.reps, e.reps) << int(e.type);
        EXPECT_EQ(kept.holdSeconds, e.holdSeconds) << int(e.type);
        EXPECT_EQ(kept.minutes, e.minutes) << int(e.type);
        EXPECT_EQ(kept.metres, e.metres) << int(e.type);
        // Sets, bouts and days are the editor's to decide, whatever the type.
        EXPECT_EQ(kept.sets, 3);
        EXPECT_EQ(kept.timesPerDay, 2);
        EXPECT_EQ(kept.daysPerWeek, 5);
        EXPECT_EQ(isCounted(e.type), e.reps > 0);
    }
}

TEST(DoseValidatorTest, EnumNamesRoundTrip)
{
    for (PrescribedSide side :
         {PrescribedSide::NotApplicable, PrescribedSide::Left, PrescribedSide::Right,
          PrescribedSide::Both, PrescribedSide::Alternate})
        EXPECT_EQ(sideFromName(sideName(side)), side);
    for (ProgrammeStatus s :
         {ProgrammeStatus::Draft, ProgrammeStatus::Active, ProgrammeStatus::Superseded})
        EXPECT_EQ(statusFromName(statusName(s)), s);
    EXPECT_FALSE(sideFromName(u"up"));
}

namespace {

Exercise exercise(const QString& name, ExerciseCategory category, DoseType usual,
                  QList<DoseType> fits = {})
{
    Exercise e;
    e.name = name;
    e.category = category;
    e.dose.type = usual;
    e.doseTypes = fits;
    return e;
}

QString typeFailure(const Dose& d, const Exercise& e)
{
    auto st = DoseValidator::check(d, e);
    return st ? QString() : st.error().message;
}

} // namespace

TEST(DoseValidatorTest, PlausibleSessionsPerType)
{
    EXPECT_EQ(failure(reps(3, 100)), QString()); // 300 repetitions: the most in a session
    const QString tooMany = failure(reps(4, 100));
    EXPECT_TRUE(tooMany.contains(QStringLiteral("400 repetitions"))) << tooMany.toStdString();
    Dose holds = hold(30, 61);
    EXPECT_TRUE(failure(holds).contains(QStringLiteral("30 minutes")))
        << failure(holds).toStdString();
    holds = hold(10, 60);
    holds.sets = 4; // 4 x 10 holds of a minute
    EXPECT_FALSE(failure(holds).isEmpty());
}

TEST(DoseValidatorTest, TheDoseTypeMustFitTheExercise)
{
    const Exercise walking = exercise(QStringLiteral("Walking"), ExerciseCategory::Aerobic,
                                      DoseType::Duration, {DoseType::Duration, DoseType::Distance});
    const Exercise plank =
        exercise(QStringLiteral("Plank"), ExerciseCategory::Core, DoseType::Hold, {DoseType::Hold});
    const Exercise sitUp = exercise(QStringLiteral("Sit-up"), ExerciseCategory::Cautioned,
                                    DoseType::Repetitions, {DoseType::Repetitions});
    // No "2 sets of 8" walking, no plank as plain repetitions or minutes, no 20-minute sit-ups.
    const QString walkingReps = typeFailure(reps(2, 8), walking);
    EXPECT_EQ(walkingReps,
              QStringLiteral("A dose of repetitions does not fit Walking: it is dosed in time or "
                             "distance."));
    EXPECT_EQ(DoseValidator::check(reps(2, 8), walking).error().code, QStringLiteral("dose.type"));
    EXPECT_FALSE(typeFailure(hold(2, 8), walking).isEmpty());
    EXPECT_TRUE(typeFailure(reps(3, 10), plank).contains(QStringLiteral("dosed in holds")));
    EXPECT_FALSE(typeFailure(minutes(5), plank).isEmpty());
    EXPECT_TRUE(typeFailure(minutes(20), sitUp).contains(QStringLiteral("dosed in repetitions")));
    EXPECT_EQ(typeFailure(minutes(30), walking), QString());
    EXPECT_EQ(typeFailure(metres(800), walking), QString());
    EXPECT_EQ(typeFailure(hold(5, 10), plank), QString());
    // The type check comes after the dose's own: a broken dose says what is broken first.
    EXPECT_TRUE(typeFailure(reps(0, 8), walking).startsWith(QStringLiteral("Sets")));
}

TEST(DoseValidatorTest, UndeclaredDoseTypesFallBackToTheDefaultDose)
{
    // A clinic exercise from before dose types: its own default, and for aerobic work time and
    // distance.
    const Exercise cycling =
        exercise(QStringLiteral("Hand bike"), ExerciseCategory::Aerobic, DoseType::Duration);
    EXPECT_EQ(DoseValidator::allowedTypes(cycling),
              (QList<DoseType>{DoseType::Duration, DoseType::Distance}));
    const Exercise squat =
        exercise(QStringLiteral("Wall squat"), ExerciseCategory::Strength, DoseType::Hold);
    EXPECT_EQ(DoseValidator::allowedTypes(squat), QList<DoseType>{DoseType::Hold});
    EXPECT_FALSE(typeFailure(reps(2, 10), squat).isEmpty());
    EXPECT_EQ(
        DoseValidator::describeTypes({DoseType::Repetitions, DoseType::Hold, DoseType::Duration}),
        QStringLiteral("repetitions, holds or time"));
}

TEST(DoseValidatorTest, LoadedExercisesStartOnTwoToThreeDaysAWeek)
{
    Exercise deadlift = exercise(QStringLiteral("Deadlift"), ExerciseCategory::Cautioned,
                                 DoseType::Repetitions, {DoseType::Repetitions});
    deadlift.properties.loaded = true;
    deadlift.dose.sets = 3;
    deadlift.dose.reps = 5;
    deadlift.dose.daysPerWeek = 7; // a clinic exercise entered with the everyday default
    EXPECT_EQ(DoseValidator::startingDose(deadlift).daysPerWeek,
              DoseValidator::kMaxLoadedDaysPerWeek);
    deadlift.dose.daysPerWeek = 2;
    EXPECT_EQ(DoseValidator::startingDose(deadlift).daysPerWeek, 2);
    Exercise walking =
        exercise(QStringLiteral("Walking"), ExerciseCategory::Aerobic, DoseType::Duration);
    walking.dose.sets = 0;
    walking.dose.reps = 0;
    walking.dose.minutes = 10;
    const Dose start = DoseValidator::startingDose(walking);
    EXPECT_EQ(start.daysPerWeek, 7);
    EXPECT_EQ(start.sets, 1);
    EXPECT_EQ(failure(start), QString());
}
