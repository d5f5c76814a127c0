#include "visits/PatientProgressView.h"
#include "BackgroundTask.h"
#include "PlainMessageBox.h"
#include "RefreshWhenShown.h"
#include "undo/StoreUndoStack.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "report/ProgressReport.h"
#include "services/EpisodeRecords.h"
#include "services/PatientRecords.h"
#include "services/ProgressLoader.h"
#include "services/VisitRecords.h"
#include "settings/DeskSettings.h"
#include "style/Tones.h"
#include "visits/ChangeTableModel.h"
#include "visits/MeasureDialog.h"
#include "visits/MeasureTableModel.h"
#include "visits/ProgressChartsWidget.h"
#include "visits/RecordHistoryHtml.h"
#include "visits/VisitDialog.h"
#include "visits/VisitTableModel.h"
#include "visits/VisitUndoCommands.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>

namespace gradus {
namespace {

const auto log = &logging::module<"ui.visits">;

} // namespace

PatientProgressView::PatientProgressView(Workspace& workspace, StoreUndoStack* undoStack,
                                         QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("PatientProgressView"));
    buildUi();
    // Storage announces every change; the view reloads when visits or measures change
    // (its own edits, an undo, another view, or demo data), or once shown again when it is
    // behind another tab.
    m_refresh = new RefreshWhenShown(this, [this] { reloadRecords(); });
    m_workspace.notifier().follow(this, [this](StoreNotifier::Kind kind) {
        if (m_patientId > 0 &&
            (kind == StoreNotifier::Kind::Visit || kind == StoreNotifier::Kind::Measure))
            m_refresh->request();
    });
    updateActions();
}

PatientProgressView::~PatientProgressView() = default;

QString PatientProgressView::clinicianName() const
{
    return DeskSettings().clinicianName();
}

void PatientProgressView::setClinicianName(const QString& name)
{
    if (!name.trimmed().isEmpty())
        DeskSettings().setClinicianName(name);
}

void PatientProgressView::setTitleVisible(bool visible)
{
    m_title->setVisible(visible);
}

void PatientProgressView::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    reload();
}

void PatientProgressView::reload()
{
    m_patientName.clear();
    m_patientFound = false;
    if (m_patientId > 0) {
        auto patient = PatientRecords(m_workspace).get(m_patientId);
        if (patient) {
            m_patientFound = true;
            m_patientName = patient->givenName + u' ' + patient->familyName;
            const QDate born = patient->dateOfBirth;
            m_title->setText(
                tr("%1, born %2")
                    .arg(m_patientName, QLocale().toString(born, QLocale::ShortFormat)));
        } else {
            m_title->setText(tr("Patient %1 not found").arg(m_patientId));
        }
    } else {
        m_title->setText(tr("No patient selected"));
    }
    reloadRecords();
}

void PatientProgressView::reloadRecords()
{
    const std::optional<Visit> keepVisit = selectedVisit();
    const std::optional<Measure> keepMeasure = selectedMeasure();
    m_data = ProgressData{};
    QString unreadable;
    if (m_patientFound) {
        auto data = ProgressLoader::load(m_workspace, m_patientId,
                                         ProgressLoader::PatientLookup::AlreadyRead);
        if (data) {
            m_data = std::move(*data);
        } else {
            unreadable = data.error().message;
            log()->warn("progress of patient {} could not be loaded", m_patientId);
        }
    }

    // The lists can include withdrawn entries; charts and changes never do.
    QList<Visit> visits = m_data.visits;
    QList<Measure> measures = m_data.measures;
    if (m_showWithdrawn->isChecked() && m_patientId > 0) {
        if (auto all = VisitRecords(m_workspace).visits(m_patientId, true))
            visits = *all;
        if (auto all = VisitRecords(m_workspace).measures(m_patientId, true))
            measures = *all;
    }
    m_visitModel->setRecords(visits);
    m_measureModel->setRecords(measures);
    m_changeModel->setRecords(m_data.changes);
    // Long PSFS activity names would push "What it means" out of sight; they elide, and the
    // tooltip has them whole.
    m_changeTable->resizeColumnsToContents();
    m_changeTable->setColumnWidth(ChangeTableModel::Measure,
                                  std::min(m_changeTable->columnWidth(ChangeTableModel::Measure),
                                           m_changeTable->fontMetrics().horizontalAdvance(
                                               QStringLiteral("Worst pain in 24 h (NPRS)")) +
                                               12));
    m_changeTable->setFixedHeight(m_changeTable->horizontalHeader()->height() +
                                  m_changeTable->verticalHeader()->length() +
                                  2 * m_changeTable->frameWidth() +
                                  m_changeTable->horizontalScrollBar()->sizeHint().height());
    if (unreadable.isEmpty())
        m_charts->setData(m_data);
    else
        m_charts->showUnreadable();
    m_visitTable->resizeColumnsToContents();
    m_measureTable->resizeColumnsToContents();

    // Records that could not be read are not "no visits": a clinician would record a new
    // baseline over a history that exists.
    tones::setTextTone(m_summary, unreadable.isEmpty() ? tones::Tone::Muted : tones::Tone::Error,
                       !unreadable.isEmpty());
    if (!unreadable.isEmpty())
        m_summary->setText(tr("The visits and measures could not be read, so none are shown "
                              "and there is nothing to compare. Cause: %1")
                               .arg(unreadable));
    else if (m_data.visits.isEmpty())
        m_summary->setText(m_patientId > 0 ? tr("No visits recorded yet.") : QString());
    else
        m_summary->setText(
            tr("%1 visits from %2 to %3 \u00b7 %4 outcome measures", nullptr,
               int(m_data.visits.size()))
                .arg(m_data.visits.size())
                .arg(QLocale().toString(m_data.visits.first().record.date, QLocale::ShortFormat),
                     QLocale().toString(m_data.visits.last().record.date, QLocale::ShortFormat))
                .arg(m_data.measures.size()));
    if (keepVisit)
        selectVisit(keepVisit->id);
    if (keepMeasure) {
        const int row = m_measureModel->rowOf(keepMeasure->id);
        if (row >= 0)
            m_measureTable->setCurrentIndex(
                m_measureProxy->mapFromSource(m_measureModel->index(row, 0)));
    }
    updateHistory();
    updateActions();
}

void PatientProgressView::selectVisit(qint64 visitId)
{
    const int row = m_visitModel->rowOf(visitId);
    if (row < 0)
        return;
    m_tabs->setCurrentWidget(m_visitTable);
    m_visitTable->setCurrentIndex(m_visitProxy->mapFromSource(m_visitModel->index(row, 0)));
}

std::optional<Visit> PatientProgressView::selectedVisit() const
{
    if (!m_visitTable)
        return std::nullopt;
    const QModelIndex index = m_visitProxy->mapToSource(m_visitTable->currentIndex());
    if (!index.isValid() || index.row() >= m_visitModel->records().size())
        return std::nullopt;
    return m_visitModel->records().at(index.row());
}

std::optional<Measure> PatientProgressView::selectedMeasure() const
{
    if (!m_measureTable)
        return std::nullopt;
    const QModelIndex index = m_measureProxy->mapToSource(m_measureTable->currentIndex());
    if (!index.isValid() || index.row() >= m_measureModel->records().size())
        return std::nullopt;
    return m_measureModel->records().at(index.row());
}

void PatientProgressView::updateActions()
{
    const bool patient = m_patientId > 0;
    m_recordVisit->setEnabled(patient);
    m_recordMeasure->setEnabled(patient);
    m_saveReport->setEnabled(patient);
    const bool onVisits = m_tabs->currentWidget() == m_visitTable;
    const auto visit = selectedVisit();
    const auto measure = selectedMeasure();
    m_amend->setEnabled(patient && (onVisits ? visit && !visit->enteredInError
                                             : measure && !measure->enteredInError));
}

QString PatientProgressView::historyText() const
{
    return m_history->toPlainText();
}

void PatientProgressView::updateHistory()
{
    if (m_tabs->currentWidget() == m_visitTable) {
        const auto visit = selectedVisit();
        if (!visit) {
            m_history->setHtml(tr("<i>Select a visit to see what was recorded, and every "
                                  "correction with who, when and why.</i>"));
            return;
        }
        auto history = VisitRecords(m_workspace).visitHistory(visit->id);
        if (history)
            m_history->setHtml(RecordHistoryHtml::forVisit(*visit, *history));
        else
            m_history->setPlainText(history.error().message);
        return;
    }
    const auto measure = selectedMeasure();
    if (!measure) {
        m_history->setHtml(tr("<i>Select a measure to see its answers and history.</i>"));
        return;
    }
    auto history = VisitRecords(m_workspace).measureHistory(measure->id);
    if (history)
        m_history->setHtml(RecordHistoryHtml::forMeasure(*measure, *history));
    else
        m_history->setPlainText(history.error().message);
}

Status PatientProgressView::recordVisit(const VisitRecord& record)
{
    if (m_patientId <= 0)
        return Error{QStringLiteral("patient.none"), tr("No patient is selected.")};
    std::optional<qint64> episode;
    if (!m_data.visits.isEmpty())
        episode = m_data.visits.last().episodeId;
    if (!episode) {
        // A visit filed under no episode because the episode could not be read would drop
        // out of the episode's progress: refuse instead.
        auto open = EpisodeRecords(m_workspace).openEpisode(m_patientId);
        if (!open)
            return open.error();
        if (*open)
            episode = (*open)->id;
    }
    return m_undoStack->run(
        new RecordVisitCommand(m_workspace, m_patientId, episode, record, clinicianName()));
}

Status PatientProgressView::amendVisit(const Visit& shown, const VisitRecord& corrected,
                                       const QString& who, const QString& reason)
{
    return m_undoStack->run(new AmendVisitCommand(m_workspace, shown, corrected, who, reason));
}

Status PatientProgressView::recordMeasure(MeasureInput input, const QString& who)
{
    if (m_patientId <= 0)
        return Error{QStringLiteral("patient.none"), tr("No patient is selected.")};
    input.patientId = m_patientId;
    return m_undoStack->run(new RecordMeasureCommand(m_workspace, std::move(input), who));
}

Status PatientProgressView::amendMeasure(const Measure& shown, const QDate& takenOn,
                                         const MeasureAnswers& answers, const QString& who,
                                         const QString& reason)
{
    return m_undoStack->run(
        new AmendMeasureCommand(m_workspace, shown, takenOn, answers, who, reason));
}

Status PatientProgressView::saveReport(const QString& path)
{
    if (m_patientId <= 0)
        return Error{QStringLiteral("patient.none"), tr("No patient is selected.")};
    // The report reads the whole history and draws charts: on a worker, so the window stays
    // alive on a long record.
    return BackgroundTask::runOnStore(
        this, m_workspace, tr("Saving the progress report…"),
        [patientId = m_patientId, by = clinicianName(), path](Workspace& store, TaskProgress&) {
            return ProgressReport::writePdf(store, patientId, by, path);
        });
}

void PatientProgressView::openRecordVisitDialog()
{
    if (m_patientId <= 0)
        return;
    VisitDialog dialog(VisitDialog::Mode::Record, m_workspace.clock(), this);
    VisitRecord defaults = dialog.record();
    defaults.clinician = clinicianName();
    // A follow-up usually counts the same activity as last time; walking otherwise.
    defaults.activityLabel = tr("walking");
    if (!m_data.visits.isEmpty() && !m_data.visits.last().record.activityLabel.isEmpty())
        defaults.activityLabel = m_data.visits.last().record.activityLabel;
    dialog.setRecord(defaults);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const VisitRecord record = dialog.record();
    setClinicianName(record.clinician);
    const auto visitsBefore = m_data.visits.size();
    if (auto st = recordVisit(record); !st)
        PlainMessageBox::warning(this, tr("Visit Not Saved"), st.error().message);
    else if (!m_data.visits.isEmpty())
        selectVisit(m_data.visits.last().id);
    if (m_data.visits.size() > visitsBefore)
        emit visitRecorded(m_patientId);
}

void PatientProgressView::openRecordMeasureDialog()
{
    if (m_patientId <= 0)
        return;
    VisitRecords repo(m_workspace);
    const qint64 patient = m_patientId;
    MeasureDialog dialog(
        MeasureDialog::Mode::Record, m_workspace.clock(), m_data.visits,
        [&repo, patient](std::optional<qint64> episode) {
            auto named = repo.psfsActivities(patient, episode);
            return named ? *named : QList<PsfsActivity>();
        },
        this);
    dialog.setClinician(clinicianName());
    if (const auto visit = selectedVisit(); visit && !visit->enteredInError)
        dialog.setVisit(visit->id);
    else if (!m_data.visits.isEmpty() &&
             m_data.visits.last().record.date == m_workspace.clock().today())
        dialog.setVisit(m_data.visits.last().id);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setClinicianName(dialog.clinician());
    if (auto st = recordMeasure(dialog.input(), dialog.clinician()); !st)
        PlainMessageBox::warning(this, tr("Measure Not Saved"), st.error().message);
    else
        m_tabs->setCurrentWidget(m_measureTable);
}

void PatientProgressView::openAmendDialog()
{
    if (m_tabs->currentWidget() == m_visitTable) {
        const auto visit = selectedVisit();
        if (!visit || visit->enteredInError)
            return;
        VisitDialog dialog(VisitDialog::Mode::Amend, m_workspace.clock(), this);
        dialog.setRecord(visit->record);
        dialog.setAmendedBy(clinicianName());
        if (dialog.exec() != QDialog::Accepted)
            return;
        setClinicianName(dialog.amendedBy());
        if (auto st = amendVisit(*visit, dialog.record(), dialog.amendedBy(), dialog.reason()); !st)
            PlainMessageBox::warning(this, tr("Amendment Not Saved"), st.error().message);
        return;
    }
    const auto measure = selectedMeasure();
    if (!measure || measure->enteredInError)
        return;
    VisitRecords repo(m_workspace);
    const qint64 patient = m_patientId;
    MeasureDialog dialog(
        MeasureDialog::Mode::Amend, m_workspace.clock(), m_data.visits,
        [&repo, patient](std::optional<qint64> episode) {
            auto named = repo.psfsActivities(patient, episode);
            return named ? *named : QList<PsfsActivity>();
        },
        this);
    dialog.setClinician(clinicianName());
    dialog.setMeasure(*measure);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MeasureInput in = dialog.input();
    if (auto st =
            amendMeasure(*measure, in.takenOn, in.answers, dialog.clinician(), dialog.reason());
        !st)
        PlainMessageBox::warning(this, tr("Amendment Not Saved"), st.error().message);
}

void PatientProgressView::openSaveReportDialog()
{
    if (m_patientId <= 0)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("Progress report %1 %2.pdf")
            .arg(m_patientName, m_workspace.clock().today().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Progress Report as PDF"),
                                                      suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto st = saveReport(path); !st && !BackgroundTask::wasCancelled(st))
        PlainMessageBox::warning(this, tr("Report Not Saved"), st.error().message);
}

} // namespace gradus
