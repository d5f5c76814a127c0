#include "MainWindow.h"
#include "PlainMessageBox.h"

#include "AboutDialog.h"
#include "DatabaseSwitcher.h"
#include "DeferredWidget.h"
#include "MainMenus.h"
#include "Workspace.h"
#include "exchange/ExchangeActions.h"
#include "handout/HandoutLauncher.h"
#include "help/UserGuideWindow.h"
#include "patients/PatientView.h"
#include "patients/PatientsPage.h"
#include "programmes/ProgrammeBuilderView.h"
#include "programmes/ProgrammeTableModel.h"
#include "services/StoreSummary.h"
#include "settings/DeskSettings.h"
#include "settings/PreferencesDialog.h"
#include "undo/StoreUndoStack.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace gradus {

MainWindow::MainWindow(DatabaseSwitcher& switcher, QWidget* parent)
    : QMainWindow(parent), m_switcher(&switcher)
{
    init();
}

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent), m_switcher(new DatabaseSwitcher(workspace, this))
{
    init();
}

MainWindow::~MainWindow()
{
    // The pages hold the workspace; they go before whoever owns it.
    clearPages();
}

void MainWindow::init()
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gradus.svg")));
    m_desk = new DeskSettings(this);
    m_undoStack = new StoreUndoStack(this);
    // A change refused when it was made is shown where it was asked; an undo or redo refused
    // later is the Edit menu's, so it is told here, once for every view.
    connect(m_undoStack, &StoreUndoStack::failed, this,
            [this](const QString& step, const Error& error) {
                PlainMessageBox::warning(
                    this, tr("Cannot Undo or Redo"),
                    tr("\"%1\" could not be undone or redone: %2\n\nIt has been taken out of the "
                       "undo history.")
                        .arg(step, error.message));
            });
    m_menus = new MainMenus(this, m_undoStack);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    setCentralWidget(m_pages);
    m_navigation = new QToolBar(tr("Navigation"), this);
    m_navigation->setObjectName(QStringLiteral("navigationBar"));
    m_navigation->setMovable(false);
    m_navigation->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_navigation->setIconSize(QSize(32, 32));
    addToolBar(Qt::LeftToolBarArea, m_navigation);
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    m_menus->viewMenu()->addSeparator();
    m_viewPagesEnd = m_menus->viewMenu()->addSeparator();
    m_navigation->toggleViewAction()->setText(tr("&Navigation Bar"));
    m_menus->viewMenu()->addAction(m_navigation->toggleViewAction());

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);

    connectMenus();
    buildPages();
    updateDatabaseInfo();
    statusBar()->showMessage(tr("Ready"), 3000);
    restoreWindowState();
}

Workspace& MainWindow::workspace() const
{
    return m_switcher->current();
}

void MainWindow::connectMenus()
{
    MainMenus* m = m_menus;
    connect(m->newDatabase(), &QAction::triggered, this, [this] { m_switcher->chooseNew(this); });
    connect(m->openDatabase(), &QAction::triggered, this,
            [this] { m_switcher->chooseAndOpen(this); });
    connect(m, &MainMenus::recentChosen, this,
            [this](const QString& location) { m_switcher->openRecent(location, this); });
    connect(m, &MainMenus::clearRecentRequested, this, [this] {
        m_desk->reset(DeskSettings::Key::RecentDatabases);
        m_menus->setRecentDatabases({});
    });
    connect(m->backUp(), &QAction::triggered, this, [this] { m_switcher->chooseBackUp(this); });
    connect(m->printHandout(), &QAction::triggered, this, &MainWindow::printHandout);
    connect(m->printPreview(), &QAction::triggered, this, &MainWindow::printPreview);
    connect(m->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m->preferences(), &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m->userGuide(), &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m->about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m->aboutQt(), &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m, &MainMenus::languageChosen, this, &MainWindow::languageChangeRequested);
    // The print actions say in the menu whether there is a handout to print; their keys
    // always work and explain when there is none.
    connect(m->fileMenu(), &QMenu::aboutToShow, this, &MainWindow::updatePrintActions);
    connect(m->fileMenu(), &QMenu::aboutToHide, this, [this] {
        m_menus->printHandout()->setEnabled(true);
        m_menus->printPreview()->setEnabled(true);
    });

    connect(m_switcher, &DatabaseSwitcher::switched, this, &MainWindow::rebuild);
    connect(m_switcher, &DatabaseSwitcher::statusMessage, this, &MainWindow::showStatus);
    connect(m_switcher, &DatabaseSwitcher::recentChanged, this,
            [this] { m_menus->setRecentDatabases(m_desk->recentDatabases()); });
    m_menus->setRecentDatabases(m_desk->recentDatabases());
}

void MainWindow::showStatus(const QString& message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::clearPages()
{
    // Undo commands refer to the workspace they were made on.
    m_undoStack->clear();
    for (QAction* action : m_pageActions->actions()) {
        m_pageActions->removeAction(action);
        delete action; // also leaves the navigation bar and the View menu
    }
    m_builder = nullptr;
    m_patientView = nullptr;
    m_deferred.clear();
    // Its actions leave the File menu with it; the new pages bring their own.
    delete m_exchange;
    m_exchange = nullptr;
    // From the last: taking out the page on show would show the next one first (the exercise
    // library, say, drawing all its thumbnails only to be deleted).
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(m_pages->count() - 1);
        m_pages->removeWidget(page);
        delete page;
    }
}

void MainWindow::rebuild()
{
    QWidget* shown = currentPage();
    const int index = shown ? m_pages->indexOf(shown) : 0;
    clearPages();
    buildPages();
    if (index > 0 && index < m_pages->count())
        showPage(m_pages->widget(index));
    updateDatabaseInfo();
}

QList<QWidget*> MainWindow::pages() const
{
    QList<QWidget*> list;
    for (int i = 0; i < m_pages->count(); ++i)
        list << m_pages->widget(i);
    return list;
}

QWidget* MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::showPage(QWidget* page)
{
    // A page built on first use is shown by its place or by its content.
    while (page && m_pages->indexOf(page) < 0)
        page = page->parentWidget();
    const int index = page ? m_pages->indexOf(page) : -1;
    if (index < 0)
        return;
    m_pages->setCurrentIndex(index);
    m_pageActions->actions().at(index)->setChecked(true);
}

void MainWindow::updateDatabaseInfo()
{
    const Database& db = workspace().db();
    const QString where = db.location().displayName();
    const bool sqlite = db.backend() == SqlBackend::Sqlite;
    m_databaseLabel->setText(sqlite ? tr("Database: %1").arg(where) : tr("Server: %1").arg(where));
    m_databaseLabel->setToolTip(tr("Schema version %1").arg(db.schemaVersion()));
    m_menus->backUp()->setEnabled(sqlite);
    setWindowTitle(
        tr("%1 – Gradus").arg(sqlite ? QFileInfo(where).fileName() : db.location().databaseName));
}

void MainWindow::updatePrintActions()
{
    // What is printed is the programme of the patient open now, even if its tab was not.
    ProgrammeBuilderView* builder =
        m_builder ? m_builder->contentAs<ProgrammeBuilderView>() : nullptr;
    if (m_patientView && builder)
        m_patientView->bringUpToDate(m_builder);
    const bool printable =
        builder && builder->programmeId() != 0 && builder->tableModel()->rowCount() > 0;
    m_menus->printHandout()->setEnabled(printable);
    m_menus->printPreview()->setEnabled(printable);
}

void MainWindow::printHandout()
{
    updatePrintActions();
    if (!m_menus->printHandout()->isEnabled()) {
        m_menus->printHandout()->setEnabled(true);
        m_menus->printPreview()->setEnabled(true);
        PlainMessageBox::information(
            this, tr("Print Handout"),
            tr("Open a patient and the programme on the Programme tab; its "
               "handout is what is printed."));
        return;
    }
    outputHandout(workspace(), m_builder->contentAs<ProgrammeBuilderView>()->programme(),
                  HandoutOutput::Print, this);
}

void MainWindow::printPreview()
{
    updatePrintActions();
    if (!m_menus->printPreview()->isEnabled()) {
        m_menus->printHandout()->setEnabled(true);
        m_menus->printPreview()->setEnabled(true);
        PlainMessageBox::information(
            this, tr("Print Preview"),
            tr("Open a patient and the programme on the Programme tab; its "
               "handout is what is shown."));
        return;
    }
    outputHandout(workspace(), m_builder->contentAs<ProgrammeBuilderView>()->programme(),
                  HandoutOutput::Preview, this);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(workspace(), *m_desk, this);
    if (dialog.exec() == QDialog::Accepted)
        showStatus(tr("Preferences saved"));
}

void MainWindow::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuideWindow(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(StoreSummary::of(workspace()), this);
    dialog.exec();
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_desk->value(DeskSettings::Key::MainWindowGeometry).toByteArray()))
        resize(1200, 780);
    restoreState(m_desk->value(DeskSettings::Key::MainWindowState).toByteArray());
}

void MainWindow::saveWindowState() const
{
    m_desk->setValue(DeskSettings::Key::MainWindowGeometry, saveGeometry());
    m_desk->setValue(DeskSettings::Key::MainWindowState, saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

} // namespace gradus
