#include "i18n/LanguageMenu.h"

#include "i18n/Languages.h"
#include "i18n/UiLanguageSetting.h"

#include <QActionGroup>

namespace gradus {

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("menuLanguage"));
    auto* group = new QActionGroup(this);
    group->setExclusive(true);
    const QString chosen = UiLanguageSetting::stored();
    QAction* system = addAction(
        tr("System Language (%1)").arg(Languages::nativeName(Languages::systemLanguage())));
    system->setObjectName(QStringLiteral("actionLanguageSystem"));
    system->setData(QString());
    system->setCheckable(true);
    system->setChecked(chosen.isEmpty());
    group->addAction(system);
    addSeparator();
    for (const QString& code : Languages::codes()) {
        QAction* action = addAction(Languages::choiceLabel(code));
        action->setObjectName(QStringLiteral("actionLanguage_%1").arg(code));
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this,
            [this](QAction* action) { emit languageChosen(action->data().toString()); });
}

} // namespace gradus
