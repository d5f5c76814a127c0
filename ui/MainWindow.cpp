#include "MainWindow.h"

#include "AboutDialog.h"
#include "WelcomeView.h"
#include "Workspace.h"
#include "exchange/ExchangeActions.h"
#include "exercises/ExerciseLibraryView.h"
#include "history/RecordHistoryTab.h"
#include "i18n/LanguageMenu.h"
#include "log/Logging.h"
#include "pacing/PacingReviewDialog.h"
#include "pacing/PacingTab.h"
#include "patients/PatientView.h"
#include "patients/PatientsPage.h"
#include "programmes/ProgrammeBuilderView.h"
#include "safety/RedFlagTab.h"
#include "visits/PatientProgressView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace gradus {

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent), m_workspace(workspace), m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Gradus"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gradus.svg")));
    createMenus();
    createPages();
    createStatusBar();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
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
    m_viewMenu->addSeparator();

    // Patients first: finding the patient is where a clinician's work starts. Other
    // features add tabs to patientsPage->patientView() and follow its patientChanged().
    auto* patientsPage = new PatientsPage(m_workspace, m_undoStack, this);
    addPage(patientsPage, tr("Patients"), QStringLiteral(":/icons/patients.svg"));
    connect(patientsPage, &PatientsPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    PatientView* patientView = patientsPage->patientView();
    // File > Export, Import Programme, Restore Backup (ui/exchange), for the patient shown.
    auto* exchange = new ExchangeActions(m_workspace, this);
    exchange->addTo(m_fileMenu);
    connect(patientView, &PatientView::patientChanged, exchange, &ExchangeActions::setPatient);
    auto* progress = new PatientProgressView(m_workspace, m_undoStack, patientView);
    progress->setTitleVisible(false); // the patient view's header already names the patient
    patientView->addTab(progress, tr("&Visits && outcomes"));
    connect(patientView, &PatientView::patientChanged, progress, &PatientProgressView::setPatient);
    auto* builder = new ProgrammeBuilderView(m_workspace, m_undoStack, patientView);
    patientView->addTab(builder, tr("&Programme"));
    connect(patientView, &PatientView::patientChanged, builder, &ProgrammeBuilderView::setPatient);
    connect(exchange, &ExchangeActions::programmeImported, builder,
            [builder](qint64, qint64 programmeId) { builder->showVersion(programmeId); });
    auto* redFlags = new RedFlagTab(m_workspace, patientView);
    patientView->addTab(redFlags, tr("&Red flags"));
    connect(patientView, &PatientView::patientChanged, redFlags, &RedFlagTab::setPatient);
    connect(redFlags, &RedFlagTab::alertChanged, patientView,
            [patientView, redFlags](const QString& text, const QString& toolTip) {
                patientView->setAlert(redFlags, text, toolTip);
            });
    connect(redFlags, &RedFlagTab::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    auto* pacing = new PacingTab(m_workspace, m_undoStack, patientView);
    patientView->addTab(pacing, tr("P&acing"));
    connect(patientView, &PatientView::patientChanged, pacing, &PacingTab::setPatient);
    connect(pacing, &PacingTab::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    auto* history = new RecordHistoryTab(m_workspace, patientView);
    patientView->addTab(history, tr("&History"));
    connect(patientView, &PatientView::patientChanged, history, &RecordHistoryTab::setPatient);
    // A recorded visit brings the review of the patient's graded activity plans.
    connect(progress, &PatientProgressView::visitRecorded, this,
            [this, progress](qint64 patientId) {
                PacingReviewDialog::offer(m_workspace, patientId, progress->clinicianName(), this);
            });
    addPage(new ExerciseLibraryView(m_workspace, m_undoStack, this), tr("Exercises"),
            QStringLiteral(":/icons/exercises.svg"));
    addPage(new WelcomeView(m_workspace.db(), this), tr("Welcome"),
            QStringLiteral(":/icons/gradus.svg"));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_navigation->toggleViewAction());
}

void MainWindow::addPage(QWidget* page, const QString& title, const QString& iconPath)
{
    m_pages->addWidget(page);
    QAction* action = m_navigation->addAction(QIcon(iconPath), title);
    action->setObjectName(QStringLiteral("actionPage") + page->objectName());
    action->setCheckable(true);
    action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_0 + m_pages->count())));
    action->setToolTip(QStringLiteral("%1 (%2)").arg(
        title, action->shortcut().toString(QKeySequence::NativeText)));
    m_pageActions->addAction(action);
    m_viewMenu->addAction(action);
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

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->setObjectName(QStringLiteral("menuFile"));
    QAction* backup = file->addAction(tr("&Back Up Database…"), this, &MainWindow::backUpDatabase);
    backup->setObjectName(QStringLiteral("actionBackup"));
    backup->setEnabled(m_workspace.db().backend() == SqlBackend::Sqlite);
    backup->setStatusTip(tr("Save a complete copy of the database to a file"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_editMenu = edit;
    edit->setObjectName(QStringLiteral("menuEdit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    view->setObjectName(QStringLiteral("menuView"));
    QAction* statusBarToggle = view->addAction(tr("&Status Bar"));
    statusBarToggle->setObjectName(QStringLiteral("actionStatusBar"));
    statusBarToggle->setCheckable(true);
    statusBarToggle->setChecked(true);
    connect(statusBarToggle, &QAction::toggled, statusBar(), &QWidget::setVisible);
    QAction* fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setObjectName(QStringLiteral("actionFullScreen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen)
                          : (windowState() & ~Qt::WindowFullScreen));
    });
    auto* language = new LanguageMenu(this);
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this, &MainWindow::languageChangeRequested);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction* about = help->addAction(tr("&About Gradus"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    const Database& db = m_workspace.db();
    const QString where = db.location().displayName();
    m_databaseLabel->setText(db.backend() == SqlBackend::Sqlite ? tr("Database: %1").arg(where)
                                                                : tr("Server: %1").arg(where));
    m_databaseLabel->setToolTip(tr("Schema version %1").arg(db.schemaVersion()));
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->showMessage(tr("Ready"), 3000);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 780);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::backUpDatabase()
{
    const QFileInfo current(m_workspace.db().location().filePath);
    const QString suggested = current.dir().filePath(
        QStringLiteral("gradus-backup-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString target = QFileDialog::getSaveFileName(this, tr("Back Up Database"), suggested,
                                                        tr("Gradus database (*.sqlite)"));
    if (target.isEmpty())
        return;
    // The dialog has already asked before replacing; the old file stays until the copy is whole.
    if (auto st = m_workspace.db().backupTo(target, true); !st) {
        QMessageBox::warning(this, tr("Backup failed"), st.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backup saved to %1").arg(target), 8000);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_workspace.db(), this);
    dialog.exec();
}

} // namespace gradus
