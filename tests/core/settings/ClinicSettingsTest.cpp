#include "settings/ClinicSettings.h"
#include "settings/ClinicSettingsSnapshot.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QFile>
#include <QImage>
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

TEST(ClinicSettingsTest, ContactDetailsAreCheckedForTheirForm)
{
    test::TestStore store;
    auto db = store.open();
    ASSERT_TRUE(db);
    ClinicSettings settings(*db);
    using K = ClinicSettings::Key;
    EXPECT_TRUE(settings.setValue(K::ClinicEmail, QStringLiteral(" desk@riverside.example ")));
    EXPECT_EQ(settings.stringValue(K::ClinicEmail), QStringLiteral("desk@riverside.example"));
    EXPECT_TRUE(settings.setValue(K::ClinicWebsite, QStringLiteral("www.riverside.example")));
    EXPECT_TRUE(settings.setValue(K::ClinicWebsite, QStringLiteral("https://riverside.example/")));
    EXPECT_TRUE(settings.setValue(K::ClinicPhone, QStringLiteral("+44 (0)1234 567-890")));

    auto email = settings.setValue(K::ClinicEmail, QStringLiteral("desk at riverside"));
    ASSERT_FALSE(email);
    EXPECT_EQ(email.error().code, QStringLiteral("settings.email"));
    EXPECT_EQ(email.error().kind(), ErrorKind::Invalid);
    EXPECT_FALSE(settings.setValue(K::ClinicWebsite, QStringLiteral("not a site")));
    EXPECT_FALSE(settings.setValue(K::ClinicPhone, QStringLiteral("call us")));
    EXPECT_FALSE(settings.setValue(K::HandoutLanguage, QStringLiteral("pt")));
    EXPECT_FALSE(settings.setValue(K::ClinicName, QString(121, u'x')));
    // An empty text clears the value.
    EXPECT_TRUE(settings.setValue(K::ClinicEmail, QString()));
    EXPECT_TRUE(settings.stringValue(K::ClinicEmail).isEmpty());

    EXPECT_EQ(settings.stringValue(K::HandoutLanguage), QStringLiteral("en"));
    for (const QString& code : ClinicSettings::handoutLanguages())
        EXPECT_TRUE(settings.setValue(K::HandoutLanguage, code)) << code.toStdString();
}

TEST(ClinicSettingsTest, SeveralValuesAreOneTransactionAndCheckedTogether)
{
    test::TestStore store;
    auto db = store.open();
    ASSERT_TRUE(db);
    ClinicSettings settings(*db);
    using K = ClinicSettings::Key;
    QSignalSpy spy(&settings, &ClinicSettings::changed);

    // One bad value: nothing of the batch is written.
    auto bad = settings.setValues(
        {{K::ClinicName, QStringLiteral("Riverside Physiotherapy")}, {K::PacingWeeklyPercent, 50}});
    ASSERT_FALSE(bad);
    EXPECT_TRUE(settings.stringValue(K::ClinicName).isEmpty());
    EXPECT_EQ(spy.count(), 0);

    // Safe pain above acceptable pain is refused, whichever of the two changes.
    auto order = settings.setValues({{K::PainSafeMax, 6}});
    ASSERT_FALSE(order);
    EXPECT_EQ(order.error().code, QStringLiteral("settings.pain_order"));
    EXPECT_TRUE(settings.setValues({{K::PainAcceptableMax, 7}, {K::PainSafeMax, 6}}));
    EXPECT_EQ(settings.intValue(K::PainSafeMax), 6);

    spy.clear();
    // Only values that change are announced.
    ASSERT_TRUE(settings.setValues(
        {{K::ClinicName, QStringLiteral("Riverside Physiotherapy")}, {K::PainSafeMax, 6}}));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<ClinicSettings::Key>(), K::ClinicName);
}

namespace {

QByteArray svgLogo()
{
    return QByteArrayLiteral(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\">"
        "<rect x=\"0\" y=\"0\" width=\"200\" height=\"100\" fill=\"#ff00ff\"/></svg>");
}

QByteArray pngLogo()
{
    QImage image(120, 60, QImage::Format_RGB32);
    image.fill(QColor(0xff, 0x00, 0xff));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

TEST(ClinicLogoTest, AcceptsPngAndSvgAndRefusesTheRest)
{
    auto png = ClinicLogo::fromData(pngLogo());
    ASSERT_TRUE(png);
    EXPECT_EQ(png->format(), ClinicLogo::Format::Png);
    EXPECT_EQ(png->naturalSize(), QSizeF(120, 60));
    auto svg = ClinicLogo::fromData(svgLogo());
    ASSERT_TRUE(svg);
    EXPECT_EQ(svg->format(), ClinicLogo::Format::Svg);
    EXPECT_EQ(svg->naturalSize(), QSizeF(200, 100));
    // The stored form reads back as the same logo.
    EXPECT_EQ(ClinicLogo::fromDataUri(svg->toDataUri()).data(), svgLogo());
    const QImage drawn = svg->toImage(QSize(40, 40));
    EXPECT_EQ(drawn.size(), QSize(40, 20));
    EXPECT_EQ(drawn.pixelColor(20, 10), QColor(0xff, 0x00, 0xff));

    auto text = ClinicLogo::fromData("just some text");
    ASSERT_FALSE(text);
    EXPECT_EQ(text.error().code, QStringLiteral("settings.logo.format"));
    auto broken = ClinicLogo::fromData(pngLogo().left(40));
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().code, QStringLiteral("settings.logo.damaged"));
    auto big = ClinicLogo::fromData(QByteArray(ClinicLogo::kMaxBytes + 1, 'x'));
    ASSERT_FALSE(big);
    EXPECT_EQ(big.error().code, QStringLiteral("settings.logo.size"));
    auto missing = ClinicLogo::fromFile(QStringLiteral("/nonexistent/logo.png"));
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("/nonexistent/logo.png")));
}

TEST(ClinicSettingsTest, TheLogoLivesInTheDatabaseAndReplacesAnOldFilePath)
{
    test::TestStore store;
    auto db = store.open();
    ASSERT_TRUE(db);
    ClinicSettings settings(*db);
    using K = ClinicSettings::Key;
    EXPECT_TRUE(settings.logo().isNull());

    // An older store named a file; it is still printed while it can be read.
    const QString file = store.dir() + QStringLiteral("/old-logo.png");
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(pngLogo());
    }
    ASSERT_TRUE(settings.setValue(K::ClinicLogoPath, file));
    EXPECT_EQ(settings.logo().format(), ClinicLogo::Format::Png);

    ASSERT_TRUE(settings.setLogo(*ClinicLogo::fromData(svgLogo())));
    EXPECT_TRUE(settings.stringValue(K::ClinicLogoPath).isEmpty());
    QFile::remove(file); // the stored logo does not need the file
    ClinicSettings other(*db);
    EXPECT_EQ(other.logo().format(), ClinicLogo::Format::Svg);
    EXPECT_EQ(other.logo().data(), svgLogo());

    ASSERT_TRUE(settings.clearLogo());
    EXPECT_TRUE(other.logo().isNull());
}

// A document reads every setting in one statement and sees what ClinicSettings sees: chosen
// values, defaults for the rest, the logo, and which were chosen.
TEST(ClinicSettingsTest, SnapshotReadsEverySettingInOneStatementAsClinicSettingsDoes)
{
    test::TestStore store;
    auto db = store.open();
    ASSERT_TRUE(db);
    ClinicSettings settings(*db);
    using K = ClinicSettings::Key;
    ASSERT_TRUE(settings.setValues({{K::ClinicName, QStringLiteral("Physio am Fluss")},
                                    {K::PainSafeMax, 3},
                                    {K::PainAcceptableMax, 6},
                                    {K::HandoutLanguage, QStringLiteral("de")}}));
    QImage image(8, 8, QImage::Format_ARGB32);
    image.fill(Qt::darkGreen);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    auto logo = ClinicLogo::fromData(png);
    ASSERT_TRUE(logo) << logo.error().message.toStdString();
    ASSERT_TRUE(settings.setLogo(*logo));

    int statements = 0;
    db->setStatementObserver([&](const QString&, const QVariantList&) { ++statements; });
    const ClinicSettingsSnapshot snapshot = ClinicSettingsSnapshot::read(*db);
    EXPECT_EQ(statements, 1);
    db->setStatementObserver({});

    for (const ClinicSettings::Definition& def : ClinicSettings::definitions()) {
        SCOPED_TRACE(def.name);
        EXPECT_EQ(snapshot.value(def.key), settings.value(def.key));
        EXPECT_EQ(snapshot.isStored(def.key), settings.isStored(def.key));
    }
    EXPECT_EQ(snapshot.stringValue(K::ClinicName), QStringLiteral("Physio am Fluss"));
    EXPECT_EQ(snapshot.intValue(K::PainSafeMax), 3);
    EXPECT_FALSE(snapshot.isStored(K::PaperSize));
    EXPECT_EQ(snapshot.stringValue(K::PaperSize), QStringLiteral("a4"));
    EXPECT_FALSE(snapshot.logo().isNull());
    EXPECT_EQ(snapshot.logo().toDataUri(), settings.logo().toDataUri());

    // It is a moment's view: a later change shows in the next snapshot, not in this one.
    ASSERT_TRUE(settings.setValue(K::PainSafeMax, 2));
    EXPECT_EQ(snapshot.intValue(K::PainSafeMax), 3);
    EXPECT_EQ(ClinicSettingsSnapshot::read(*db).intValue(K::PainSafeMax), 2);
}
