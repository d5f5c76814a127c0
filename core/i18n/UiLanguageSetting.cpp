#include "i18n/UiLanguageSetting.h"

#include "i18n/Languages.h"

#include <QSettings>

namespace gradus::UiLanguageSetting {

QString key()
{
    return QStringLiteral("ui/language");
}

QString stored()
{
    const QString value = QSettings().value(key()).toString();
    return Languages::isSupported(value) ? value : QString();
}

void store(const QString& code)
{
    QSettings settings;
    if (Languages::isSupported(code))
        settings.setValue(key(), code);
    else
        settings.remove(key());
}

QString effective()
{
    const QString chosen = stored();
    return chosen.isEmpty() ? Languages::systemLanguage() : chosen;
}

} // namespace gradus::UiLanguageSetting
