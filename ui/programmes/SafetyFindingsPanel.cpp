#include "SafetyFindingsPanel.h"
#include "undo/StoreUndoStack.h"

#include "ProgrammeSafetyFindings.h"
#include "SafetyFindingsModel.h"
#include "Workspace.h"
#include "log/Logging.h"
#include "notify/StoreNotifier.h"
#include "patients/ConditionDialog.h"
#include "patients/EpisodeDialog.h"
#include "patients/PatientEditor.h"
#include "safety/SafetyOverrideCommand.h"
#include "safety/SafetyOverrideDialog.h"
#include "services/EpisodeRecords.h"
#include "settings/DeskSettings.h"
#include "style/Tones.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace gradus {

SafetyFindingsPanel::SafetyFindingsPanel(Workspace& workspace, StoreUndoStack* undoStack,
                                         QWidget* parent)
    : QGroupBox(tr("Safety findings"), parent), m_workspace(workspace), m_undoStack(undoStack)
{
    m_model = new SafetyFindingsModel(this);
    m_table = new QTableView;
    m_table->setAccessibleName(tr("Safety findings"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);
    // A list and its detail: the list says how serious and which exercise; the reason, the
    // full citation and the alternatives are in the detail area beside it (and the tooltip).
    m_table->horizontalHeader()->setSectionResizeMode(SafetyFindingsModel::SeverityColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SafetyFindingsModel::ExerciseColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnHidden(SafetyFindingsModel::ReasonColumn, true);
    m_table->setColumnHidden(SafetyFindingsModel::SourceColumn, true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    // Room for about five findings and their detail without scrolling: the panel sits under
    // the programme, which otherwise takes every spare pixel.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              5 * m_table->verticalHeader()->defaultSectionSize() + 4);
    m_empty = new QLabel(tr("No findings"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    tones::setTextTone(m_empty, tones::Tone::Muted);

    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("safetyFindingDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setContentsMargins(4, 0, 4, 0);
    // Long citations scroll rather than push the panel taller.
    auto* detailScroll = new QScrollArea;
    detailScroll->setWidget(m_details);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailScroll->setMinimumWidth(220);

    m_swapMenu = new QMenu(this);
    m_swapButton = new QToolButton;
    m_swapButton->setObjectName(QStringLiteral("swapButton"));
    m_swapButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_swapButton->setMenu(m_swapMenu);
    m_swapButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_keepButton = new QPushButton(tr("&Keep with a Reason…"));
    m_keepButton->setObjectName(QStringLiteral("keepButton"));
    m_keepButton->setToolTip(tr("Keep this exercise although the rule says to avoid it; your "
                                "reason is recorded with your name and the time."));
    connect(m_swapButton, &QToolButton::clicked, this, [this] {
        const int row = currentFinding();
        if (row >= 0 && !m_model->findings().at(row).alternatives.isEmpty()) {
            const PanelFinding& f = m_model->findings().at(row);
            swap(f.prescriptionIndex, f.alternatives.first().exerciseId);
        }
    });
    connect(m_keepButton, &QPushButton::clicked, this, &SafetyFindingsPanel::keepSelected);
    m_recordButton = new QPushButton(tr("Record &Onset…"));
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    connect(m_recordButton, &QPushButton::clicked, this, &SafetyFindingsPanel::recordSelected);
    // Recording the missing value is a patient edit like any other: undoable on the shared
    // stack, through the one front the patient views use.
    m_patientEditor = new PatientEditor(m_workspace, m_undoStack, this);
    // The findings rest on the patient's episodes, conditions and visits: a change there (here,
    // in the patient's tabs, or its undo) checks again. A kept reason is a change to the
    // programme, which the builder hears and shows again, this panel with it.
    auto followPatient = [this](StoreNotifier::Kind kind, qint64) {
        if (m_programme.patientId > 0 &&
            (kind == StoreNotifier::Kind::Episode || kind == StoreNotifier::Kind::Condition ||
             kind == StoreNotifier::Kind::Visit))
            setProgramme(m_programme);
    };
    StoreNotifier* notifier = &m_workspace.notifier();
    connect(notifier, &StoreNotifier::added, this, followPatient);
    connect(notifier, &StoreNotifier::changed, this, followPatient);
    connect(notifier, &StoreNotifier::removed, this, followPatient);

    auto* list = new QVBoxLayout;
    list->addWidget(m_empty);
    list->addWidget(m_table, 1);
    // The record button sits under the detail that says what is not recorded.
    auto* detail = new QVBoxLayout;
    detail->addWidget(detailScroll, 1);
    detail->addWidget(m_recordButton, 0, Qt::AlignLeft);
    auto* top = new QHBoxLayout;
    top->addLayout(list, 3);
    top->addLayout(detail, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_swapButton);
    buttons->addWidget(m_keepButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::modelReset, this, &SafetyFindingsPanel::showFindings);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SafetyFindingsPanel::showCurrent);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        selectFinding(index.row());
        QMenu* menu = actionsMenu(index.row(), this);
        if (!menu->isEmpty())
            menu->exec(m_table->viewport()->mapToGlobal(pos));
        menu->deleteLater();
    });
    showFindings();
}

void SafetyFindingsPanel::setExerciseNames(const QHash<qint64, QString>& names)
{
    m_model->setExerciseNames(names);
}

void SafetyFindingsPanel::setProgramme(const Programme& programme)
{
    // Keep the clinician's place: the same finding stays selected when it is still there.
    const int current = currentFinding();
    QString ruleId;
    qint64 exerciseId = 0;
    if (current >= 0) {
        ruleId = m_model->findings().at(current).ruleId;
        exerciseId = m_model->findings().at(current).exerciseId;
    }
    m_programme = programme;
    // The check runs on every change the builder shows: about 2 ms with its reads for 20
    // exercises (BM_CheckStoredProgramme20), the engine itself about 0.04 ms.
    auto findings = programmeSafetyFindings(m_workspace, programme);
    // A check that could not run has found nothing, which is not "no findings".
    if (findings) {
        m_empty->setText(tr("No findings"));
        tones::setTextTone(m_empty, tones::Tone::Muted);
    } else {
        m_empty->setText(tr("Not checked: the safety check could not run (%1). Treat every "
                            "exercise as unchecked until it can.")
                             .arg(findings.error().message));
        tones::setTextTone(m_empty, tones::Tone::Error, true);
    }
    m_model->setFindings(findings ? *findings : PanelFindings{});
    if (!findings)
        emit problem(findings.error().message);
    // Otherwise the most severe finding: its reason and source are what to read first.
    int again = m_model->rowCount() > 0 ? 0 : -1;
    for (int r = 0; r < m_model->rowCount() && !ruleId.isEmpty(); ++r)
        if (m_model->findings().at(r).ruleId == ruleId &&
            m_model->findings().at(r).exerciseId == exerciseId) {
            again = r;
            break;
        }
    selectFinding(again);
}

int SafetyFindingsPanel::currentFinding() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    return index.isValid() && m_table->selectionModel()->isRowSelected(index.row()) ? index.row()
                                                                                    : -1;
}

void SafetyFindingsPanel::selectFinding(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->selectionModel()->clear();
        showCurrent();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showCurrent();
}

void SafetyFindingsPanel::showFindings()
{
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    showCurrent();
}

void SafetyFindingsPanel::showCurrent()
{
    const int row = currentFinding();
    m_swapMenu->clear();
    if (row < 0) {
        m_details->setText(m_model->rowCount() == 0
                               ? QString()
                               : QStringLiteral("<span style=\"color: %1\">%2</span>")
                                     .arg(tones::css(tones::Tone::Muted, m_details->palette()),
                                          tr("Select a finding to read its reason, its source "
                                             "and safer alternatives.")));
        m_swapButton->setText(tr("Swap in"));
        m_swapButton->setEnabled(false);
        m_keepButton->setEnabled(false);
        // With nothing found there is nothing to act on: "No findings" stands alone.
        m_swapButton->setVisible(m_model->rowCount() > 0);
        m_keepButton->setVisible(m_model->rowCount() > 0);
        m_recordButton->setVisible(false);
        return;
    }
    const PanelFinding& f = m_model->findings().at(row);
    m_details->setText(f.details);
    for (const PanelFinding::Alternative& a : f.alternatives) {
        QAction* action = m_swapMenu->addAction(tr("Swap in %1").arg(a.name));
        const int index = f.prescriptionIndex;
        const qint64 id = a.exerciseId;
        connect(action, &QAction::triggered, this, [this, index, id] { swap(index, id); });
    }
    m_swapButton->setText(f.alternatives.isEmpty()
                              ? tr("Swap in")
                              : tr("Swap in %1").arg(f.alternatives.first().name));
    m_swapButton->setToolTip(tr("Put a safer exercise in this one's place; the dose, side and "
                                "note stay. Undo brings the exercise back."));
    m_swapButton->setVisible(true);
    m_swapButton->setEnabled(canSwap(f));
    m_keepButton->setVisible(f.severity == PanelFinding::Severity::Avoid);
    m_keepButton->setEnabled(canKeep(f));
    const auto missing = recordable(f);
    m_recordButton->setVisible(missing.has_value());
    if (missing) {
        const bool amount = missing->missing == SafetyAssumption::Missing::ConditionAmount;
        m_recordButton->setText(amount ? tr("Record &Weeks…") : tr("Record &Onset…"));
        m_recordButton->setToolTip(missing->text);
    }
}

std::optional<SafetyAssumption> SafetyFindingsPanel::recordable(const PanelFinding& finding)
{
    for (const SafetyAssumption& a : finding.assumptions) {
        if (a.recordId <= 0)
            continue;
        switch (a.missing) {
        case SafetyAssumption::Missing::ConditionOnset:
        case SafetyAssumption::Missing::ConditionAmount:
        case SafetyAssumption::Missing::EpisodeOnset:
            return a;
        case SafetyAssumption::Missing::NoEpisode:
        case SafetyAssumption::Missing::LegSymptoms:
            break; // a new episode or a visit: the patient's own tabs, not one field
        }
    }
    return std::nullopt;
}

void SafetyFindingsPanel::recordSelected()
{
    const int row = currentFinding();
    if (row < 0)
        return;
    const auto missing = recordable(m_model->findings().at(row));
    if (!missing)
        return;
    bool saved = false;
    if (missing->missing == SafetyAssumption::Missing::EpisodeOnset) {
        auto before = EpisodeRecords(m_workspace).episode(missing->recordId);
        if (!before) {
            emit problem(before.error().message);
            return;
        }
        EpisodeDialog dialog(
            m_workspace, *before,
            [this, b = *before](const Episode& after) {
                return m_patientEditor->editEpisode(b, after);
            },
            this);
        saved = dialog.exec() == QDialog::Accepted;
    } else {
        auto before = EpisodeRecords(m_workspace).condition(missing->recordId);
        if (!before) {
            emit problem(before.error().message);
            return;
        }
        ConditionDialog dialog(
            m_workspace, *before,
            [this, b = *before](const Condition& after) {
                return m_patientEditor->editCondition(b, after);
            },
            this);
        saved = dialog.exec() == QDialog::Accepted;
    }
    if (saved) {
        logging::get("ui.safety")->info("recorded a missing value of record {}", missing->recordId);
        setProgramme(m_programme); // the finding may change now that it rests on a record
    }
}

bool SafetyFindingsPanel::editable() const
{
    return m_programme.id > 0 && m_programme.status != ProgrammeStatus::Superseded;
}

bool SafetyFindingsPanel::canKeep(const PanelFinding& f) const
{
    return editable() && f.severity == PanelFinding::Severity::Avoid && !f.override &&
           f.exerciseId > 0 && f.prescriptionIndex >= 0;
}

bool SafetyFindingsPanel::canSwap(const PanelFinding& f) const
{
    return editable() && f.prescriptionIndex >= 0 && !f.alternatives.isEmpty();
}

QMenu* SafetyFindingsPanel::actionsMenu(int row, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    if (row < 0 || row >= m_model->rowCount())
        return menu;
    const PanelFinding& f = m_model->findings().at(row);
    if (canSwap(f))
        for (const PanelFinding::Alternative& a : f.alternatives) {
            const int index = f.prescriptionIndex;
            const qint64 id = a.exerciseId;
            connect(menu->addAction(tr("Swap in %1").arg(a.name)), &QAction::triggered, this,
                    [this, index, id] { swap(index, id); });
        }
    if (canKeep(f)) {
        if (!menu->isEmpty())
            menu->addSeparator();
        connect(menu->addAction(tr("Keep with a Reason…")), &QAction::triggered, this, [this, row] {
            selectFinding(row);
            keepSelected();
        });
    }
    return menu;
}

void SafetyFindingsPanel::swap(int row, qint64 exerciseId)
{
    if (!editable())
        return;
    emit replaceRequested(row, exerciseId);
}

QString SafetyFindingsPanel::clinicianName() const
{
    // This desk's clinician (Edit → Preferences…), by default the account's name.
    return DeskSettings().clinicianName();
}

void SafetyFindingsPanel::keepSelected()
{
    const int row = currentFinding();
    if (row < 0 || !canKeep(m_model->findings().at(row)))
        return;
    const PanelFinding f = m_model->findings().at(row);
    const QString name = m_model->index(row, SafetyFindingsModel::ExerciseColumn).data().toString();
    SafetyOverrideDialog dialog(name, f.reason, clinicianName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The name typed here is this desk's clinician from now on, as on visits.
    if (dialog.clinician() != clinicianName())
        DeskSettings().setClinicianName(dialog.clinician());
    keepFinding(row, dialog.reason(), dialog.clinician());
}

bool SafetyFindingsPanel::keepFinding(int row, const QString& reason, const QString& clinician)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const PanelFinding& f = m_model->findings().at(row);
    if (!canKeep(f)) {
        emit problem(tr("Only an \"avoid\" finding of a current programme can be kept."));
        return false;
    }
    SafetyOverride entry;
    entry.programmeId = m_programme.id;
    entry.position = f.prescriptionIndex;
    entry.exerciseId = f.exerciseId;
    entry.ruleId = f.ruleId;
    entry.reason = reason;
    entry.recordedBy = clinician;
    const QString name = m_model->index(row, SafetyFindingsModel::ExerciseColumn).data().toString();
    const Status kept = m_undoStack->run(
        new SafetyOverrideCommand(m_workspace, entry, tr("Keep %1 with a reason").arg(name)));
    if (!kept) {
        emit problem(kept.error().message);
        return false;
    }
    logging::get("ui.safety")
        ->info("kept exercise {} in programme {}", entry.exerciseId, entry.programmeId);
    return true;
}

} // namespace gradus
