#include "safety/RedFlagTab.h"

#include "Workspace.h"
#include "safety/RedFlagBanner.h"
#include "safety/RedFlagDecisionDialog.h"
#include "safety/RedFlagHistoryModel.h"
#include "safety/RedFlagScreenDialog.h"
#include "settings/DeskSettings.h"
#include "storage/PatientRepository.h"
#include "storage/RedFlagRepository.h"
#include "storage/StoreNotifier.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace gradus {

RedFlagTab::RedFlagTab(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    setObjectName(u"redFlagTab"_qs);
    auto* layout = new QVBoxLayout(this);
    m_banner = new RedFlagBanner(workspace, this);
    layout->addWidget(m_banner);
    auto* buttons = new QHBoxLayout;
    m_record = new QPushButton(tr("&Record Screen…"), this);
    m_decide = new QPushButton(tr("Record &Decision…"), this);
    buttons->addWidget(m_record);
    buttons->addWidget(m_decide);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_model = new RedFlagHistoryModel(workspace, this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(RedFlagHistoryModel::SortRole);
    m_history = new QTableView(this);
    m_history->setObjectName(u"redFlagHistory"_qs);
    m_history->setAccessibleName(tr("Red-flag screens"));
    m_history->setModel(m_sorted);
    m_history->setSortingEnabled(true);
    m_history->sortByColumn(RedFlagHistoryModel::Date, Qt::DescendingOrder);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Flag labels wrap so a clinician reads every flag without widening the column.
    m_history->setWordWrap(true);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(RedFlagHistoryModel::Flags,
                                                        QHeaderView::Stretch);
    m_history->horizontalHeader()->setSectionResizeMode(RedFlagHistoryModel::Note,
                                                        QHeaderView::Stretch);
    layout->addWidget(m_history, 1);
    auto fitRows = [this] { m_history->resizeRowsToContents(); };
    connect(m_model, &QAbstractItemModel::modelReset, m_history, fitRows);
    connect(m_history->horizontalHeader(), &QHeaderView::sectionResized, m_history, fitRows);
    connect(m_record, &QPushButton::clicked, this, &RedFlagTab::recordScreen);
    connect(m_decide, &QPushButton::clicked, this, &RedFlagTab::recordDecision);
    connect(m_history, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.data(RedFlagHistoryModel::ScreenIdRole).toLongLong() == m_latestUnresolved)
            recordDecision();
    });
    auto onChange = [this](StoreNotifier::Kind kind, qint64) {
        if (kind == StoreNotifier::Kind::Screen)
            reload();
    };
    connect(&m_workspace.notifier(), &StoreNotifier::added, this, onChange);
    connect(&m_workspace.notifier(), &StoreNotifier::changed, this, onChange);
    reload();
}

void RedFlagTab::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    m_banner->setPatient(patientId);
    m_model->setPatient(patientId);
    reload();
}

void RedFlagTab::reload()
{
    // The model follows the store notifier itself; this keeps the buttons in step.
    m_latestUnresolved = 0;
    m_record->setEnabled(m_patientId != 0);
    if (m_patientId != 0) {
        auto latest = RedFlagRepository(m_workspace).latest(m_patientId);
        if (latest && latest->has_value() && (*latest)->unresolved())
            m_latestUnresolved = (*latest)->id;
    }
    m_decide->setEnabled(m_latestUnresolved != 0);
    if (m_latestUnresolved != 0)
        emit alertChanged(tr("Unresolved red flags"),
                          tr("The latest red-flag screen has a flag without a recorded "
                             "decision. Handouts are held back until one is recorded. Click to "
                             "open the Red flags tab."));
    else
        emit alertChanged({}, {});
    m_history->resizeColumnToContents(RedFlagHistoryModel::Date);
    m_history->resizeColumnToContents(RedFlagHistoryModel::Clinician);
    m_history->resizeColumnToContents(RedFlagHistoryModel::Decision);
}

void RedFlagTab::recordScreen()
{
    auto patient = PatientRepository(m_workspace).get(m_patientId);
    if (!patient)
        return;
    RedFlagScreenDialog dialog(m_patientId, patient->ageOn(m_workspace.clock().today()),
                               m_workspace.settings(), DeskSettings().clinicianName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto id = RedFlagRepository(m_workspace).record(dialog.screen());
    if (!id) {
        QMessageBox::warning(this, tr("Red-flag screen"), id.error().message);
        return;
    }
    emit statusMessage(tr("Red-flag screen recorded."));
}

void RedFlagTab::recordDecision()
{
    if (m_latestUnresolved == 0)
        return;
    auto screen = RedFlagRepository(m_workspace).get(m_latestUnresolved);
    if (!screen) {
        QMessageBox::warning(this, tr("Record Decision"), screen.error().message);
        return;
    }
    // The dialog stores the decision itself and stays open on an error, so nothing typed is lost.
    RedFlagDecisionDialog dialog(m_workspace, *screen, DeskSettings().clinicianName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("Decision on the red-flag screen recorded."));
}

} // namespace gradus
