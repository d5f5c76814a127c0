#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace gradus {

// Where translations come from and which language the application speaks.
//
// Gradus's own messages are in gradus_<code>.qm (embedded under :/i18n, built from
// translations/*.ts) and the data texts in <code>/*.json beside them (resources/i18n/).
// Both executables link them through gradus_core. Folders named by GRADUS_TRANSLATIONS_DIR
// (a list like PATH) are searched first, so translators can try their work without
// rebuilding.
//
// The application language is process-wide: the GUI sets it at start and when the user
// chooses another one, gradus-cli from --language or the system. Handouts are written in
// the patient's language through their own translator (HandoutLanguage) and never change it.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    // Folders searched in order for gradus_<code>.qm and <code>/*.json.
    static QStringList searchPaths();
    // Tests: folders searched before all others (empty = none). Clears the data-text cache.
    static void setExtraDirectories(const QStringList& dirs);

    // Gradus's translator for `code`; null when there is none (English needs one only for
    // plural forms, gradus_en.qm).
    static std::unique_ptr<QTranslator> loadGradus(const QString& code);
    // Qt's own messages (qtbase_<code>.qm from QLibraryInfo::TranslationsPath, Debian package
    // qt6-translations-l10n): standard buttons, command-line parser errors.
    static std::unique_ptr<QTranslator> loadQt(const QString& code);

    // Makes `code` (a supported language; anything else means English) the application
    // language: replaces the translators installed by an earlier call, and sets the default
    // QLocale to that language's (Languages::applicationLocale), so dates, numbers and plurals
    // follow. Returns the language applied. Needs a QCoreApplication. Tests that pin their own
    // locale pass setLocale = false.
    static QString apply(const QString& code, bool setLocale = true);
    // The language applied last; English (the source language) before any call, so code
    // that never chose a language (tests, tools) reads the texts as written.
    static QString current();
};

} // namespace gradus
