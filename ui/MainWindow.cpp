#include "MainWindow.h"
#include "PlainMessageBox.h"

#include "AboutDialog.h"
#include "DatabaseSwitcher.h"
#include "MainMenus.h"
#include "WelcomeView.h"
#include "Workspace.h"
#include "exchange/ExchangeActions.h"
#include "exercises/ExerciseLibraryView.h"
#include "handout/HandoutLauncher.h"
#include "help/UserGuideWindow.h"
#include "history/RecordHistoryTab.h"
#include "pacing/PacingReviewDialog.h"
#include "pacing/PacingTab.h"
#include "patients/PatientView.h"
#include "patients/PatientsPage.h"
#include "programmes/ProgrammeBuilderView.h"
#include "programmes/ProgrammeTableModel.h"
#include "safety/RedFlagTab.h"
#include "settings/DeskSettings.h"
#include "settings/PreferencesDialog.h"
#include "visits/PatientProgressView.h"

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
#include <QUndoStack>

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
    m_undoStack = new QUndoStack(this);
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

void MainWindow::buildPages()
{
    Workspace& ws = workspace();
    // Patients first: finding the patient is where a clinician's work starts. Other
    // features add tabs to patientsPage->patientView() and follow its patientChanged().
    auto* patientsPage = new PatientsPage(ws, m_undoStack, this);
    addPage(patientsPage, tr("&Patients"), QStringLiteral(":/icons/patients.svg"));
    connect(patientsPage, &PatientsPage::statusMessage, this, &MainWindow::showStatus);
    PatientView* patientView = patientsPage->patientView();
    // File → Export ▸, Import Programme… and Restore Backup… (ui/exchange), for the patient
    // shown; made anew with the pages, on the database now open.
    m_exchange = new ExchangeActions(ws, this);
    m_menus->addFileAction(MainMenus::FileSection::Database, m_exchange->restoreAction());
    m_menus->addFileAction(MainMenus::FileSection::Import, m_exchange->importProgrammeAction());
    for (QAction* action : {m_exchange->exportFhirAction(), m_exchange->exportProgrammeAction(),
                            m_exchange->exportOutcomesAction()})
        m_menus->addFileAction(MainMenus::FileSection::Export, action);
    connect(patientView, &PatientView::patientChanged, m_exchange, &ExchangeActions::setPatient);
    auto* progress = new PatientProgressView(ws, m_undoStack, patientView);
    progress->setTitleVisible(false); // the patient view's header already names the patient
    // The tabs that read much (visits, programme, pacing, history) load the patient when they
    // are turned to; the red flags tab always does, for the alert beside the name.
    patientView->addFollowingTab(progress, tr("&Visits && outcomes"),
                                 [progress](qint64 id) { progress->setPatient(id); });
    m_builder = new ProgrammeBuilderView(ws, m_undoStack, patientView);
    m_patientView = patientView;
    patientView->addFollowingTab(m_builder, tr("&Programme"),
                                 [builder = m_builder](qint64 id) { builder->setPatient(id); });
    connect(m_exchange, &ExchangeActions::programmeImported, m_builder,
            [this](qint64, qint64 programmeId) {
                m_patientView->bringUpToDate(m_builder);
                m_builder->showVersion(programmeId);
            });
    auto* redFlags = new RedFlagTab(ws, patientView);
    patientView->addTab(redFlags, tr("&Red flags"));
    connect(patientView, &PatientView::patientChanged, redFlags, &RedFlagTab::setPatient);
    connect(redFlags, &RedFlagTab::alertChanged, patientView,
            [patientView, redFlags](const QString& text, const QString& toolTip) {
                patientView->setAlert(redFlags, text, toolTip);
            });
    connect(redFlags, &RedFlagTab::statusMessage, this, &MainWindow::showStatus);
    auto* pacing = new PacingTab(ws, m_undoStack, patientView);
    patientView->addFollowingTab(pacing, tr("P&acing"),
                                 [pacing](qint64 id) { pacing->setPatient(id); });
    connect(pacing, &PacingTab::statusMessage, this, &MainWindow::showStatus);
    auto* history = new RecordHistoryTab(ws, patientView);
    patientView->addFollowingTab(history, tr("&History"),
                                 [history](qint64 id) { history->setPatient(id); });
    // A recorded visit brings the review of the patient's graded activity plans.
    connect(progress, &PatientProgressView::visitRecorded, this,
            [this, progress](qint64 patientId) {
                PacingReviewDialog::offer(workspace(), patientId, progress->clinicianName(), this);
            });
    addPage(new ExerciseLibraryView(ws, m_undoStack, this), tr("&Exercises"),
            QStringLiteral(":/icons/exercises.svg"));
    addPage(new WelcomeView(ws.db(), this), tr("&Welcome"), QStringLiteral(":/icons/gradus.svg"));
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

void MainWindow::addPage(QWidget* page, const QString& title, const QString& iconPath)
{
    m_pages->addWidget(page);
    auto* action = new QAction(QIcon(iconPath), title, this);
    action->setObjectName(QStringLiteral("actionPage") + page->objectName());
    action->setCheckable(true);
    action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_0 + m_pages->count())));
    // The title has its menu accelerator ("&Patients"); the bar and tooltip show it without.
    action->setToolTip(QStringLiteral("%1 (%2)").arg(
        action->iconText(), action->shortcut().toString(QKeySequence::NativeText)));
    m_navigation->addAction(action);
    m_pageActions->addAction(action);
    m_menus->viewMenu()->insertAction(m_viewPagesEnd, action);
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    if (m_pages->count() == 1)
        action->setChecked(true);
}

QWidget* MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::showPage(QWidget* page)
{
    const int index = m_pages->indexOf(page);
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
    if (m_patientView && m_builder)
        m_patientView->bringUpToDate(m_builder);
    const bool printable =
        m_builder && m_builder->programmeId() != 0 && m_builder->tableModel()->rowCount() > 0;
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
    outputHandout(workspace(), m_builder->programme(), HandoutOutput::Print, this);
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
    outputHandout(workspace(), m_builder->programme(), HandoutOutput::Preview, this);
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
    AboutDialog dialog(workspace().db(), this);
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
