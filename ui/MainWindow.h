#pragma once

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoStack;

namespace gradus {

class Workspace;

// Assembles the views, menus and status bar. Features live in their own widgets; this class
// only creates them and wires actions to them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    QUndoStack* undoStack() const { return m_undoStack; }
    // The page shown in the centre; pages are switched from the navigation bar or View menu.
    QWidget* currentPage() const;
    void showPage(QWidget* page);

signals:
    // View → Language: a code of Languages, or empty to follow the system (MainWindowHost).
    void languageChangeRequested(const QString& code);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createPages();
    // Adds a page to the navigation bar and the View menu (Ctrl+1, Ctrl+2, ... in order).
    void addPage(QWidget* page, const QString& title, const QString& iconPath);
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState() const;
    void backUpDatabase();
    void showAbout();

    Workspace& m_workspace;
    QUndoStack* m_undoStack = nullptr;
    QStackedWidget* m_pages = nullptr;
    QToolBar* m_navigation = nullptr;
    QActionGroup* m_pageActions = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_databaseLabel = nullptr;
};

} // namespace gradus
