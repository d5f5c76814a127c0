#pragma once

#include <QMenu>

namespace gradus {

// View → Language: follow the system, or one of the supported languages, each named in its
// own language so that a reader lost in a foreign UI finds theirs. Emits the choice; the
// window host applies it (MainWindowHost).
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

signals:
    // A code of Languages, or empty to follow the system.
    void languageChosen(const QString& code);
};

} // namespace gradus
