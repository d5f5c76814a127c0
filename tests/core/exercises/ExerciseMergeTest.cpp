#include "exercises/ExerciseMerge.h"

#include <gtest/gtest.h>

using namespace gradus;

namespace {

Exercise base()
{
    Exercise e;
    e.id = 4;
    e.stableId = QStringLiteral("clinic_wall_squat");
    e.name = QStringLiteral("Wall squat");
    e.summary = QStringLiteral("Leg strength with the back supported.");
    e.instructions = {QStringLiteral("Lean on the wall."), QStringLiteral("Slide down.")};
    e.dose.type = DoseType::Hold;
    e.dose.holdSeconds = 10;
    e.version = 3;
    return e;
}

} // namespace

TEST(ExerciseMergeTest, RebaseKeepsTheirChangesAndReappliesMine)
{
    Exercise mine = base();
    mine.dose.holdSeconds = 20;             // only I changed the dose
    mine.summary = QStringLiteral("Mine."); // both changed the summary
    Exercise theirs = base();
    theirs.instructions << QStringLiteral("Stand up."); // only they changed the steps
    theirs.summary = QStringLiteral("Theirs.");
    theirs.version = 4;

    const Exercise merged = ExerciseMerge::rebase(base(), mine, theirs);
    EXPECT_EQ(merged.dose.holdSeconds, 20);
    EXPECT_EQ(merged.instructions.size(), 3);
    EXPECT_EQ(merged.summary, QStringLiteral("Mine."));
    EXPECT_EQ(merged.version, 4);

    const auto rows = ExerciseMerge::rows(base(), mine, theirs);
    ASSERT_EQ(rows.size(), 3);
    QStringList both;
    for (const auto& r : rows)
        if (r.changedByMe && r.changedByThem)
            both << r.label;
    EXPECT_EQ(both, QStringList{QStringLiteral("Summary")});
}

TEST(ExerciseMergeTest, EveryEditorFieldIsCompared)
{
    // A change to any one field is one row, and copying it makes the records equal again.
    QList<Exercise> changed;
    for (int i = 0; i < 12; ++i)
        changed << base();
    changed[0].name = QStringLiteral("x");
    changed[1].summary = QStringLiteral("x");
    changed[2].category = ExerciseCategory::Strength;
    changed[3].properties.overhead = true;
    changed[4].dose.perSide = true;
    changed[5].doseTypes = {DoseType::Hold};
    changed[6].instructions = {QStringLiteral("x")};
    changed[7].feel = {QStringLiteral("x")};
    changed[8].stopIf = {QStringLiteral("x")};
    changed[9].regressions = {QStringLiteral("x")};
    changed[10].progressions = {QStringLiteral("x")};
    changed[11].source = QStringLiteral("x");
    ASSERT_EQ(ExerciseMerge::fields().size(), changed.size());
    for (int i = 0; i < changed.size(); ++i) {
        const auto rows = ExerciseMerge::rows(base(), changed[i], base());
        ASSERT_EQ(rows.size(), 1) << i;
        EXPECT_EQ(rows.first().label, ExerciseMerge::fields().at(i).label);
        const Exercise merged = ExerciseMerge::rebase(base(), changed[i], base());
        EXPECT_TRUE(ExerciseMerge::rows(changed[i], merged, merged).isEmpty()) << i;
    }
}
