#include "patients/PatientMerge.h"

#include <gtest/gtest.h>

using namespace gradus;

namespace {

Patient base()
{
    Patient p;
    p.id = 7;
    p.givenName = QStringLiteral("Ana");
    p.familyName = QStringLiteral("Fictional");
    p.dateOfBirth = QDate(1970, 1, 1);
    p.phone = QStringLiteral("07700 900000");
    p.notes = QStringLiteral("first");
    p.version = 3;
    return p;
}

} // namespace

TEST(PatientMergeTest, RebaseKeepsTheirChangesAndReappliesMine)
{
    Patient mine = base();
    mine.phone = QStringLiteral("07700 900111"); // only I changed the phone
    mine.notes = QStringLiteral("mine");         // both changed the notes
    Patient theirs = base();
    theirs.email = QStringLiteral("ana@example.org"); // only they changed the e-mail
    theirs.notes = QStringLiteral("theirs");
    theirs.version = 4;

    const Patient merged = PatientMerge::rebase(base(), mine, theirs);
    EXPECT_EQ(merged.phone, QStringLiteral("07700 900111"));
    EXPECT_EQ(merged.email, QStringLiteral("ana@example.org"));
    EXPECT_EQ(merged.notes, QStringLiteral("mine")); // applying mine wins where both changed
    EXPECT_EQ(merged.version, 4);

    const auto rows = PatientMerge::rows(base(), mine, theirs);
    ASSERT_EQ(rows.size(), 3);
    QStringList both;
    for (const auto& r : rows)
        if (r.changedByMe && r.changedByThem)
            both << r.label;
    EXPECT_EQ(both, QStringList{QStringLiteral("Notes")});
}

TEST(PatientMergeTest, NothingChangedMeansNoRows)
{
    EXPECT_TRUE(PatientMerge::rows(base(), base(), base()).isEmpty());
    Patient changedDate = base();
    changedDate.dateOfBirth = QDate(1870, 1, 1); // a century apart still differs
    EXPECT_EQ(PatientMerge::rows(base(), changedDate, base()).size(), 1);
}
