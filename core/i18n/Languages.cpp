#include "i18n/Languages.h"

#include <QRegularExpression>

namespace gradus {

const QList<LanguageInfo>& Languages::supported()
{
    static const QList<LanguageInfo> list = {
        {QStringLiteral("en"), QStringLiteral("English"), QLocale::English, QLocale::UnitedKingdom},
        {QStringLiteral("de"), QStringLiteral("Deutsch"), QLocale::German, QLocale::Germany},
        {QStringLiteral("fr"), QStringLiteral("Français"), QLocale::French, QLocale::France},
        {QStringLiteral("es"), QStringLiteral("Español"), QLocale::Spanish, QLocale::Spain},
    };
    return list;
}

QStringList Languages::codes()
{
    QStringList result;
    for (const LanguageInfo& info : supported())
        result << info.code;
    return result;
}

const LanguageInfo* Languages::find(const QString& code)
{
    for (const LanguageInfo& info : supported())
        if (info.code == code)
            return &info;
    return nullptr;
}

bool Languages::isSupported(const QString& code)
{
    return find(code) != nullptr;
}

QString Languages::fromUserText(const QString& text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    // "de_AT", "de-CH" and "de" name German; QLocale also reads "German".
    const QString prefix = wanted.section(QRegularExpression(QStringLiteral("[_\\-.@]")), 0, 0);
    for (const LanguageInfo& info : supported()) {
        if (prefix.compare(info.code, Qt::CaseInsensitive) == 0)
            return info.code;
        if (wanted.compare(info.nativeName, Qt::CaseInsensitive) == 0 ||
            wanted.compare(QLocale::languageToString(info.language), Qt::CaseInsensitive) == 0)
            return info.code;
    }
    return {};
}

QString Languages::systemLanguage()
{
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = fromUserText(name);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QLocale Languages::locale(const QString& code)
{
    const LanguageInfo* info = find(code);
    if (!info)
        info = &supported().first();
    if (QLocale().language() == info->language)
        return QLocale();
    return QLocale(info->language, info->territory);
}

QLocale Languages::applicationLocale(const QString& code)
{
    const LanguageInfo* info = find(code);
    if (!info)
        info = &supported().first();
    if (QLocale::system().language() == info->language)
        return QLocale::system();
    return QLocale(info->language, info->territory);
}

QString Languages::nativeName(const QString& code)
{
    const LanguageInfo* info = find(code);
    return info ? info->nativeName : code;
}

QString Languages::displayName(const QString& code)
{
    if (code == QLatin1String("en"))
        return tr("English");
    if (code == QLatin1String("de"))
        return tr("German");
    if (code == QLatin1String("fr"))
        return tr("French");
    if (code == QLatin1String("es"))
        return tr("Spanish");
    return code;
}

QString Languages::choiceLabel(const QString& code)
{
    const QString native = nativeName(code);
    const QString translated = displayName(code);
    return native.compare(translated, Qt::CaseInsensitive) == 0
               ? native
               : QStringLiteral("%1 (%2)").arg(native, translated);
}

} // namespace gradus
