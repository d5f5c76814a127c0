#pragma once

#include "i18n/DataTexts.h"
#include "i18n/Translations.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStringList>

namespace gradus::test {

// The translation fixtures (tests/data/i18n): their compiled .qm files and data texts.
inline QStringList i18nFixtureDirectories()
{
    return {QStringLiteral(GRADUS_TEST_I18N_QM_DIR), QStringLiteral(GRADUS_TEST_I18N_DIR)};
}

// Puts the fixtures before the shipped translations for one test, and restores the
// application's language, locale and search paths afterwards.
class ScopedI18nFixture
{
public:
    ScopedI18nFixture() : m_locale(QLocale()), m_language(Translations::current())
    {
        Translations::setExtraDirectories(i18nFixtureDirectories());
    }
    ~ScopedI18nFixture()
    {
        Translations::setExtraDirectories({});
        Translations::apply(m_language, false);
        QLocale::setDefault(m_locale);
    }
    ScopedI18nFixture(const ScopedI18nFixture&) = delete;
    ScopedI18nFixture& operator=(const ScopedI18nFixture&) = delete;

private:
    QLocale m_locale;
    QString m_language;
};

// The application language for one test (the shipped translations), restored afterwards.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString& code)
        : m_locale(QLocale()), m_language(Translations::current())
    {
        Translations::apply(code);
    }
    ~ScopedLanguage()
    {
        Translations::apply(m_language, false);
        QLocale::setDefault(m_locale);
    }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    QLocale m_locale;
    QString m_language;
};

} // namespace gradus::test
