#include "i18n/MainWindowHost.h"
#include "undo/StoreUndoStack.h"

#include "DatabaseSwitcher.h"
#include "MainWindow.h"
#include "i18n/Languages.h"
#include "i18n/Translations.h"
#include "i18n/UiLanguageSetting.h"
#include "log/Logging.h"

#include <QMessageBox>

namespace gradus {

MainWindowHost::MainWindowHost(DatabaseSwitcher& switcher, QObject* parent)
    : QObject(parent), m_switcher(&switcher), m_window(createWindow())
{
}

MainWindowHost::MainWindowHost(Workspace& workspace, QObject* parent)
    : QObject(parent), m_switcher(new DatabaseSwitcher(workspace, this)), m_window(createWindow())
{
}

MainWindowHost::~MainWindowHost() = default;

std::unique_ptr<MainWindow> MainWindowHost::createWindow()
{
    auto window = std::make_unique<MainWindow>(*m_switcher);
    connect(window.get(), &MainWindow::languageChangeRequested, this,
            [this](const QString& code) { switchLanguage(code); });
    return window;
}

void MainWindowHost::show()
{
    m_window->show();
}

bool MainWindowHost::switchLanguage(const QString& code, bool ask)
{
    const QString target = code.isEmpty() ? Languages::systemLanguage() : code;
    if (ask && m_window->undoStack()->count() > 0) {
        const auto answer = QMessageBox::question(
            m_window.get(), tr("Change Language"),
            tr("Gradus reopens its window in %1. Everything is saved, but the undo history is "
               "cleared. Change the language now?")
                .arg(Languages::nativeName(target)));
        if (answer != QMessageBox::Yes)
            return false;
    }
    UiLanguageSetting::store(code);
    const QString applied = Translations::apply(UiLanguageSetting::effective());
    logging::get("app")->info("UI language changed to {}", applied.toStdString());

    std::unique_ptr<MainWindow> old = std::move(m_window);
    m_window = createWindow();
    m_window->restoreGeometry(old->saveGeometry());
    m_window->restoreState(old->saveState());
    const bool visible = old->isVisible();
    if (visible)
        m_window->show();
    // Shown before the old one closes, so the application never has no window (it would
    // quit); the old one is deleted once its own event (the menu click) has returned.
    old->hide();
    old.release()->deleteLater();
    emit windowReplaced(m_window.get());
    return true;
}

} // namespace gradus
