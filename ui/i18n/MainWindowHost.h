#pragma once

#include <QObject>

#include <memory>

namespace gradus {

class DatabaseSwitcher;
class MainWindow;
class Workspace;

// Owns the main window and builds it anew in another language. Widgets set their texts when
// they are built, so a language chosen in View → Language is applied by storing it
// (UiLanguageSetting), installing its translators (Translations::apply) and replacing the
// window by a new one in the same place; the store is untouched, every change is saved.
// The new window works on the database the old one had open (DatabaseSwitcher).
class MainWindowHost : public QObject
{
    Q_OBJECT

public:
    // The application's: windows work on `switcher`'s current database.
    explicit MainWindowHost(DatabaseSwitcher& switcher, QObject* parent = nullptr);
    // Tests and tools: a switcher of the host's own on `workspace`, which stays the caller's.
    explicit MainWindowHost(Workspace& workspace, QObject* parent = nullptr);
    ~MainWindowHost() override;

    MainWindow* window() const { return m_window.get(); }
    void show();

    // Applies `code` (empty = the system's language). The undo history goes with the old
    // window, so when it holds steps the user is asked first (unless `ask` is false);
    // returns false when they kept the current window.
    bool switchLanguage(const QString& code, bool ask = true);

signals:
    void windowReplaced(gradus::MainWindow* window);

private:
    std::unique_ptr<MainWindow> createWindow();

    DatabaseSwitcher* m_switcher = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace gradus
