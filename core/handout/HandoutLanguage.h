#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace gradus {

// The language a handout is written in: the patient's, independent of the UI language. The
// handout's strings are marked with QT_TRANSLATE_NOOP("HandoutText", ...) and looked up in
// :/i18n/gradus_<code>.qm through a translator that is never installed on the application,
// so the UI keeps its own language. When no translation exists the handout is written in
// English and note() says so.
class HandoutLanguage
{
    Q_DECLARE_TR_FUNCTIONS(HandoutLanguage)

public:
    static constexpr const char* kContext = "HandoutText";

    // "" and "en" mean English; otherwise a language code such as "de" or "pt_BR".
    static HandoutLanguage load(const QString& code);

    // The language the handout is actually written in ("en" after a fallback).
    QString code() const { return m_code; }
    // What was asked for, when it could not be honoured; empty otherwise.
    QString requested() const { return m_requested; }
    bool fellBack() const { return !m_requested.isEmpty(); }
    // For the clinician (UI language): why the handout is in English. Empty when not.
    QString note() const;
    QLocale locale() const { return m_locale; }

    // `source` is an English string marked with QT_TRANSLATE_NOOP(kContext, ...). With
    // n >= 0, "%n" becomes the number and, in English, "(s)" the plural ending.
    QString text(const char* source, int n = -1) const;

private:
    QString m_code = QStringLiteral("en");
    QString m_requested;
    QLocale m_locale{QLocale::English, QLocale::UnitedKingdom};
    std::shared_ptr<QTranslator> m_translator;
};

} // namespace gradus
