#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QActionGroup;
class QLabel;
class QStackedWidget;
class QToolBar;

namespace gradus {

class StoreUndoStack;
class DatabaseSwitcher;
class DeferredWidget;
class DeskSettings;
class ExchangeActions;
class MainMenus;
class PatientView;
class UserGuideWindow;
class Workspace;

// Assembles the views, menus and status bar on the current workspace. Features live in their
// own widgets; menus in MainMenus; which database is open in DatabaseSwitcher. When another
// database is opened, every page is built anew on it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The window keeps `switcher` (the application's, which owns the workspaces).
    explicit MainWindow(DatabaseSwitcher& switcher, QWidget* parent = nullptr);
    // Tests and tools: a switcher of the window's own on `workspace`, which stays the caller's.
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    StoreUndoStack* undoStack() const { return m_undoStack; }
    Workspace& workspace() const;
    DatabaseSwitcher& databases() const { return *m_switcher; }
    MainMenus* menus() const { return m_menus; }
    // The page shown in the centre; pages are switched from the navigation bar or View menu.
    // A page built on first use is its DeferredWidget; showPage also takes what is inside.
    QWidget* currentPage() const;
    void showPage(QWidget* page);
    // Every page, in navigation order (rebuilt when another database is opened).
    QList<QWidget*> pages() const;
    // Builds now every page and tab that waits for the first paint (DeferredWidget); for tools
    // and tests that reach into them before the window has been shown.
    void buildDeferred();

public slots:
    void showPreferences();
    void showUserGuide();
    void showAbout();
    void printHandout();
    void printPreview();

signals:
    // View → Language: a code of Languages, or empty to follow the system (MainWindowHost).
    void languageChangeRequested(const QString& code);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool event(QEvent* event) override;

private:
    void init();
    void connectMenus();
    void buildPages(); // MainWindowPages.cpp
    DeferredWidget* deferred(const QString& name, std::function<QWidget*(QWidget*)> build);
    void buildNextDeferred();
    void clearPages();
    void rebuild();
    // Adds a page to the navigation bar and the View menu (Ctrl+1, Ctrl+2, ... in order).
    void addPage(QWidget* page, const QString& title, const QString& iconPath);
    void updateDatabaseInfo();
    void updatePrintActions();
    void restoreWindowState();
    void saveWindowState() const;
    void showStatus(const QString& message);

    DatabaseSwitcher* m_switcher = nullptr;
    DeskSettings* m_desk = nullptr;
    MainMenus* m_menus = nullptr;
    StoreUndoStack* m_undoStack = nullptr;
    QStackedWidget* m_pages = nullptr;
    QToolBar* m_navigation = nullptr;
    QActionGroup* m_pageActions = nullptr;
    QAction* m_viewPagesEnd = nullptr; // the separator before the toolbar toggle
    QLabel* m_databaseLabel = nullptr;
    DeferredWidget* m_builder = nullptr; // the Programme tab (a ProgrammeBuilderView)
    PatientView* m_patientView = nullptr;
    ExchangeActions* m_exchange = nullptr; // File → Export ▸, Import, Restore on this database
    QPointer<UserGuideWindow> m_guide;
    QList<QPointer<DeferredWidget>> m_deferred; // built after the first paint
    bool m_painted = false;
};

} // namespace gradus
