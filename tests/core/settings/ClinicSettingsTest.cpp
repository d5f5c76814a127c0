#include "settings/ClinicSettings.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace gradus;

TEST(ClinicSettingsTest, DefaultsComeFromTheDefinitionTable)
{
    test::TestStore store;
    auto db = store.open();
    ASSERT_TRUE(db);
    ClinicSettings settings(*db);
    EXPECT_EQ(settings.intValue(ClinicSettings::Key::PacingBaselinePercent), 80);
    EXPECT_EQ(settings.intValue(ClinicSettings::Key::PacingWeeklyPercent), 10);
    EXPECT_EQ(settings.stringValue(ClinicSettings::Key::PaperSize), QStringLiteral("a4"));
}

TEST(ClinicSettingsTest, StoresValidValuesAndSignals)
{
    test::TestStore store;
    auto db = store.open();
    ASSERT_TRUE(db);
    ClinicSettings settings(*db);
    QSignalSpy spy(&settings, &ClinicSettings::changed);
    ASSERT_TRUE(settings.setValue(ClinicSettings::Key::PacingWeeklyPercent, 15));
    EXPECT_EQ(spy.count(), 1);
    // A second object on the same store sees it: the value lives in the database.
    ClinicSettings other(*db);
    EXPECT_EQ(other.intValue(ClinicSettings::Key::PacingWeeklyPercent), 15);
    ASSERT_TRUE(settings.reset(ClinicSettings::Key::PacingWeeklyPercent));
    EXPECT_EQ(other.intValue(ClinicSettings::Key::PacingWeeklyPercent), 10);
}

TEST(ClinicSettingsTest, RefusesValuesOutOfRangeAndKeepsTheOldOne)
{
    test::TestStore store;
    auto db = store.open();
    ASSERT_TRUE(db);
    ClinicSettings settings(*db);
    ASSERT_TRUE(settings.setValue(ClinicSettings::Key::PacingWeeklyPercent, 20));
    QSignalSpy spy(&settings, &ClinicSettings::changed);

    auto tooHigh = settings.setValue(ClinicSettings::Key::PacingWeeklyPercent, 21);
    ASSERT_FALSE(tooHigh);
    EXPECT_EQ(tooHigh.error().code, QStringLiteral("settings.range"));
    EXPECT_TRUE(tooHigh.error().message.contains(QStringLiteral("between 5 and 20")));

    auto notANumber =
        settings.setValue(ClinicSettings::Key::PacingWeeklyPercent, QStringLiteral("ten"));
    ASSERT_FALSE(notANumber);
    auto paper = settings.setValue(ClinicSettings::Key::PaperSize, QStringLiteral("a5"));
    ASSERT_FALSE(paper);

    EXPECT_EQ(settings.intValue(ClinicSettings::Key::PacingWeeklyPercent), 20);
    EXPECT_EQ(spy.count(), 0);
}
