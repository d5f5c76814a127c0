#include "pacing/PacingTab.h"
#include "PlainMessageBox.h"
#include "RefreshWhenShown.h"

#include "Workspace.h"
#include "i18n/DataTexts.h"
#include "i18n/InSentence.h"
#include "i18n/LocaleFormat.h"
#include "pacing/CreatePacingPlanCommand.h"
#include "pacing/PacingDose.h"
#include "pacing/PacingPlanDialog.h"
#include "pacing/PacingPrescriptionModel.h"
#include "pacing/PacingScheduleView.h"
#include "services/ExerciseRecords.h"
#include "services/PacingPlans.h"
#include "services/ProgrammeRecords.h"
#include "settings/ClinicSettings.h"
#include "settings/DeskSettings.h"
#include "undo/StoreUndoStack.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace gradus {
namespace {

// The desk's clinician name (Edit → Preferences…, or typed on a visit).
QString deskClinician()
{
    return DeskSettings().clinicianName();
}

std::optional<PacingUnit> unitFor(DoseType type)
{
    for (PacingUnit u :
         {PacingUnit::Minutes, PacingUnit::Repetitions, PacingUnit::Seconds, PacingUnit::Metres})
        if (pacingDose::typeFor(u) == type)
            return u;
    return std::nullopt;
}

} // namespace

PacingTab::PacingTab(Workspace& workspace, StoreUndoStack* undoStack, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("pacingTab"));
    m_refresh = new RefreshWhenShown(this, [this] { reload(); });
    auto* layout = new QVBoxLayout(this);
    m_programme = new QLabel(this);
    m_programme->setObjectName(QStringLiteral("pacingProgramme"));
    m_programme->setWordWrap(true);
    layout->addWidget(m_programme);

    // Top: the exercises and the selected plan's decisions side by side; below, the schedule
    // gets most of the height, since its chart needs it to stay legible.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* listColumn = new QVBoxLayout;
    m_model = new PacingPrescriptionModel(this);
    m_table = new QTableView(top);
    m_table->setObjectName(QStringLiteral("pacingPrescriptions"));
    m_table->setAccessibleName(tr("Graded activity plans"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    listColumn->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    m_newPlan = new QPushButton(tr("&New Plan…"), top);
    m_newPlan->setObjectName(QStringLiteral("newPacingPlan"));
    m_newPlan->setToolTip(tr("Make a graded activity plan for the selected exercise from the "
                             "patient's measured tolerance"));
    buttons->addWidget(m_newPlan);
    buttons->addStretch();
    listColumn->addLayout(buttons);
    topLayout->addLayout(listColumn, 5);
    m_decisions = new QLabel(top);
    m_decisions->setObjectName(QStringLiteral("pacingDecisions"));
    m_decisions->setWordWrap(true);
    m_decisions->setTextFormat(Qt::RichText);
    m_decisions->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* decisionsArea = new QScrollArea(top);
    decisionsArea->setWidget(m_decisions);
    decisionsArea->setWidgetResizable(true);
    topLayout->addWidget(decisionsArea, 3);

    m_schedule = new PacingScheduleView(splitter);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({170, 600});
    layout->addWidget(splitter, 1);

    connect(m_newPlan, &QPushButton::clicked, this, &PacingTab::openNewPlanDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PacingTab::showSelected);
    m_workspace.notifier().follow(this, [this](StoreNotifier::Kind kind) { onStoreChanged(kind); });
    reload();
}

void PacingTab::setPatient(qint64 patientId)
{
    if (patientId == m_patientId)
        return;
    m_patientId = patientId;
    reload();
}

void PacingTab::onStoreChanged(StoreNotifier::Kind kind)
{
    using K = StoreNotifier::Kind;
    if (m_patientId > 0 && (kind == K::Programme || kind == K::Prescription || kind == K::Visit))
        m_refresh->request();
}

int PacingTab::selectedRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PacingTab::reload()
{
    const qint64 keep = selectedRow() >= 0 ? m_model->row(selectedRow()).prescription.id : 0;
    QList<PacingPrescriptionModel::Row> rows;
    m_programme->clear();
    if (m_patientId > 0) {
        ProgrammeRecords programmes(m_workspace);
        // A programme that cannot be read is said so, never shown as "no programme yet".
        QString unreadable;
        auto active = programmes.activeOn(m_patientId, m_workspace.clock().today());
        if (!active)
            unreadable = active.error().message;
        std::optional<Programme> shown = active ? *active : std::nullopt;
        if (!shown && unreadable.isEmpty()) {
            auto all = programmes.forPatient(m_patientId);
            if (!all) {
                unreadable = all.error().message;
            } else if (!all->isEmpty()) {
                auto full = programmes.get(all->first().id);
                if (full)
                    shown = *full;
                else
                    unreadable = full.error().message;
            }
        }
        if (!unreadable.isEmpty()) {
            m_programme->setText(tr("<b>The patient's programme could not be read</b>, so its "
                                    "exercises and plans are not shown here. Cause: %1")
                                     .arg(unreadable.toHtmlEscaped()));
        } else if (!shown) {
            m_programme->setText(tr("No programme yet. Build one on the Programme tab; then "
                                    "its exercises can be given a graded activity plan here."));
        } else {
            m_programme->setText(
                tr("<b>%1</b>, version %2 (%3). Select an exercise to see its plan, or give a "
                   "walking, timed or counted exercise a plan with <i>New Plan…</i>. Reviews "
                   "are proposed when a visit is recorded.")
                    .arg(shown->name.toHtmlEscaped())
                    .arg(shown->version)
                    .arg(shown->status == ProgrammeStatus::Active ? tr("given to the patient")
                                                                  : tr("draft")));
            PacingPlans plans(m_workspace);
            ExerciseRecords exercises(m_workspace);
            for (const ProgrammeSection& s : shown->sections)
                for (const Prescription& p : s.prescriptions) {
                    PacingPrescriptionModel::Row row;
                    row.prescription = p;
                    auto e = exercises.byId(p.exerciseId);
                    row.exerciseName = e ? DataTexts::display().exercise(*e).name
                                         : tr("Exercise %1").arg(p.exerciseId);
                    auto plan = plans.forPrescription(p.id);
                    if (!plan)
                        row.planUnreadable = plan.error().message;
                    else if (*plan) {
                        row.plan = **plan;
                        auto built = GradedActivityPlan::create((*plan)->parameters);
                        row.weekCount = built ? built->weekCount() : 0;
                    }
                    rows << row;
                }
        }
    }
    m_model->setRecords(rows);
    m_table->resizeColumnsToContents();
    const int again = keep ? m_model->rowOfPrescription(keep) : -1;
    if (m_model->rowCount() > 0)
        m_table->selectRow(again >= 0 ? again : 0);
    showSelected();
}

void PacingTab::selectPrescription(qint64 prescriptionId)
{
    const int row = m_model->rowOfPrescription(prescriptionId);
    if (row >= 0)
        m_table->selectRow(row);
    showSelected();
}

void PacingTab::showSelected()
{
    const int row = selectedRow();
    m_decisions->clear();
    if (row < 0) {
        m_schedule->clear();
        m_newPlan->setEnabled(false);
        return;
    }
    const PacingPrescriptionModel::Row& r = m_model->row(row);
    // A plan that could not be read may exist: offering a new one could give the exercise two.
    m_newPlan->setEnabled(!r.plan && r.planUnreadable.isEmpty() &&
                          unitFor(r.prescription.dose.type).has_value());
    if (!r.planUnreadable.isEmpty()) {
        m_schedule->clear(tr("The plan could not be read, so its weeks cannot be shown."));
        m_decisions->setText(
            tr("<b>The graded activity plan of %1 could not be read</b>, so "
               "whether it has one is not known. New Plan is unavailable until it "
               "can be read. Cause: %2")
                .arg(r.exerciseName.toHtmlEscaped(), r.planUnreadable.toHtmlEscaped()));
        return;
    }
    if (!r.plan) {
        m_schedule->clear();
        m_decisions->setText(unitFor(r.prescription.dose.type)
                                 ? tr("%1 has no graded activity plan.").arg(r.exerciseName)
                                 : tr("%1 has no plan; only doses counted in minutes, "
                                      "repetitions, holds or metres can be graded.")
                                       .arg(r.exerciseName));
        return;
    }
    auto plan = GradedActivityPlan::create(r.plan->parameters);
    if (!plan) {
        m_schedule->clear(
            tr("The weeks of this plan cannot be worked out: %1").arg(plan.error().message));
        m_decisions->setText(plan.error().message.toHtmlEscaped());
        return;
    }
    m_schedule->setPlan(*plan);
    m_schedule->setCurrentWeek(r.plan->currentWeek);
    auto actuals = PacingPlans(m_workspace).actuals(*r.plan);
    m_schedule->setActuals(actuals ? *actuals : QList<WeekActual>());
    // An empty Done column must not pass for "nothing done" when the visits could not be read.
    const QString actualsUnreadable =
        actuals ? QString()
                : tr("<br><br><b>What was done could not be read</b>, so the Done column and "
                     "the chart show nothing done. Cause: %1")
                      .arg(actuals.error().message.toHtmlEscaped());

    auto decisions = PacingPlans(m_workspace).decisions(r.plan->id);
    if (!decisions) {
        m_decisions->setText(
            tr("<b>Review decisions could not be read</b>, so how the plan came to its current "
               "step is not shown. Cause: %1")
                .arg(decisions.error().message.toHtmlEscaped()) +
            actualsUnreadable);
        return;
    }
    const QList<PacingDecisionRecord>& all = *decisions;
    // Newest first: the last decision is what the patient is doing now.
    constexpr int kShown = 8;
    QStringList lines;
    for (auto it = all.crbegin(); it != all.crend() && lines.size() < kShown; ++it) {
        const PacingDecisionRecord& d = *it;
        const QString when = LocaleFormat::date(d.decidedAt.toLocalTime().date());
        const QString to = d.chosenQuota
                               ? pacingUnit::format(r.plan->parameters.unit, *d.chosenQuota)
                               : tr("no quota");
        const QString line =
            d.accepted
                ? tr("%1: <b>%2</b> to %3, as proposed")
                      .arg(when, reviewOutcome::name(d.chosenOutcome), to)
                : tr("%1: <b>%2</b> to %3 instead of the proposed %4. Reason: %5")
                      .arg(when, reviewOutcome::name(d.chosenOutcome), to,
                           InSentence::reviewOutcome(d.proposedOutcome), d.reason.toHtmlEscaped());
        lines << tr("%1 (%2)").arg(line, d.decidedBy.toHtmlEscaped());
    }
    if (all.size() > kShown)
        lines << tr("… and %1 earlier (all are kept).").arg(all.size() - kShown);
    // Holds and steps back slow the plan, so its first calendar drifts from the step the
    // patient is on: say so, or the table's dates would suggest the wrong quota.
    QString now = tr("<b>Now:</b> week %1 of the plan, %2 a day.")
                      .arg(r.plan->currentWeek)
                      .arg(pacingUnit::format(r.plan->parameters.unit, r.plan->currentQuota));
    const auto calendarWeek = plan->weekOn(m_workspace.clock().today());
    if (calendarWeek && *calendarWeek != r.plan->currentWeek)
        now += tr(" By the dates in the table it would be week %1, but the plan moves on only "
                  "when a review finds the step tolerated: the step counts, the dates are a "
                  "guide.")
                   .arg(*calendarWeek);
    const QString history =
        lines.isEmpty()
            ? tr("<b>Review decisions</b><br>None yet: the first review is proposed when the "
                 "next visit is recorded.")
            : tr("<b>Review decisions</b>, newest first<br>%1")
                  .arg(lines.join(QStringLiteral("<br>")));
    m_decisions->setText(now + QStringLiteral("<br><br>") + history + actualsUnreadable);
}

Status PacingTab::createPlan(const PlanParameters& parameters)
{
    const int row = selectedRow();
    if (row < 0)
        return Error{QStringLiteral("pacing.none"), tr("Select an exercise first.")};
    const qint64 prescriptionId = m_model->row(row).prescription.id;
    auto* command =
        new CreatePacingPlanCommand(m_workspace, prescriptionId, parameters, deskClinician());
    if (auto st = m_undoStack->run(command); !st)
        return st;
    const QString doseMessage = command->doseOutcome().message;
    reload();
    selectPrescription(prescriptionId);
    emit statusMessage(tr("Graded activity plan saved. %1").arg(doseMessage).trimmed());
    return {};
}

void PacingTab::openNewPlanDialog()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const PacingPrescriptionModel::Row& r = m_model->row(row);
    const auto unit = unitFor(r.prescription.dose.type);
    if (!unit)
        return;
    PlanParameters defaults;
    defaults.unit = *unit;
    defaults.baselinePercent =
        m_workspace.settings().intValue(ClinicSettings::Key::PacingBaselinePercent);
    defaults.weeklyPercent =
        m_workspace.settings().intValue(ClinicSettings::Key::PacingWeeklyPercent);
    defaults.boutsPerDay = r.prescription.dose.timesPerDay;
    defaults.goal = pacingDose::amountOf(r.prescription.dose, *unit) *
                    std::max(1, r.prescription.dose.timesPerDay);
    defaults.start = m_workspace.clock().today();
    PacingPlanDialog dialog(r.exerciseName, defaults, this);
    dialog.setPrescribedDose(r.prescription.dose);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto st = createPlan(dialog.parameters()); !st)
        PlainMessageBox::warning(this, tr("Plan Not Saved"), st.error().message);
}

} // namespace gradus
