// Labels inside sentences: their own messages, so that German keeps its nouns capitalised
// ("ein Entwurf", "Übung") where lower-casing the label would write "entwurf" and "übung".
#include "i18n/InSentence.h"
#include "programmes/DoseValidator.h"
#include "support/I18nFixture.h"

#include <gtest/gtest.h>

using namespace gradus;

TEST(InSentenceTest, EnglishReadsAsTheLabelInLowerCase)
{
    for (ProgrammeStatus s :
         {ProgrammeStatus::Draft, ProgrammeStatus::Active, ProgrammeStatus::Superseded})
        EXPECT_EQ(InSentence::programmeStatus(s), statusLabel(s).toLower());
    for (PacingPlanStatus s :
         {PacingPlanStatus::Active, PacingPlanStatus::Stopped, PacingPlanStatus::Ended})
        EXPECT_EQ(InSentence::pacingPlanStatus(s), pacingPlanStatus::name(s).toLower());
    for (ReviewOutcome o : {ReviewOutcome::Progress, ReviewOutcome::Hold, ReviewOutcome::Regress,
                            ReviewOutcome::StopAndRefer})
        EXPECT_EQ(InSentence::reviewOutcome(o), reviewOutcome::name(o).toLower());
    for (CarePhase::Phase p :
         {CarePhase::Phase::Acute, CarePhase::Phase::Subacute, CarePhase::Phase::Chronic})
        EXPECT_EQ(InSentence::carePhase(p), CarePhase::displayName(p).toLower());
    EXPECT_TRUE(InSentence::carePhase(CarePhase::Phase::Unknown).isEmpty());
}

TEST(InSentenceTest, GermanKeepsItsNouns)
{
    test::ScopedI18nFixture fixture;
    test::ScopedLanguage german(u"de"_qs);
    EXPECT_EQ(InSentence::programmeStatus(ProgrammeStatus::Draft), u"ein Entwurf"_qs);
    EXPECT_EQ(InSentence::pacingPlanStatus(PacingPlanStatus::Ended),
              u"beendet (zu einer anderen Übung gewechselt)"_qs);
}
