// This desk's preferences: typed keys with defaults, the changed signal, the recent list and
// the move from the old settings location to the io.github.gradus one.
#include "settings/DeskSettings.h"
#include "model/VisitClinician.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace gradus;
using Key = DeskSettings::Key;

TEST(DeskSettingsTest, DefaultsTypesAndTheChangedSignal)
{
    QTemporaryDir dir;
    DeskSettings desk(dir.filePath(QStringLiteral("desk.conf")));
    EXPECT_EQ(desk.version(), DeskSettings::kVersion);
    EXPECT_TRUE(desk.recentDatabases().isEmpty());
    EXPECT_EQ(desk.clinicianName(), defaultClinicianName());

    QSignalSpy spy(&desk, &DeskSettings::changed);
    desk.setClinicianName(QStringLiteral("  Sam Okafor "));
    EXPECT_EQ(desk.clinicianName(), QStringLiteral("Sam Okafor"));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<DeskSettings::Key>(), Key::ClinicianName);
    desk.setClinicianName(QStringLiteral("Sam Okafor")); // unchanged: no signal
    EXPECT_EQ(spy.count(), 1);

    // Another object on the same file reads the same values.
    DeskSettings other(dir.filePath(QStringLiteral("desk.conf")));
    EXPECT_EQ(other.clinicianName(), QStringLiteral("Sam Okafor"));
    desk.setClinicianName(QString()); // blank = the account's name again
    EXPECT_EQ(DeskSettings(dir.filePath(QStringLiteral("desk.conf"))).clinicianName(),
              defaultClinicianName());
}

TEST(DeskSettingsTest, RecentDatabasesAreMostRecentFirstWithoutDuplicates)
{
    QTemporaryDir dir;
    DeskSettings desk(dir.filePath(QStringLiteral("desk.conf")));
    for (int i = 0; i < DeskSettings::kMaxRecent + 3; ++i)
        desk.addRecentDatabase(QStringLiteral("/clinic/%1.sqlite").arg(i));
    desk.addRecentDatabase(QStringLiteral("/clinic/5.sqlite"));
    const QStringList recent = desk.recentDatabases();
    ASSERT_EQ(recent.size(), DeskSettings::kMaxRecent);
    EXPECT_EQ(recent.first(), QStringLiteral("/clinic/5.sqlite"));
    EXPECT_EQ(recent.count(QStringLiteral("/clinic/5.sqlite")), 1);
    EXPECT_EQ(recent.at(1), QStringLiteral("/clinic/10.sqlite"));
    desk.removeRecentDatabase(QStringLiteral("/clinic/5.sqlite"));
    EXPECT_FALSE(desk.recentDatabases().contains(QStringLiteral("/clinic/5.sqlite")));
}

TEST(DeskSettingsTest, MigratesTheOldLocationOnceAndLeavesItAsItWas)
{
    QTemporaryDir dir;
    const QString legacy = dir.filePath(QStringLiteral("Gradus/Gradus.conf"));
    {
        QSettings old(legacy, QSettings::IniFormat);
        old.setValue(QStringLiteral("visits/clinician"), QStringLiteral("J. Physio"));
        old.setValue(QStringLiteral("mainWindow/geometry"), QByteArray("\x01\x02geometry", 10));
        old.setValue(QStringLiteral("patients/demoOffered/abc123"), true);
        old.setValue(QStringLiteral("someone/elses"), 42);
    }
    const QString file = dir.filePath(QStringLiteral("io.github.gradus/Gradus.conf"));
    {
        DeskSettings desk(file, legacy);
        EXPECT_EQ(desk.version(), DeskSettings::kVersion);
        EXPECT_EQ(desk.clinicianName(), QStringLiteral("J. Physio"));
        EXPECT_EQ(desk.value(Key::MainWindowGeometry).toByteArray(),
                  QByteArray("\x01\x02geometry", 10));
        EXPECT_EQ(desk.value(Key::DemoOfferedStores).toStringList(),
                  QStringList{QStringLiteral("abc123")});
        desk.setClinicianName(QStringLiteral("New Name"));
    }
    // Keys of other parts of the app come along untouched.
    EXPECT_EQ(QSettings(file, QSettings::IniFormat).value(QStringLiteral("someone/elses")).toInt(),
              42);
    // The old file is left as it was, and a second start does not copy it again.
    EXPECT_EQ(QSettings(legacy, QSettings::IniFormat)
                  .value(QStringLiteral("visits/clinician"))
                  .toString(),
              QStringLiteral("J. Physio"));
    DeskSettings again(file, legacy);
    EXPECT_EQ(again.clinicianName(), QStringLiteral("New Name"));
}

TEST(DeskSettingsTest, TheApplicationFileIsUnderTheReverseDnsOrganisation)
{
    const QString organisation = QCoreApplication::organizationName();
    QCoreApplication::setOrganizationName(QStringLiteral("io.github.gradus"));
    DeskSettings desk;
    EXPECT_TRUE(desk.fileName().contains(QStringLiteral("/io.github.gradus/")))
        << desk.fileName().toStdString();
    EXPECT_TRUE(DeskSettings::legacyFilePath().endsWith(QStringLiteral("/Gradus/Gradus.conf")));
    QCoreApplication::setOrganizationName(organisation);
}
