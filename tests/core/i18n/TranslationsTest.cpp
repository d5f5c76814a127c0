// Installing the application's language: Gradus's messages (embedded .qm), Qt's own
// (qtbase_xx.qm), English plural forms, the default locale, and folders searched first.
#include "i18n/Translations.h"
#include "i18n/Languages.h"
#include "support/I18nFixture.h"
#include "support/ScopedLocale.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTranslator>

using namespace gradus;

namespace {

QString qtUnknownOption()
{
    return QCoreApplication::translate("QCommandLineParser", "Unknown option '%1'.").arg(u"x"_qs);
}

} // namespace

TEST(TranslationsTest, EnglishHasItsPluralForms)
{
    auto english = Translations::loadGradus(u"en"_qs);
    ASSERT_TRUE(english);
    EXPECT_EQ(english->translate("HandoutText", "%n minute(s)", nullptr, 1), u"%n minute"_qs);
    EXPECT_EQ(english->translate("HandoutText", "%n minute(s)", nullptr, 2), u"%n minutes"_qs);
    // Installed by the test main, as the app and CLI do at start.
    EXPECT_EQ(QCoreApplication::translate("ReviewEngine", "%n day(s)", nullptr, 1), u"1 day"_qs);
    EXPECT_EQ(QCoreApplication::translate("ReviewEngine", "%n day(s)", nullptr, 3), u"3 days"_qs);
}

TEST(TranslationsTest, EveryLanguageHasItsTranslatorAndUnknownOnesNone)
{
    for (const QString& code : Languages::codes())
        EXPECT_TRUE(Translations::loadGradus(code)) << code.toStdString();
    EXPECT_FALSE(Translations::loadGradus(u"xx"_qs));
    EXPECT_FALSE(Translations::loadQt(u"en"_qs)); // Qt's source language
}

// Debian's qt6-translations-l10n: Qt's own texts (command-line errors, standard buttons).
TEST(TranslationsTest, QtsOwnMessagesFollowTheLanguage)
{
    ASSERT_TRUE(Translations::loadQt(u"de"_qs)) << "qtbase_de.qm is not installed";
    ASSERT_TRUE(Translations::loadQt(u"fr"_qs));
    ASSERT_TRUE(Translations::loadQt(u"es"_qs));
    {
        test::ScopedLanguage german(u"de"_qs);
        EXPECT_EQ(Translations::current(), u"de"_qs);
        EXPECT_EQ(qtUnknownOption(), u"Unbekannte Option 'x'."_qs);
        EXPECT_EQ(QLocale().language(), QLocale::German);
        {
            test::ScopedLanguage french(u"fr"_qs);
            EXPECT_EQ(qtUnknownOption(), u"Option inconnue \"x\"."_qs);
        }
        EXPECT_EQ(Translations::current(), u"de"_qs);
    }
    EXPECT_EQ(Translations::current(), u"en"_qs);
    EXPECT_EQ(qtUnknownOption(), u"Unknown option 'x'."_qs);
}

TEST(TranslationsTest, AnUnsupportedLanguageMeansEnglish)
{
    test::ScopedLocale c(QLocale::c());
    test::ScopedLanguage unknown(u"pt"_qs);
    EXPECT_EQ(Translations::current(), u"en"_qs);
}

// Folders given by tests (or GRADUS_TRANSLATIONS_DIR) come before the embedded ones.
TEST(TranslationsTest, ExtraFoldersComeFirst)
{
    test::ScopedI18nFixture fixture;
    EXPECT_EQ(Translations::searchPaths().constLast(), u":/i18n"_qs);
    EXPECT_EQ(Translations::searchPaths().constFirst(), QStringLiteral(GRADUS_TEST_I18N_QM_DIR));
    test::ScopedLanguage german(u"de"_qs);
    EXPECT_EQ(QCoreApplication::translate("gradus::MainMenus", "&File"), u"&Datei"_qs);
    EXPECT_EQ(QCoreApplication::translate("HandoutText", "Walk for %n minute(s)", nullptr, 2),
              u"2 Minuten gehen"_qs);
}
