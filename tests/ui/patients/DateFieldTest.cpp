// Dates typed and shown in the user's locale, ISO always accepted, two-digit years refused.
#include "patients/DateField.h"
#include "support/ScopedLocale.h"

#include <gtest/gtest.h>

using namespace gradus;
using test::ScopedLocale;

namespace {

const QLocale kUs(QLocale::English, QLocale::UnitedStates);
const QLocale kUk(QLocale::English, QLocale::UnitedKingdom);
const QLocale kGermany(QLocale::German, QLocale::Germany);
const QLocale kFrance(QLocale::French, QLocale::France);
const QLocale kJapan(QLocale::Japanese, QLocale::Japan);

} // namespace

TEST(DateFieldTest, SlashedNumbersFollowTheLocalesOrder)
{
    EXPECT_EQ(DateField::parse(QStringLiteral("03/04/1985"), kUs), QDate(1985, 3, 4));
    EXPECT_EQ(DateField::parse(QStringLiteral("3/4/1985"), kUs), QDate(1985, 3, 4));
    EXPECT_EQ(DateField::parse(QStringLiteral("03/04/1985"), kUk), QDate(1985, 4, 3));
    EXPECT_EQ(DateField::parse(QStringLiteral("03.04.1985"), kGermany), QDate(1985, 4, 3));
    EXPECT_EQ(DateField::parse(QStringLiteral("3.4.1985"), kGermany), QDate(1985, 4, 3));
    EXPECT_EQ(DateField::parse(QStringLiteral("03/04/1985"), kFrance), QDate(1985, 4, 3));
    EXPECT_EQ(DateField::parse(QStringLiteral("1985/03/04"), kJapan), QDate(1985, 3, 4));
    // The C locale (LANG=C) reads day first, as Gradus always did.
    EXPECT_EQ(DateField::parse(QStringLiteral("14/03/1985"), QLocale::c()), QDate(1985, 3, 14));
}

TEST(DateFieldTest, IsoIsAcceptedEverywhere)
{
    for (const QLocale& locale : {kUs, kUk, kGermany, kFrance, kJapan, QLocale::c()})
        EXPECT_EQ(DateField::parse(QStringLiteral("1985-03-04"), locale), QDate(1985, 3, 4))
            << locale.name().toStdString();
}

TEST(DateFieldTest, MonthNamesInTheLocalesLanguage)
{
    EXPECT_EQ(DateField::parse(QStringLiteral("March 4, 1985"), kUs), QDate(1985, 3, 4));
    EXPECT_EQ(DateField::parse(QStringLiteral("4 March 1985"), kUk), QDate(1985, 3, 4));
    EXPECT_EQ(DateField::parse(QStringLiteral("4. März 1985"), kGermany), QDate(1985, 3, 4));
    EXPECT_EQ(DateField::parse(QStringLiteral("4 mars 1985"), kFrance), QDate(1985, 3, 4));
}

TEST(DateFieldTest, RefusesWhatCannotBeReadSafely)
{
    EXPECT_FALSE(DateField::parse(QStringLiteral("03/04/85"), kUs).isValid());
    EXPECT_FALSE(DateField::parse(QStringLiteral("14.3.85"), kGermany).isValid());
    EXPECT_FALSE(DateField::parse(QStringLiteral("13/14/1985"), kUs).isValid());
    EXPECT_FALSE(DateField::parse(QStringLiteral("31.02.1985"), kGermany).isValid());
    EXPECT_FALSE(DateField::parse(QStringLiteral("yesterday"), kUk).isValid());
    EXPECT_FALSE(DateField::parse(QString(), kUk).isValid());
}

TEST(DateFieldTest, ShowsTheLocalesFormatWithAFourDigitYear)
{
    const QDate date(1985, 3, 4);
    EXPECT_EQ(DateField::format(date, kUs), QStringLiteral("3/4/1985"));
    EXPECT_EQ(DateField::format(date, kUk), QStringLiteral("04/03/1985"));
    EXPECT_EQ(DateField::format(date, kGermany), QStringLiteral("04.03.1985"));
    EXPECT_EQ(DateField::format(date, QLocale::c()), QStringLiteral("1985-03-04"));
    EXPECT_EQ(DateField::hint(kUs), QStringLiteral("MM/DD/YYYY or YYYY-MM-DD"));
    EXPECT_EQ(DateField::hint(kGermany), QStringLiteral("DD.MM.YYYY or YYYY-MM-DD"));
    // What is shown reads back as the same date, in every locale.
    for (const QLocale& locale : {kUs, kUk, kGermany, kFrance, kJapan, QLocale::c()})
        EXPECT_EQ(DateField::parse(DateField::format(date, locale), locale), date)
            << locale.name().toStdString();
}

TEST(DateFieldTest, TheWidgetUsesTheDefaultLocale)
{
    ScopedLocale us(kUs);
    DateField field;
    EXPECT_EQ(field.placeholderText(), QStringLiteral("MM/DD/YYYY or YYYY-MM-DD"));
    field.setText(QStringLiteral("03/04/1985"));
    EXPECT_EQ(field.date(), QDate(1985, 3, 4));
    field.setDate(QDate(1990, 12, 31));
    EXPECT_EQ(field.text(), QStringLiteral("12/31/1990"));
    EXPECT_TRUE(DateField::longForm(QDate(1985, 3, 4)).contains(QStringLiteral("March 4, 1985")));
}
