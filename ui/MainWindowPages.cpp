// The pages of the main window and the patient view's tabs, assembled on the workspace open
// now. Only what the first paint shows is built with the window; the rest waits in a
// DeferredWidget and is built as soon as the window has painted, one per turn of the event
// loop, or at once when the clinician reaches it first.
#include "MainWindow.h"

#include "DeferredWidget.h"
#include "MainMenus.h"
#include "WelcomeView.h"
#include "Workspace.h"
#include "exchange/ExchangeActions.h"
#include "exercises/ExerciseLibraryView.h"
#include "history/RecordHistoryTab.h"
#include "pacing/PacingReviewDialog.h"
#include "pacing/PacingTab.h"
#include "patients/PatientView.h"
#include "patients/PatientsPage.h"
#include "programmes/ProgrammeBuilderView.h"
#include "safety/RedFlagTab.h"
#include "services/StoreSummary.h"
#include "visits/PatientProgressView.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMenu>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>

namespace gradus {

void MainWindow::buildPages()
{
    Workspace& ws = workspace();
    // Patients first: finding the patient is where a clinician's work starts. Other
    // features add tabs to patientsPage->patientView() and follow its patientChanged().
    auto* patientsPage = new PatientsPage(ws, m_undoStack, this);
    addPage(patientsPage, tr("&Patients"), QStringLiteral(":/icons/patients.svg"));
    connect(patientsPage, &PatientsPage::statusMessage, this, &MainWindow::showStatus);
    PatientView* patientView = patientsPage->patientView();
    m_patientView = patientView;
    // File → Export ▸, Import Programme… and Restore Backup… (ui/exchange), for the patient
    // shown; made anew with the pages, on the database now open.
    m_exchange = new ExchangeActions(ws, this);
    m_menus->addFileAction(MainMenus::FileSection::Database, m_exchange->restoreAction());
    m_menus->addFileAction(MainMenus::FileSection::Import, m_exchange->importProgrammeAction());
    for (QAction* action : {m_exchange->exportFhirAction(), m_exchange->exportProgrammeAction(),
                            m_exchange->exportOutcomesAction()})
        m_menus->addFileAction(MainMenus::FileSection::Export, action);
    connect(patientView, &PatientView::patientChanged, m_exchange, &ExchangeActions::setPatient);

    // The tabs that read much (visits, programme, pacing, history) load the patient when they
    // are turned to, and are built after the first paint; the red flags tab is built and loads
    // with the patient, for the alert beside the name.
    auto* progress = deferred(QStringLiteral("visitsTab"), [this, &ws](QWidget* parent) {
        auto* view = new PatientProgressView(ws, m_undoStack, parent);
        view->setTitleVisible(false); // the patient view's header already names the patient
        // A recorded visit brings the review of the patient's graded activity plans.
        connect(view, &PatientProgressView::visitRecorded, this, [this, view](qint64 patientId) {
            PacingReviewDialog::offer(workspace(), patientId, view->clinicianName(), this);
        });
        return view;
    });
    patientView->addFollowingTab(progress, tr("&Visits && outcomes"), [progress](qint64 id) {
        progress->contentAs<PatientProgressView>()->setPatient(id);
    });
    m_builder = deferred(QStringLiteral("programmeTab"), [this, &ws](QWidget* parent) {
        return new ProgrammeBuilderView(ws, m_undoStack, parent);
    });
    patientView->addFollowingTab(m_builder, tr("&Programme"), [builder = m_builder](qint64 id) {
        builder->contentAs<ProgrammeBuilderView>()->setPatient(id);
    });
    connect(m_exchange, &ExchangeActions::programmeImported, this,
            [this](qint64, qint64 programmeId) {
                m_patientView->bringUpToDate(m_builder);
                m_builder->contentAs<ProgrammeBuilderView>()->showVersion(programmeId);
            });
    auto* redFlags = new RedFlagTab(ws, patientView);
    patientView->addTab(redFlags, tr("&Red flags"));
    connect(patientView, &PatientView::patientChanged, redFlags, &RedFlagTab::setPatient);
    connect(redFlags, &RedFlagTab::alertChanged, patientView,
            [patientView, redFlags](const QString& text, const QString& toolTip) {
                patientView->setAlert(redFlags, text, toolTip);
            });
    connect(redFlags, &RedFlagTab::statusMessage, this, &MainWindow::showStatus);
    auto* pacing = deferred(QStringLiteral("pacingTab"), [this, &ws](QWidget* parent) {
        auto* tab = new PacingTab(ws, m_undoStack, parent);
        connect(tab, &PacingTab::statusMessage, this, &MainWindow::showStatus);
        return tab;
    });
    patientView->addFollowingTab(pacing, tr("P&acing"), [pacing](qint64 id) {
        pacing->contentAs<PacingTab>()->setPatient(id);
    });
    auto* history = deferred(QStringLiteral("historyTab"),
                             [&ws](QWidget* parent) { return new RecordHistoryTab(ws, parent); });
    patientView->addFollowingTab(history, tr("&History"), [history](qint64 id) {
        history->contentAs<RecordHistoryTab>()->setPatient(id);
    });

    addPage(deferred(QStringLiteral("ExerciseLibraryView"),
                     [this, &ws](QWidget* parent) {
                         return new ExerciseLibraryView(ws, m_undoStack, parent);
                     }),
            tr("&Exercises"), QStringLiteral(":/icons/exercises.svg"));
    addPage(
        deferred(QStringLiteral("WelcomeView"),
                 [&ws](QWidget* parent) { return new WelcomeView(StoreSummary::of(ws), parent); }),
        tr("&Welcome"), QStringLiteral(":/icons/gradus.svg"));
    // Pages built anew on another database, after the window has long been painted.
    if (m_painted)
        QTimer::singleShot(0, this, &MainWindow::buildNextDeferred);
}

DeferredWidget* MainWindow::deferred(const QString& name, std::function<QWidget*(QWidget*)> build)
{
    auto* place = new DeferredWidget(name, std::move(build), this);
    m_deferred.append(place);
    return place;
}

void MainWindow::buildDeferred()
{
    for (const QPointer<DeferredWidget>& place : std::as_const(m_deferred))
        if (place)
            place->content();
}

void MainWindow::buildNextDeferred()
{
    for (const QPointer<DeferredWidget>& place : std::as_const(m_deferred)) {
        if (place && !place->isBuilt()) {
            place->content();
            // One per turn, so that the clinician's first click is not kept waiting.
            QTimer::singleShot(0, this, &MainWindow::buildNextDeferred);
            return;
        }
    }
}

bool MainWindow::event(QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &MainWindow::buildNextDeferred);
    }
    return QMainWindow::event(event);
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

} // namespace gradus
