#include "MainMenus.h"

#include "i18n/LanguageMenu.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

namespace gradus {

MainMenus::MainMenus(QMainWindow* window, QUndoStack* undoStack) : QObject(window)
{
    createFileMenu(window);
    createEditMenu(window, undoStack);
    createViewMenu(window);
    createHelpMenu(window);
}

QAction* MainMenus::make(const QString& text, const char* objectName, const QString& statusTip)
{
    auto* action = new QAction(text, parent());
    action->setObjectName(QString::fromLatin1(objectName));
    action->setStatusTip(statusTip);
    return action;
}

void MainMenus::createFileMenu(QMainWindow* window)
{
    m_fileMenu = window->menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));

    // Ctrl+N is New Patient on the Patients page, so a new database has Ctrl+Shift+N.
    m_newDatabase = make(tr("&New Database…"), "actionNewDatabase",
                         tr("Start an empty database in a new file"));
    m_newDatabase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_openDatabase = make(tr("&Open Database…"), "actionOpenDatabase",
                          tr("Open another database file or the clinic's server"));
    m_openDatabase->setShortcut(QKeySequence::Open);
    m_recentMenu = new QMenu(tr("Open &Recent"), window);
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_backUp = make(tr("&Back Up Database…"), "actionBackup",
                    tr("Save a complete copy of the database to a file"));
    m_exportMenu = new QMenu(tr("&Export"), window);
    m_exportMenu->setObjectName(QStringLiteral("menuExport"));
    m_printHandout = make(tr("&Print Handout…"), "actionPrintHandout",
                          tr("Print the handout of the programme shown on the Programme tab"));
    m_printHandout->setShortcut(QKeySequence::Print);
    m_printPreview = make(tr("Print Pre&view…"), "actionPrintPreview",
                          tr("See the handout's pages before printing"));
    m_printPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_quit = make(tr("&Quit"), "actionQuit", tr("Close Gradus"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    m_fileMenu->addAction(m_newDatabase);
    m_fileMenu->addAction(m_openDatabase);
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backUp);
    m_databaseSectionEnd = m_fileMenu->addSeparator();
    m_fileMenu->addMenu(m_exportMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printHandout);
    m_fileMenu->addAction(m_printPreview);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    setRecentDatabases({});
}

void MainMenus::addFileAction(FileSection section, QAction* action)
{
    switch (section) {
    case FileSection::Database:
        m_fileMenu->insertAction(m_databaseSectionEnd, action);
        break;
    case FileSection::Import:
        m_fileMenu->insertAction(m_exportMenu->menuAction(), action);
        break;
    case FileSection::Export:
        m_exportMenu->addAction(action);
        break;
    }
}

void MainMenus::setRecentDatabases(const QStringList& locations)
{
    m_recentMenu->clear();
    int n = 0;
    for (const QString& location : locations) {
        ++n;
        // "&1 clinic.sqlite — /home/sam/Gradus": the name first, where the eye looks.
        const bool server = location.startsWith(QLatin1String("postgresql://"));
        const QFileInfo info(location);
        QString label = server ? location
                               : tr("%1 — %2").arg(info.fileName(),
                                                   QDir::toNativeSeparators(info.absolutePath()));
        label.replace(u'&', QStringLiteral("&&"));
        if (n < 10)
            label = QStringLiteral("&%1 %2").arg(n).arg(label);
        QAction* action = m_recentMenu->addAction(label);
        action->setObjectName(QStringLiteral("actionRecent%1").arg(n));
        action->setData(location);
        action->setStatusTip(location);
        connect(action, &QAction::triggered, this,
                [this, location] { emit recentChosen(location); });
    }
    if (locations.isEmpty()) {
        QAction* none = m_recentMenu->addAction(tr("No Recent Databases"));
        none->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear Menu"));
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    connect(clear, &QAction::triggered, this, &MainMenus::clearRecentRequested);
}

void MainMenus::createEditMenu(QMainWindow* window, QUndoStack* undoStack)
{
    m_editMenu = window->menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("menuEdit"));
    // QUndoStack names the command: "Undo Record Visit", "Redo Add Exercise".
    m_undo = undoStack->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = undoStack->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    m_preferences = make(tr("&Preferences…"), "actionPreferences",
                         tr("The clinic's details, handout and pacing defaults, and this "
                            "desk's clinician"));
    // The platform's key where it has one (Ctrl+, on macOS); Ctrl+, elsewhere, as most
    // Linux desktop applications do.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (keys.isEmpty())
        keys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    m_preferences->setShortcuts(keys);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferences);
}

void MainMenus::createViewMenu(QMainWindow* window)
{
    m_viewMenu = window->menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_statusBar = m_viewMenu->addAction(tr("&Status Bar"));
    m_statusBar->setObjectName(QStringLiteral("actionStatusBar"));
    m_statusBar->setCheckable(true);
    m_statusBar->setChecked(true);
    connect(m_statusBar, &QAction::toggled, window->statusBar(), &QWidget::setVisible);
    m_fullScreen = m_viewMenu->addAction(tr("&Full Screen"));
    m_fullScreen->setObjectName(QStringLiteral("actionFullScreen"));
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreen, &QAction::toggled, window, [window](bool on) {
        window->setWindowState(on ? (window->windowState() | Qt::WindowFullScreen)
                                  : (window->windowState() & ~Qt::WindowFullScreen));
    });
    auto* language = new LanguageMenu(window);
    m_languageMenu = language;
    m_viewMenu->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this, &MainMenus::languageChosen);
}

void MainMenus::createHelpMenu(QMainWindow* window)
{
    m_helpMenu = window->menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));
    m_userGuide = make(tr("&User Guide"), "actionUserGuide", tr("How to use Gradus, step by step"));
    m_userGuide->setShortcut(QKeySequence::HelpContents);
    m_about = make(tr("&About Gradus"), "actionAbout", tr("Version, licence and database"));
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = make(tr("About &Qt"), "actionAboutQt", tr("The Qt toolkit Gradus is built with"));
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    m_helpMenu->addAction(m_userGuide);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
}

} // namespace gradus
