// Dates and numbers in each locale's own conventions, derived from the locale's long format.
#include "i18n/LocaleFormat.h"
#include "support/ScopedLocale.h"

#include <gtest/gtest.h>

using namespace gradus;

namespace {
const QDate kDay(2026, 9, 3);
}

TEST(LocaleFormatTest, DatesFollowEachLocale)
{
    const QLocale gb(QLocale::English, QLocale::UnitedKingdom);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale fr(QLocale::French, QLocale::France);
    const QLocale es(QLocale::Spanish, QLocale::Spain);

    EXPECT_EQ(LocaleFormat::longDate(kDay, gb), u"3 September 2026"_qs);
    EXPECT_EQ(LocaleFormat::longDate(kDay, us), u"September 3, 2026"_qs);
    EXPECT_EQ(LocaleFormat::longDate(kDay, de), u"3. September 2026"_qs);
    EXPECT_EQ(LocaleFormat::longDate(kDay, fr), u"3 septembre 2026"_qs);
    EXPECT_EQ(LocaleFormat::longDate(kDay, es), u"3 de septiembre de 2026"_qs);

    EXPECT_EQ(LocaleFormat::date(kDay, us), u"Sep 3, 2026"_qs);
    EXPECT_EQ(LocaleFormat::date(kDay, de), u"3. Sept. 2026"_qs);
    EXPECT_EQ(LocaleFormat::date(kDay, fr), u"3 sept. 2026"_qs);
    EXPECT_EQ(LocaleFormat::date(kDay, es), u"3 sept 2026"_qs);

    EXPECT_EQ(LocaleFormat::dayMonth(kDay, us), u"Sep 3"_qs);
    EXPECT_EQ(LocaleFormat::dayMonth(kDay, de), u"3. Sept."_qs);
    EXPECT_EQ(LocaleFormat::dayMonth(kDay, es), u"3 sept"_qs);
    EXPECT_EQ(LocaleFormat::dayMonth(QDate(2026, 5, 21), gb), u"21 May"_qs);
    EXPECT_TRUE(LocaleFormat::date(QDate(), de).isEmpty());
}

// Tests that pin the C locale keep the layout the code used before ("d MMM yyyy").
TEST(LocaleFormatTest, TheCLocaleKeepsDayMonthYear)
{
    test::ScopedLocale c(QLocale::c());
    EXPECT_EQ(LocaleFormat::datePattern(), u"d MMM yyyy"_qs);
    EXPECT_EQ(LocaleFormat::date(kDay), u"3 Sep 2026"_qs);
    EXPECT_EQ(LocaleFormat::longDate(kDay), u"3 September 2026"_qs);
    EXPECT_EQ(LocaleFormat::dayMonth(kDay), u"3 Sep"_qs);
}

TEST(LocaleFormatTest, DecimalsWithTheLocalesPointAndNoTrailingZeros)
{
    const QLocale gb(QLocale::English, QLocale::UnitedKingdom);
    const QLocale de(QLocale::German, QLocale::Germany);
    EXPECT_EQ(LocaleFormat::decimal(2.5, 1, gb), u"2.5"_qs);
    EXPECT_EQ(LocaleFormat::decimal(2.5, 1, de), u"2,5"_qs);
    EXPECT_EQ(LocaleFormat::decimal(3.0, 1, de), u"3"_qs);
    EXPECT_EQ(LocaleFormat::decimal(35.56, 1, de), u"35,6"_qs);
    EXPECT_EQ(LocaleFormat::decimal(0.25, 2, gb), u"0.25"_qs);
    EXPECT_EQ(LocaleFormat::decimal(7, 0, gb), u"7"_qs);
}
