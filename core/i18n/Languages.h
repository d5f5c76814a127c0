#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace gradus {

// One language Gradus ships: the UI, the CLI's messages, handouts and the data texts
// (resources/i18n/<code>/). English is the source language of every text.
struct LanguageInfo
{
    QString code;       // "en", "de", ...: the .qm suffix, the data-text folder, the stored value
    QString nativeName; // in the language itself, as a menu shows it
    QLocale::Language language = QLocale::English;
    QLocale::Territory territory = QLocale::AnyTerritory; // the default for formats
};

// The one list of supported languages (add a language here, its .ts in translations/ and its
// folder in resources/i18n/). Everything that offers, stores or checks a language asks here.
class Languages
{
    Q_DECLARE_TR_FUNCTIONS(Languages)

public:
    static const QList<LanguageInfo>& supported();
    static QStringList codes();
    static bool isSupported(const QString& code);
    static const LanguageInfo* find(const QString& code);

    // A supported code from what a user or the system wrote: "de", "DE", "de_AT", "de-CH",
    // "German" and "Deutsch" all give "de". Empty when the language is not supported.
    static QString fromUserText(const QString& text);
    // The first supported language among the system's UI languages; English otherwise.
    static QString systemLanguage();

    // The locale whose formats (dates, numbers, plurals) go with a language, for a document
    // in that language: the application's (QLocale()) when it speaks that language, so a
    // clinic in Austria keeps its conventions; otherwise the language's usual country.
    static QLocale locale(const QString& code);
    // The locale of the application in that language: the system's when the system speaks
    // it, otherwise the language's usual country (Translations::apply sets it as default).
    static QLocale applicationLocale(const QString& code);

    // The name in the language itself ("Deutsch"), for menus where the reader may not
    // understand the current UI language.
    static QString nativeName(const QString& code);
    // The name in the current UI language ("German"), for lists and messages.
    static QString displayName(const QString& code);
    // "Deutsch (German)": both, for choosers.
    static QString choiceLabel(const QString& code);
};

} // namespace gradus
