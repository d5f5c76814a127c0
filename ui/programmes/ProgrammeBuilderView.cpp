#include "ProgrammeBuilderView.h"

#include "DoseDialog.h"
#include "ProgrammeEditCommand.h"
#include "ProgrammeExercisePicker.h"
#include "ProgrammeTableModel.h"
#include "handout/HandoutLauncher.h"
#include "SafetyFindingsModel.h"
#include "SafetyFindingsPanel.h"
#include "Workspace.h"
#include "exercises/ExerciseListModel.h"
#include "log/Logging.h"
#include "programmes/DoseValidator.h"
#include "storage/ProgrammeRepository.h"
#include "storage/ProgrammeTemplateRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace gradus {

ProgrammeBuilderView::ProgrammeBuilderView(Workspace& workspace, QUndoStack* undoStack,
                                           QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_undoStack(undoStack)
{
    // Templates need the library; both are in the store once the app has started.
    if (auto added = ProgrammeTemplateRepository(m_workspace).ensureBuiltIns(); !added)
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
        for (int r = 0; r < m_exercises->rowCount(); ++r)
            m_names.insert(m_exercises->exerciseAt(r)->id, m_exercises->exerciseAt(r)->name);
        m_model->setExerciseNames(m_names);
        m_findingsPanel->setExerciseNames(m_names);
    };
    refreshNames();
    connect(m_exercises, &QAbstractItemModel::modelReset, this, refreshNames);
    connect(m_exercises, &QAbstractItemModel::dataChanged, this, refreshNames);
    connect(m_model, &ProgrammeTableModel::exercisesDropped, this,
            [this](const QList<qint64>& ids, int row) { addExercises(ids, row); });
    updateEnabled();
}

QWidget* ProgrammeBuilderView::createProgrammePane()
{
    m_versions = new QComboBox;
    m_versions->setMinimumContentsLength(28);
    m_newButton = new QPushButton(tr("&New programme"));
    m_templateButton = new QPushButton(tr("New from &template…"));
    m_saveTemplateButton = new QPushButton(tr("Save as te&mplate…"));
    m_activateButton = new QPushButton(tr("&Activate"));
    m_activateButton->setToolTip(tr("Give this version to the patient; the previous active "
                                    "version is kept as superseded"));
    m_handoutButton = new QPushButton(tr("&Handout…"));
    m_handoutButton->setObjectName(QStringLiteral("handoutButton"));
    m_handoutButton->setToolTip(tr("Preview, print or save the patient's handout for this "
                                   "version"));
    // Two rows: the tab is often narrow beside the patient list.
    auto* top = new QVBoxLayout;
    auto* versionRow = new QHBoxLayout;
    versionRow->addWidget(new QLabel(tr("Version:")));
    versionRow->addWidget(m_versions, 1);
    versionRow->addWidget(m_activateButton);
    versionRow->addWidget(m_handoutButton);
    auto* programmeRow = new QHBoxLayout;
    programmeRow->addWidget(m_newButton);
    programmeRow->addWidget(m_templateButton);
    programmeRow->addWidget(m_saveTemplateButton);
    programmeRow->addStretch(1);
    top->addLayout(versionRow);
    top->addLayout(programmeRow);

    m_name = new QLineEdit;
    m_goal = new QLineEdit;
    m_goal->setPlaceholderText(tr("What the patient wants to be able to do"));
    m_start = new QDateEdit;
    m_review = new QDateEdit;
    for (QDateEdit* date : {m_start, m_review}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Goal:"), m_goal);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("Review:")));
    dates->addWidget(m_review);
    dates->addStretch(1);
    form->addRow(tr("Start:"), dates);

    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAcceptDrops(true);
    m_table->setDragDropMode(QAbstractItemView::DropOnly);
    m_table->setDropIndicatorShown(true);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One line per exercise; the dose is shown whole, a long note is cut (its tooltip has it).
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProgrammeTableModel::NoteColumn,
                                                      QHeaderView::Stretch);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &ProgrammeBuilderView::editDose);

    m_doseButton = new QPushButton(tr("Edit &dose…"));
    m_removeButton = new QPushButton(tr("&Remove"));
    m_upButton = new QPushButton(tr("Move &up"));
    m_downButton = new QPushButton(tr("Move do&wn"));
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_doseButton);
    rowButtons->addWidget(m_removeButton);
    rowButtons->addWidget(m_upButton);
    rowButtons->addWidget(m_downButton);
    rowButtons->addStretch(1);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    rowButtons->addWidget(m_status, 2);


    auto* pane = new QWidget;
    auto* layout = new QVBoxLayout(pane);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(m_table, 3);
    layout->addLayout(rowButtons);
    layout->addWidget(m_findingsPanel, 1);

    connect(m_versions, &QComboBox::activated, this,
            [this](int i) { showVersion(m_versions->itemData(i).toLongLong()); });
    connect(m_newButton, &QPushButton::clicked, this, [this] { newProgramme(); });
    connect(m_templateButton, &QPushButton::clicked, this, &ProgrammeBuilderView::chooseTemplate);
    connect(m_saveTemplateButton, &QPushButton::clicked, this,
            &ProgrammeBuilderView::saveAsTemplate);
    connect(m_activateButton, &QPushButton::clicked, this, [this] { activate(); });
    connect(m_handoutButton, &QPushButton::clicked, this,
            [this] { openHandoutDialog(m_workspace, m_programme, this); });
    connect(m_doseButton, &QPushButton::clicked, this, &ProgrammeBuilderView::editDose);
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeRow(selectedRow()); });
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveRow(selectedRow(), -1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveRow(selectedRow(), 1); });
    connect(m_name, &QLineEdit::editingFinished, this, &ProgrammeBuilderView::fieldsEdited);
    connect(m_goal, &QLineEdit::editingFinished, this, &ProgrammeBuilderView::fieldsEdited);
    connect(m_start, &QDateEdit::editingFinished, this, &ProgrammeBuilderView::fieldsEdited);
    connect(m_review, &QDateEdit::editingFinished, this, &ProgrammeBuilderView::fieldsEdited);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProgrammeBuilderView::updateEnabled);
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

QString ProgrammeBuilderView::statusText() const
{
    return m_status->text();
}

void ProgrammeBuilderView::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    m_programme = {};
    qint64 newest = 0;
    if (patientId != 0) {
        auto all = ProgrammeRepository(m_workspace).forPatient(patientId);
        if (all && !all->isEmpty())
            newest = all->first().id;
    }
    say({});
    if (newest != 0)
        showVersion(newest);
    else
        showProgramme({});
}

void ProgrammeBuilderView::showVersion(qint64 programmeId)
{
    auto programme = ProgrammeRepository(m_workspace).get(programmeId);
    if (!programme) {
        say(programme.error().message, true);
        return;
    }
    showProgramme(*programme);
}

void ProgrammeBuilderView::showProgramme(const Programme& programme)
{
    const int row = selectedRow();
    m_loading = true;
    m_programme = programme;
    m_model->setProgramme(programme);
    m_name->setText(programme.name);
    m_goal->setText(programme.goal);
    m_goal->setCursorPosition(0); // a long goal reads from its beginning
    m_goal->setToolTip(programme.goal);
    m_start->setDate(programme.startDate.isValid() ? programme.startDate : QDate::currentDate());
    m_review->setDate(programme.reviewDate.isValid() ? programme.reviewDate
                                                     : m_start->date().addDays(42));
    m_loading = false;
    reloadVersions();
    selectRow(std::min(row, m_model->rowCount() - 1));
    updateEnabled();
    m_findingsPanel->setProgramme(programme);
}

void ProgrammeBuilderView::reloadVersions()
{
    m_versions->clear();
    if (m_programme.id == 0)
        return;
    auto versions = ProgrammeRepository(m_workspace).versions(m_programme.id);
    if (!versions)
        return;
    for (const Programme& v : *versions) {
        m_versions->addItem(
            tr("Version %1 — %2 — %3").arg(v.version).arg(statusLabel(v.status), v.name), v.id);
    }
    m_versions->setCurrentIndex(m_versions->findData(m_programme.id));
}

void ProgrammeBuilderView::updateEnabled()
{
    const bool shown = m_programme.id != 0;
    const bool editable = shown && m_programme.status != ProgrammeStatus::Superseded;
    const int row = selectedRow();
    m_newButton->setEnabled(m_patientId != 0);
    m_templateButton->setEnabled(m_patientId != 0);
    m_saveTemplateButton->setEnabled(shown && m_model->rowCount() > 0);
    m_activateButton->setEnabled(shown && m_programme.status == ProgrammeStatus::Draft);
    m_handoutButton->setEnabled(shown && m_model->rowCount() > 0);
    for (QWidget* w : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_goal),
                       static_cast<QWidget*>(m_start), static_cast<QWidget*>(m_review)})
        w->setEnabled(editable);
    m_doseButton->setEnabled(editable && row >= 0);
    m_removeButton->setEnabled(editable && row >= 0);
    m_upButton->setEnabled(editable && row > 0);
    m_downButton->setEnabled(editable && row >= 0 && row < m_model->rowCount() - 1);
    m_picker->setEnabled(m_patientId != 0 && (editable || !shown));
    m_table->setAcceptDrops(editable);
    if (m_status->text().isEmpty() && shown && m_programme.status == ProgrammeStatus::Superseded)
        m_status->setText(tr("An earlier version: read-only."));
}

void ProgrammeBuilderView::say(const QString& message, bool problem)
{
    m_status->setText(message);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b03a2e;") : QString());
    if (!message.isEmpty())
        emit statusMessage(message);
}

bool ProgrammeBuilderView::edit(const QString& text, const std::function<bool(Programme&)>& change)
{
    if (m_programme.id == 0)
        return false;
    if (m_programme.status == ProgrammeStatus::Superseded) {
        say(tr("This is an earlier version and cannot be changed."), true);
        return false;
    }
    Programme before = m_programme;
    QString note;
    if (m_programme.status == ProgrammeStatus::Active) {
        // What the patient was given stays as it is: the change goes into a new draft version.
        auto draft = ProgrammeRepository(m_workspace).draftFor(m_programme.id);
        if (!draft) {
            say(draft.error().message, true);
            return false;
        }
        before = *draft;
        note = tr("Version %1 is active and stays as the patient has it; your changes are in "
                  "the new draft, version %2.")
                   .arg(m_programme.version)
                   .arg(draft->version);
        showProgramme(before);
    }
    Programme after = before;
    if (!change(after))
        return false;
    if (const Status ok = DoseValidator::check(after); !ok) {
        say(ok.error().message, true);
        return false;
    }
    auto* command = new ProgrammeEditCommand(
        m_workspace, text, before, after,
        [this](const Programme& stored) {
            if (stored.patientId == m_patientId)
                showProgramme(stored);
        },
        [this](const QString& message) { say(message, true); });
    m_undoStack->push(command);
    if (command->succeeded())
        say(note.isEmpty() ? tr("Saved.") : note);
    return command->succeeded();
}

bool ProgrammeBuilderView::addExercises(const QList<qint64>& exerciseIds, int beforeRow)
{
    if (m_patientId == 0 || exerciseIds.isEmpty())
        return false;
    if (m_programme.id == 0 && !newProgramme())
        return false;
    const int at = beforeRow;
    const QString text = exerciseIds.size() == 1
                             ? tr("Add %1").arg(exerciseName(exerciseIds.first()))
                             : tr("Add %n exercises", nullptr, int(exerciseIds.size()));
    const int rowBefore = m_model->rowCount();
    const bool ok = edit(text, [&](Programme& p) {
        auto [section, position] = m_model->locate(at);
        if (section < 0) {
            if (p.sections.isEmpty())
                p.sections.append(ProgrammeSection{tr("Exercises"), {}});
            section = int(p.sections.size()) - 1;
            position = int(p.sections[section].prescriptions.size());
        }
        for (qint64 id : exerciseIds) {
            Prescription prescription;
            prescription.exerciseId = id;
            const int row = m_exercises->rowOf(id);
            if (row < 0)
                return false;
            // Start from the library's usual dose; the clinician adjusts it afterwards.
            const Dose usual = m_exercises->exerciseAt(row)->dose;
            // The library keeps unused measures at their defaults; a prescription holds only
            // the measure of its type.
            prescription.dose = DoseValidator::convert(usual, usual.type);
            // A timed or distance dose in the library has no sets; a prescription has one.
            prescription.dose.sets = std::max(1, prescription.dose.sets);
            p.sections[section].prescriptions.insert(position++, prescription);
        }
        return true;
    });
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
    return edit(tr("Remove %1").arg(exerciseName(p->exerciseId)), [&](Programme& programme) {
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
    const auto [fromSection, fromPos] = m_model->locate(row);
    const auto [toSection, toPos] = m_model->locate(target);
    const bool ok = edit(tr("Move %1").arg(exerciseName(p->exerciseId)), [&](Programme& pr) {
        if (fromSection == toSection) {
            pr.sections[fromSection].prescriptions.swapItemsAt(fromPos, toPos);
        } else {
            // Across a section boundary the item joins the neighbouring section at its edge.
            const Prescription moved = pr.sections[fromSection].prescriptions.takeAt(fromPos);
            auto& list = pr.sections[toSection].prescriptions;
            list.insert(delta < 0 ? list.size() : 0, moved);
        }
        return true;
    });
    if (ok)
        selectRow(target);
    return ok;
}

bool ProgrammeBuilderView::setPrescription(int row, const Prescription& prescription)
{
    const auto [section, position] = m_model->locate(row);
    if (section < 0)
        return false;
    if (const Status ok = DoseValidator::check(prescription); !ok) {
        say(ok.error().message, true);
        return false;
    }
    return edit(tr("Change dose of %1").arg(exerciseName(prescription.exerciseId)),
                [&](Programme& p) {
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
    const bool ok = edit(tr("Replace %1 with %2")
                             .arg(exerciseName(p->exerciseId), exerciseName(exerciseId)),
                         [&](Programme& programme) {
                             // The dose, side and note stay: the clinician chose them for
                             // this slot; the dose dialog is one click away.
                             programme.sections[section].prescriptions[position].exerciseId =
                                 exerciseId;
                             return true;
                         });
    if (ok)
        selectRow(row);
    return ok;
}

void ProgrammeBuilderView::editDose()
{
    const int row = selectedRow();
    const Prescription* p = m_model->prescriptionAt(row);
    if (!p || m_programme.status == ProgrammeStatus::Superseded)
        return;
    DoseDialog dialog(exerciseName(p->exerciseId), *p, this);
    if (dialog.exec() == QDialog::Accepted)
        setPrescription(row, dialog.prescription());
}

void ProgrammeBuilderView::fieldsEdited()
{
    if (m_loading || m_programme.id == 0)
        return;
    const QString name = m_name->text().trimmed();
    const QString goal = m_goal->text().trimmed();
    if (name == m_programme.name && goal == m_programme.goal &&
        m_start->date() == m_programme.startDate && m_review->date() == m_programme.reviewDate)
        return;
    edit(tr("Change programme details"), [&](Programme& p) {
        p.name = name;
        p.goal = goal;
        p.startDate = m_start->date();
        p.reviewDate = m_review->date();
        return true;
    });
}

bool ProgrammeBuilderView::newProgramme(const QString& name)
{
    if (m_patientId == 0)
        return false;
    Programme p;
    p.patientId = m_patientId;
    p.name = name.isEmpty() ? tr("Exercise programme") : name;
    p.startDate = m_workspace.clock().today();
    p.reviewDate = p.startDate.addDays(42);
    auto id = ProgrammeRepository(m_workspace).create(p);
    if (!id) {
        say(id.error().message, true);
        return false;
    }
    showVersion(*id);
    say(tr("New draft programme started."));
    return true;
}

bool ProgrammeBuilderView::newFromTemplate(qint64 templateId)
{
    if (m_patientId == 0)
        return false;
    auto id = ProgrammeTemplateRepository(m_workspace)
                  .apply(templateId, m_patientId, {}, m_workspace.clock().today());
    if (!id) {
        say(id.error().message, true);
        return false;
    }
    showVersion(*id);
    say(tr("New draft programme from the template."));
    return true;
}

void ProgrammeBuilderView::chooseTemplate()
{
    auto templates = ProgrammeTemplateRepository(m_workspace).list();
    if (!templates || templates->isEmpty()) {
        say(templates ? tr("There are no templates yet.") : templates.error().message, true);
        return;
    }
    QStringList names;
    for (const auto& t : *templates)
        names << t.name;
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("New from template"), tr("Template:"), names, 0, false, &ok);
    if (ok)
        newFromTemplate(templates->at(names.indexOf(chosen)).id);
}

void ProgrammeBuilderView::saveAsTemplate()
{
    if (m_programme.id == 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as template"), tr("Template name:"),
                                               QLineEdit::Normal, m_programme.name, &ok);
    if (!ok)
        return;
    auto id = ProgrammeTemplateRepository(m_workspace).saveFromProgramme(m_programme.id, name);
    say(id ? tr("Saved as the template \"%1\".").arg(name) : id.error().message, !id);
}

bool ProgrammeBuilderView::activate()
{
    if (m_programme.id == 0 || m_programme.status != ProgrammeStatus::Draft)
        return false;
    if (const Status ok = ProgrammeRepository(m_workspace).activate(m_programme.id); !ok) {
        say(ok.error().message, true);
        return false;
    }
    // Activation is a decision recorded with its time, not an edit: it is not undone, and
    // earlier undo steps no longer apply to an active version.
    m_undoStack->clear();
    showVersion(m_programme.id);
    say(tr("Version %1 is now the patient's active programme.").arg(m_programme.version));
    return true;
}

bool ProgrammeBuilderView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (watched == m_table && (key == Qt::Key_Delete || key == Qt::Key_Backspace)) {
            removeRow(selectedRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

int ProgrammeBuilderView::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ProgrammeBuilderView::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(row);
}

QString ProgrammeBuilderView::exerciseName(qint64 id) const
{
    return m_names.value(id, tr("exercise %1").arg(id));
}

} // namespace gradus
