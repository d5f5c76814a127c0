#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace gradus {

class DataTexts;

// The language a handout is written in: the patient's, independent of the UI language. The
// handout's strings are marked with QT_TRANSLATE_NOOP("HandoutText", ...) and looked up in
// gradus_<code>.qm (Translations::loadGradus) through a translator that is never installed on
// the application, so the UI keeps its own language; the exercises' texts come from the
// data texts of the same language (DataTexts). When the language is not one Gradus ships,
// or its translation is still empty, the handout is written in English and note() says so.
class HandoutLanguage
{
    Q_DECLARE_TR_FUNCTIONS(HandoutLanguage)

public:
    static constexpr const char* kContext = "HandoutText";

    // "" means English; otherwise a language code such as "de" (or "de_AT", "fr-CH").
    static HandoutLanguage load(const QString& code);

    // The language the handout is actually written in ("en" after a fallback).
    QString code() const { return m_code; }
    // What was asked for, when it could not be honoured; empty otherwise.
    QString requested() const { return m_requested; }
    bool fellBack() const { return !m_requested.isEmpty(); }
    // For the clinician (UI language): why the handout is in English. Empty when not.
    QString note() const;
    QLocale locale() const { return m_locale; }
    // The built-in exercises', templates' and safety texts in this language.
    const DataTexts& dataTexts() const;

    // `source` is an English string marked with QT_TRANSLATE_NOOP(kContext, ...). With
    // n >= 0, "%n" becomes the number, with the plural form of the language.
    QString text(const char* source, int n = -1) const;
    // The same for a string of another context (marked QT_TRANSLATE_NOOP(context, ...) or
    // QT_TRANSLATE_N_NOOP), so that documents for the patient (reminders, the FHIR record)
    // share the UI's translations of it without switching the application's language.
    QString translate(const char* context, const char* source, int n = -1) const;

    // The language of a document for a patient: the one asked for (a dialog's choice,
    // gradus-cli --language), else the patient's preferred language, else the clinic's
    // handout language, else the application's.
    static QString choose(const QString& asked, const QString& patientLanguage,
                          const QString& clinicLanguage);

private:
    QString m_code = QStringLiteral("en");
    QString m_requested;
    QLocale m_locale;
    std::shared_ptr<QTranslator> m_translator;
};

} // namespace gradus
