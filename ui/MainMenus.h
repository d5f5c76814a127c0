#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace gradus {

// The menu bar of the main window: File, Edit, View and Help with their standard shortcuts
// and accelerators. It only builds menus and actions; MainWindow connects them to the parts
// that do the work. Other features add their actions through the extension points below, so
// the File menu keeps one order whoever adds to it.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    MainMenus(QMainWindow* window, QUndoStack* undoStack);

    // Where an action goes in the File menu.
    enum class FileSection
    {
        Database, // after Back Up Database…: Restore Backup…, database maintenance
        Import,   // before the Export submenu: Import Programme…, data from other programs
        Export,   // the Export submenu: copies of the data for other programs and audits
    };
    // The one way to add to the File menu (the restore, import and export dialogs of the data
    // exchange go here): `action` is inserted at the end of `section`. The menu does not own
    // it; deleting the action takes it out.
    void addFileAction(FileSection section, QAction* action);
    QMenu* exportMenu() const { return m_exportMenu; }
    QMenu* languageMenu() const { return m_languageMenu; }

    // Fills File → Open Recent (most recent first, with Ctrl+Alt+1… on the first nine).
    void setRecentDatabases(const QStringList& locations);

    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* recentMenu() const { return m_recentMenu; }
    QMenu* editMenu() const { return m_editMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }
    QMenu* helpMenu() const { return m_helpMenu; }

    QAction* newDatabase() const { return m_newDatabase; }
    QAction* openDatabase() const { return m_openDatabase; }
    QAction* backUp() const { return m_backUp; }
    QAction* printHandout() const { return m_printHandout; }
    QAction* printPreview() const { return m_printPreview; }
    QAction* quit() const { return m_quit; }
    QAction* undo() const { return m_undo; }
    QAction* redo() const { return m_redo; }
    QAction* preferences() const { return m_preferences; }
    QAction* statusBarToggle() const { return m_statusBar; }
    QAction* fullScreen() const { return m_fullScreen; }
    QAction* userGuide() const { return m_userGuide; }
    QAction* about() const { return m_about; }
    QAction* aboutQt() const { return m_aboutQt; }

signals:
    void recentChosen(const QString& location);
    void clearRecentRequested();
    // View → Language: a code of Languages, or empty to follow the system.
    void languageChosen(const QString& code);

private:
    void createFileMenu(QMainWindow* window);
    void createEditMenu(QMainWindow* window, QUndoStack* undoStack);
    void createViewMenu(QMainWindow* window);
    void createHelpMenu(QMainWindow* window);
    QAction* make(const QString& text, const char* objectName, const QString& statusTip);

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_exportMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newDatabase = nullptr;
    QAction* m_openDatabase = nullptr;
    QAction* m_backUp = nullptr;
    QAction* m_databaseSectionEnd = nullptr; // the separator after the database actions
    QAction* m_printHandout = nullptr;
    QAction* m_printPreview = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_preferences = nullptr;
    QAction* m_statusBar = nullptr;
    QAction* m_fullScreen = nullptr;
    QAction* m_userGuide = nullptr;
    QAction* m_about = nullptr;
    QAction* m_aboutQt = nullptr;
};

} // namespace gradus
