#include "handout/HandoutLanguage.h"

#include "i18n/DataTexts.h"
#include "i18n/Languages.h"
#include "i18n/Translations.h"

#include <QTranslator>

namespace gradus {

HandoutLanguage HandoutLanguage::load(const QString& code)
{
    HandoutLanguage language;
    const QString wanted = code.trimmed();
    const QString supported =
        wanted.isEmpty() ? QStringLiteral("en") : Languages::fromUserText(wanted);
    std::unique_ptr<QTranslator> translator;
    if (!supported.isEmpty())
        translator = Translations::loadGradus(supported);
    // English needs its translator only for plural forms; another language without any
    // translated text would print English under a foreign language's name.
    const bool usable = supported == QLatin1String("en") || (translator && !translator->isEmpty());
    if (usable) {
        language.m_code = supported;
        language.m_translator = std::move(translator);
    } else {
        language.m_requested = wanted;
        language.m_translator = Translations::loadGradus(QStringLiteral("en"));
    }
    language.m_locale = Languages::locale(language.m_code);
    return language;
}

QString HandoutLanguage::note() const
{
    if (!fellBack())
        return {};
    const QString name = QLocale(m_requested).nativeLanguageName();
    return tr("There is no handout translation for \"%1\"%2 yet; the handout is in English.")
        .arg(m_requested, name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(name));
}

const DataTexts& HandoutLanguage::dataTexts() const
{
    return DataTexts::of(m_code);
}

QString HandoutLanguage::choose(const QString& asked, const QString& patientLanguage,
                                const QString& clinicLanguage)
{
    if (!asked.trimmed().isEmpty())
        return asked.trimmed();
    if (!patientLanguage.trimmed().isEmpty())
        return patientLanguage.trimmed();
    if (!clinicLanguage.trimmed().isEmpty())
        return clinicLanguage.trimmed();
    return Translations::current();
}

QString HandoutLanguage::text(const char* source, int n) const
{
    return translate(kContext, source, n);
}

QString HandoutLanguage::translate(const char* context, const char* source, int n) const
{
    QString result;
    if (m_translator)
        result = m_translator->translate(context, source, nullptr, n);
    const bool translated = !result.isEmpty();
    if (!translated)
        result = QString::fromUtf8(source);
    if (n >= 0) {
        // Without the English plural forms (gradus_en.qm), "(s)" still reads right.
        if (!translated)
            result.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
        result.replace(QLatin1String("%n"), m_locale.toString(n));
    }
    return result;
}

} // namespace gradus
