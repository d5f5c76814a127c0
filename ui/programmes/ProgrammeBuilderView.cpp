#include "ProgrammeBuilderView.h"
#include "undo/StoreUndoStack.h"

#include "DoseDialog.h"
#include "ProgrammeActionsBar.h"
#include "ProgrammeDetailsForm.h"
#include "ProgrammeEditCommand.h"
#include "ProgrammeExercisePicker.h"
#include "ProgrammeRowEdits.h"
#include "ProgrammeRowsPanel.h"
#include "ProgrammeTableModel.h"
#include "SafetyFindingsModel.h"
#include "SafetyFindingsPanel.h"
#include "Workspace.h"
#include "exercises/ExerciseListModel.h"
#include "log/Logging.h"
#include "notify/StoreNotifier.h"
#include "programmes/DoseValidator.h"
#include "services/ProgrammeRecords.h"
#include "style/Tones.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace gradus {

ProgrammeBuilderView::ProgrammeBuilderView(Workspace& workspace, StoreUndoStack* undoStack,
                                           QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_undoStack(undoStack)
{
    // Templates need the library; both are in the store once the app has started.
    if (auto added = ProgrammeRecords(m_workspace).ensureBuiltInTemplates(); !added)
        logging::get("ui.programmes")
            ->warn("built-in templates not added: {}", added.error().code.toStdString());

    m_model = new ProgrammeTableModel(this);
    m_findingsPanel = new SafetyFindingsPanel(m_workspace, m_undoStack);
    connect(m_findingsPanel, &SafetyFindingsPanel::problem, this,
            [this](const QString& message) { say(message, true); });
    connect(m_findingsPanel, &SafetyFindingsPanel::replaceRequested, this,
            &ProgrammeBuilderView::replaceExercise);
    // The library is a narrow picker; the programme gets the rest of the tab.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_picker = new ProgrammeExercisePicker(m_workspace);
    m_exercises = m_picker->exercises();
    connect(m_picker, &ProgrammeExercisePicker::exercisesChosen, this,
            [this](const QList<qint64>& ids) { addExercises(ids); });
    layout->addWidget(m_picker);
    layout->addWidget(createProgrammePane(), 1);

    auto refreshNames = [this] {
        m_names.clear();
        m_doseTypes.clear();
        for (int r = 0; r < m_exercises->rowCount(); ++r) {
            const Exercise* e = m_exercises->exerciseAt(r);
            m_names.insert(e->id, e->name);
            m_doseTypes.insert(e->id, DoseValidator::allowedTypes(*e));
        }
        m_model->setExerciseNames(m_names);
        m_model->setDoseTypes(m_doseTypes);
        m_findingsPanel->setExerciseNames(m_names);
    };
    refreshNames();
    connect(m_exercises, &QAbstractItemModel::modelReset, this, refreshNames);
    connect(m_exercises, &QAbstractItemModel::dataChanged, this, refreshNames);
    connect(m_model, &ProgrammeTableModel::exercisesDropped, this,
            [this](const QList<qint64>& ids, int row) { addExercises(ids, row); });
    connect(m_model, &ProgrammeTableModel::rowsDropped, this,
            [this](const QList<int>& rows, int row) { moveRows(rows, row); });
    // Queued: the table finishes closing its editor before the stored edit resets the model.
    connect(m_model, &ProgrammeTableModel::prescriptionEdited, this,
            &ProgrammeBuilderView::setPrescription, Qt::QueuedConnection);
    // Views refresh from the store's announcements, never from each other (DESIGN.md).
    m_workspace.notifier().follow(this, [this](StoreNotifier::Kind kind) {
        if (kind == StoreNotifier::Kind::Programme || kind == StoreNotifier::Kind::Prescription)
            refreshFromStore();
    });
    updateEnabled();
}

QWidget* ProgrammeBuilderView::createProgrammePane()
{
    m_actions = new ProgrammeActionsBar(
        m_workspace, [this](StoreCommand* command) { return push(command); }, hooks());
    connect(m_actions, &ProgrammeActionsBar::versionChosen, this,
            &ProgrammeBuilderView::showVersion);
    connect(m_actions, &ProgrammeActionsBar::message, this, &ProgrammeBuilderView::say);
    // A refused activation shows the finding it is about, with its Keep and Swap buttons.
    connect(m_actions, &ProgrammeActionsBar::activationRefused, this,
            [this](int row, const QString& ruleId) {
                const PanelFindings& findings = m_findingsPanel->model()->findings();
                for (int r = 0; r < findings.size(); ++r)
                    if (findings.at(r).prescriptionIndex == row && findings.at(r).ruleId == ruleId)
                        m_findingsPanel->selectFinding(r);
            });

    m_details = new ProgrammeDetailsForm;
    connect(m_details, &ProgrammeDetailsForm::edited, this, &ProgrammeBuilderView::detailsEdited);

    // The prescriptions above, the safety findings below; the clinician can give either more
    // room. The findings start with two fifths of the height so that several stay readable.
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setChildrenCollapsible(false);
    m_rows = new ProgrammeRowsPanel(m_model);
    m_table = m_rows->table();
    m_status = m_rows->statusLabel();
    connect(m_rows, &ProgrammeRowsPanel::doseRequested, this, &ProgrammeBuilderView::editDose);
    connect(m_rows, &ProgrammeRowsPanel::removeRequested, this, &ProgrammeBuilderView::removeRow);
    connect(m_rows, &ProgrammeRowsPanel::moveRequested, this, &ProgrammeBuilderView::moveRow);
    m_splitter->addWidget(m_rows);
    m_splitter->addWidget(m_findingsPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* pane = new QWidget;
    auto* layout = new QVBoxLayout(pane);
    layout->addWidget(m_actions);
    layout->addWidget(m_details);
    layout->addWidget(m_splitter, 1);
    return pane;
}

QListView* ProgrammeBuilderView::libraryList() const
{
    return m_picker->list();
}

SafetyFindingsModel* ProgrammeBuilderView::findingsModel() const
{
    return m_findingsPanel->model();
}

QLineEdit* ProgrammeBuilderView::searchField() const
{
    return m_picker->searchField();
}

QComboBox* ProgrammeBuilderView::versionCombo() const
{
    return m_actions->versionCombo();
}

QString ProgrammeBuilderView::statusText() const
{
    return m_status->text();
}

void ProgrammeBuilderView::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    say({});
    showStored(patientId, 0);
}

void ProgrammeBuilderView::showVersion(qint64 programmeId)
{
    auto programme = ProgrammeRecords(m_workspace).get(programmeId);
    if (!programme) {
        say(programme.error().message, true);
        return;
    }
    showProgramme(*programme);
}

void ProgrammeBuilderView::showStored(qint64 patientId, qint64 programmeId)
{
    if (patientId != m_patientId)
        return; // the clinician has moved on to another patient
    ProgrammeRecords repo(m_workspace);
    if (programmeId != 0) {
        if (auto programme = repo.get(programmeId); programme) {
            showProgramme(*programme);
            return;
        }
    }
    // The newest programme of the patient, or none.
    auto all = repo.forPatient(patientId);
    if (patientId != 0 && all && !all->isEmpty()) {
        if (auto newest = repo.get(all->first().id); newest) {
            showProgramme(*newest);
            return;
        }
    }
    showProgramme({});
}

void ProgrammeBuilderView::showProgramme(const Programme& programme)
{
    const int row = selectedRow();
    m_programme = programme;
    m_model->setProgramme(programme);
    m_details->setProgramme(programme);
    selectRow(std::min(row, m_model->rowCount() - 1));
    updateEnabled();
    m_findingsPanel->setProgramme(programme);
}

void ProgrammeBuilderView::refreshFromStore()
{
    if (m_patientId == 0)
        return;
    // A dose being typed or a name being edited is not thrown away: look again shortly.
    // (A cell editor is a child of the table's viewport while it is open.)
    const QWidget* focus = QApplication::focusWidget();
    const bool editingCell = focus && focus != m_table && m_table->isAncestorOf(focus);
    const bool editingDetails = focus && m_details->isAncestorOf(focus) && m_details->isVisible();
    if (editingCell || editingDetails) {
        if (!m_refreshPending) {
            m_refreshPending = true;
            QTimer::singleShot(300, this, [this] {
                m_refreshPending = false;
                refreshFromStore();
            });
        }
        return;
    }
    ProgrammeRecords repo(m_workspace);
    if (m_programme.id == 0) {
        showStored(m_patientId, 0);
        return;
    }
    auto stored = repo.get(m_programme.id);
    if (!stored) {
        // The version shown is gone (an undone draft or plan): the newest one, if any.
        showStored(m_patientId, 0);
        return;
    }
    if (stored->status == ProgrammeStatus::Superseded &&
        m_programme.status != ProgrammeStatus::Superseded) {
        // Superseded behind the view's back: show the lineage's current version instead.
        if (auto versions = repo.versions(m_programme.id); versions && !versions->isEmpty()) {
            qint64 current = versions->constLast().id;
            for (const Programme& v : std::as_const(*versions))
                if (v.status == ProgrammeStatus::Active)
                    current = v.id;
            if (auto shown = repo.get(current)) {
                showProgramme(*shown);
                return;
            }
        }
    }
    showProgramme(*stored);
}

void ProgrammeBuilderView::updateEnabled()
{
    const bool shown = m_programme.id != 0;
    const bool editable = shown && m_programme.status != ProgrammeStatus::Superseded;
    m_actions->setProgramme(m_patientId, m_programme, m_model->rowCount() > 0);
    m_details->setEditable(editable);
    m_rows->setEditable(editable);
    m_picker->setEnabled(m_patientId != 0 && (editable || !shown));
    if (m_status->text().isEmpty() && shown && m_programme.status == ProgrammeStatus::Superseded)
        m_status->setText(tr("An earlier version: read-only."));
}

void ProgrammeBuilderView::say(const QString& message, bool problem)
{
    m_status->setText(message);
    if (problem)
        tones::setTextTone(m_status, tones::Tone::Error);
    else
        tones::clearTextTone(m_status);
    if (!message.isEmpty())
        emit statusMessage(message);
}

ProgrammeCommandHooks ProgrammeBuilderView::hooks()
{
    ProgrammeCommandHooks hooks;
    hooks.show = [this](qint64 patientId, qint64 programmeId) {
        showStored(patientId, programmeId);
    };
    return hooks;
}

bool ProgrammeBuilderView::push(StoreCommand* command)
{
    const Status st = m_undoStack->run(command); // a refused command is deleted
    if (!st)
        say(st.error().message, true);
    return bool(st);
}

void ProgrammeBuilderView::dropLastStep()
{
    // QUndoStack can only drop a step by undoing one marked obsolete, which it then deletes
    // without calling its undo(): undo what the step did first.
    auto* last = const_cast<QUndoCommand*>(m_undoStack->command(m_undoStack->index() - 1));
    if (!last)
        return;
    last->undo();
    last->setObsolete(true);
    m_undoStack->undo();
}

bool ProgrammeBuilderView::edit(const QString& text, const std::function<bool(Programme&)>& change)
{
    if (m_programme.id == 0)
        return false;
    if (m_programme.status == ProgrammeStatus::Superseded) {
        say(tr("This is an earlier version and cannot be changed."), true);
        return false;
    }
    QString note;
    if (m_programme.status == ProgrammeStatus::Active) {
        // An active version that already has a newer draft: the change belongs in that draft,
        // whose rows may differ from what is on screen, so show it rather than guess.
        auto versions = ProgrammeRecords(m_workspace).versions(m_programme.id);
        if (versions && !versions->isEmpty() && versions->last().id != m_programme.id) {
            const Programme newer = versions->last();
            showVersion(newer.id);
            say(tr("Version %1 is being prepared and is shown now; make the change there.")
                    .arg(newer.version),
                true);
            return false;
        }
        // What the patient was given stays as it is: the change goes into a new draft
        // version, made in the same undo step.
        note = tr("Version %1 is active and stays as the patient has it; your changes are in "
                  "the new draft, version %2.")
                   .arg(m_programme.version)
                   .arg(m_programme.version + 1);
    }
    Programme after = m_programme;
    if (!change(after))
        return false;
    if (const Status ok = DoseValidator::check(after); !ok) {
        say(ok.error().message, true);
        return false;
    }
    if (!push(new ProgrammeEditCommand(m_workspace, text, m_programme, after, hooks())))
        return false;
    say(note.isEmpty() ? tr("Saved.") : note);
    return true;
}

bool ProgrammeBuilderView::addExercises(const QList<qint64>& exerciseIds, int beforeRow)
{
    if (m_patientId == 0 || exerciseIds.isEmpty())
        return false;
    const int at = beforeRow;
    const QString text = exerciseIds.size() == 1
                             ? tr("Add %1").arg(exerciseName(exerciseIds.first()))
                             : tr("Add %n exercises", nullptr, int(exerciseIds.size()));
    QList<Prescription> added;
    for (qint64 id : exerciseIds) {
        const int row = m_exercises->rowOf(id);
        if (row < 0)
            return false;
        Prescription prescription;
        prescription.exerciseId = id;
        // Start from the library's usual dose (loaded work 2-3 days a week); the clinician
        // adjusts it afterwards.
        prescription.dose = DoseValidator::startingDose(*m_exercises->exerciseAt(row));
        added << prescription;
    }
    // Adding to a patient without a programme starts one: the new draft and the addition are
    // one undo step, so that undo leaves nothing behind.
    const bool starts = m_programme.id == 0;
    if (starts)
        m_undoStack->beginMacro(text);
    const int rowBefore = m_model->rowCount();
    const bool ok = (!starts || newProgramme()) && edit(text, [&](Programme& p) {
                        return ProgrammeRowEdits::insert(p, added, at, tr("Exercises"));
                    });
    if (starts) {
        m_undoStack->endMacro();
        if (!ok)
            dropLastStep();
    }
    if (ok)
        selectRow(at >= 0 && at < rowBefore ? at : m_model->rowCount() - 1);
    return ok;
}

bool ProgrammeBuilderView::removeRow(int row)
{
    const Prescription* p = m_model->prescriptionAt(row);
    if (!p)
        return false;
    const auto [section, position] = m_model->locate(row);
    return edit(tr("Remove %1").arg(exerciseName(p->exerciseId)),
                [&, section = section, position = position](Programme& programme) {
                    programme.sections[section].prescriptions.removeAt(position);
                    return true;
                });
}

bool ProgrammeBuilderView::moveRow(int row, int delta)
{
    const Prescription* p = m_model->prescriptionAt(row);
    const int target = row + delta;
    if (!p || target < 0 || target >= m_model->rowCount())
        return false;
    // Across a section boundary the row keeps its place and changes section.
    const bool sameSection = m_model->locate(row).first == m_model->locate(target).first;
    const bool ok = edit(tr("Move %1").arg(exerciseName(p->exerciseId)), [&](Programme& pr) {
        return ProgrammeRowEdits::moveByOne(pr, row, delta);
    });
    if (ok)
        selectRow(sameSection ? target : row);
    return ok;
}

bool ProgrammeBuilderView::moveRows(const QList<int>& rows, int beforeRow)
{
    if (rows.isEmpty())
        return false;
    const Prescription* first = m_model->prescriptionAt(rows.first());
    if (!first)
        return false;
    const QString text = rows.size() == 1 ? tr("Move %1").arg(exerciseName(first->exerciseId))
                                          : tr("Move %n exercises", nullptr, int(rows.size()));
    int landed = beforeRow;
    for (int r : rows)
        landed -= r < beforeRow ? 1 : 0;
    const bool ok = edit(text, [&](Programme& programme) {
        return ProgrammeRowEdits::moveRows(programme, rows, beforeRow);
    });
    if (ok)
        selectRow(std::clamp(landed, 0, m_model->rowCount() - 1));
    return ok;
}

bool ProgrammeBuilderView::setPrescription(int row, const Prescription& prescription)
{
    const auto [section, position] = m_model->locate(row);
    if (section < 0)
        return false;
    Status ok = DoseValidator::check(prescription);
    // The dose must be of a type that fits the exercise (no minutes of sit-ups).
    const int libraryRow = m_exercises->rowOf(prescription.exerciseId);
    if (ok && libraryRow >= 0)
        ok = DoseValidator::check(prescription.dose, *m_exercises->exerciseAt(libraryRow));
    if (!ok) {
        say(ok.error().message, true);
        return false;
    }
    return edit(tr("Change dose of %1").arg(exerciseName(prescription.exerciseId)),
                [&, section = section, position = position](Programme& p) {
                    Prescription& target = p.sections[section].prescriptions[position];
                    const qint64 id = target.id;
                    target = prescription;
                    target.id = id;
                    return true;
                });
}

bool ProgrammeBuilderView::replaceExercise(int row, qint64 exerciseId)
{
    const Prescription* p = m_model->prescriptionAt(row);
    if (!p || exerciseId == 0 || p->exerciseId == exerciseId)
        return false;
    const auto [section, position] = m_model->locate(row);
    // The dose, side and note stay: the clinician chose them for this slot; the dose dialog is
    // one click away. A dose of a kind the new exercise does not take (a hold for an exercise
    // done in repetitions) starts again from the new exercise's usual dose.
    std::optional<Dose> dose;
    const int libraryRow = m_exercises->rowOf(exerciseId);
    if (libraryRow >= 0 &&
        !DoseValidator::allowedTypes(*m_exercises->exerciseAt(libraryRow)).contains(p->dose.type))
        dose = DoseValidator::startingDose(*m_exercises->exerciseAt(libraryRow));
    const bool ok =
        edit(tr("Replace %1 with %2").arg(exerciseName(p->exerciseId), exerciseName(exerciseId)),
             [&, section = section, position = position](Programme& programme) {
                 Prescription& slot = programme.sections[section].prescriptions[position];
                 slot.exerciseId = exerciseId;
                 if (dose)
                     slot.dose = *dose;
                 return true;
             });
    if (ok)
        selectRow(row);
    return ok;
}

void ProgrammeBuilderView::editDose(int row)
{
    const Prescription* p = m_model->prescriptionAt(row);
    if (!p || m_programme.status == ProgrammeStatus::Superseded)
        return;
    DoseDialog dialog(exerciseName(p->exerciseId), *p, this, m_doseTypes.value(p->exerciseId));
    if (dialog.exec() == QDialog::Accepted)
        setPrescription(row, dialog.prescription());
}

void ProgrammeBuilderView::detailsEdited(const Programme& changed)
{
    if (changed.id != m_programme.id)
        return;
    edit(tr("Change programme details"), [&](Programme& p) {
        p.name = changed.name;
        p.goal = changed.goal;
        p.startDate = changed.startDate;
        p.reviewDate = changed.reviewDate;
        return true;
    });
}

bool ProgrammeBuilderView::newProgramme(const QString& name)
{
    return m_actions->newProgramme(name);
}

bool ProgrammeBuilderView::newFromTemplate(qint64 templateId)
{
    return m_actions->newFromTemplate(templateId);
}

bool ProgrammeBuilderView::activate()
{
    return m_actions->activate();
}

int ProgrammeBuilderView::selectedRow() const
{
    return m_rows->selectedRow();
}

void ProgrammeBuilderView::selectRow(int row)
{
    m_rows->selectRow(row);
}

QString ProgrammeBuilderView::exerciseName(qint64 id) const
{
    return m_names.value(id, tr("exercise %1").arg(id));
}

} // namespace gradus
