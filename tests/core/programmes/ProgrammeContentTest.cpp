// What makes two versions of a programme the same for the clinician and the patient
// (programmes/ProgrammeContent): the base of the builder's undo never writing over another
// desk's change to a draft.
#include "programmes/ProgrammeContent.h"

#include <gtest/gtest.h>

using namespace gradus;

namespace {

Programme walkingPlan()
{
    Prescription walking;
    walking.id = 7;
    walking.exerciseId = 3;
    walking.dose.type = DoseType::Duration;
    walking.dose.minutes = 10;
    walking.patientNote = QStringLiteral("On the flat at first.");
    Programme p;
    p.id = 4;
    p.name = QStringLiteral("Back to walking");
    p.startDate = QDate(2026, 3, 15);
    p.sections = {ProgrammeSection{QStringLiteral("Aerobic"), {walking}}};
    return p;
}

} // namespace

TEST(ProgrammeContentTest, IdsVersionsAndStampsAreNotContent)
{
    const Programme a = walkingPlan();
    Programme b = a;
    b.sections[0].prescriptions[0].id = 99; // saved afresh
    b.rowVersion = 5;
    b.createdAt = QDateTime(QDate(2026, 3, 16), QTime(9, 0), Qt::UTC);
    b.name = QStringLiteral("  Back to walking ");
    EXPECT_TRUE(sameContent(a, b));
}

TEST(ProgrammeContentTest, EveryPartOfAPrescriptionAndItsOrderAreContent)
{
    const Programme a = walkingPlan();
    Programme dose = a;
    dose.sections[0].prescriptions[0].dose.minutes = 12;
    EXPECT_FALSE(sameContent(a, dose));
    Programme note = a;
    note.sections[0].prescriptions[0].patientNote.clear();
    EXPECT_FALSE(sameContent(a, note));
    Programme more = a;
    Prescription bridge;
    bridge.exerciseId = 5;
    more.sections[0].prescriptions.append(bridge);
    EXPECT_FALSE(sameContent(a, more));
    Programme reordered = more;
    std::swap(reordered.sections[0].prescriptions[0], reordered.sections[0].prescriptions[1]);
    EXPECT_FALSE(sameContent(more, reordered));
    Programme review = a;
    review.reviewDate = QDate(2026, 4, 12);
    EXPECT_FALSE(sameContent(a, review));
}
