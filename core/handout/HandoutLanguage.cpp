#include "handout/HandoutLanguage.h"

#include <QFile>
#include <QTranslator>

namespace gradus {

HandoutLanguage HandoutLanguage::load(const QString& code)
{
    HandoutLanguage language;
    const QString wanted = code.trimmed();
    if (wanted.isEmpty() || wanted.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0 ||
        wanted.startsWith(QLatin1String("en_"), Qt::CaseInsensitive))
        return language;
    auto translator = std::make_shared<QTranslator>();
    const QString file = QStringLiteral(":/i18n/gradus_%1.qm").arg(wanted);
    if (QFile::exists(file) && translator->load(file)) {
        language.m_code = wanted;
        language.m_locale = QLocale(wanted);
        language.m_translator = std::move(translator);
    } else {
        language.m_requested = wanted;
    }
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

QString HandoutLanguage::text(const char* source, int n) const
{
    QString result;
    if (m_translator)
        result = m_translator->translate(kContext, source, nullptr, n);
    const bool translated = !result.isEmpty();
    if (!translated)
        result = QString::fromUtf8(source);
    if (n >= 0) {
        if (!translated)
            result.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
        result.replace(QLatin1String("%n"), m_locale.toString(n));
    }
    return result;
}

} // namespace gradus
