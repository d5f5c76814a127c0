#include "history/RecordHistoryTab.h"
#include "RefreshWhenShown.h"

#include "Workspace.h"
#include "history/RecordHistoryModel.h"
#include "notify/StoreNotifier.h"
#include "services/ChangeHistory.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace gradus {
namespace {
// A patient of many years has thousands of entries; the newest are what a clinician asks
// about ("who changed this?"). `gradus-cli audit` reads further back.
constexpr int kShown = 500;
} // namespace

RecordHistoryTab::RecordHistoryTab(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_model = new RecordHistoryModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Record history"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    // Every change anywhere would otherwise cost a trail query here: while the tab is hidden
    // it only notes that it is out of date, and reloads when shown.
    m_refresh = new RefreshWhenShown(this, [this] { reload(); });
    m_workspace.notifier().follow(this, [this](StoreNotifier::Kind) { m_refresh->request(); });
}

void RecordHistoryTab::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    reload();
}

void RecordHistoryTab::reload()
{
    if (m_patientId == 0) {
        m_model->setRecords({});
        m_summary->clear();
        return;
    }
    auto entries = ChangeHistory(m_workspace).forPatient(m_patientId, kShown);
    if (!entries) {
        m_model->setRecords({});
        m_summary->setText(entries.error().message);
        return;
    }
    m_model->setRecords(*entries);
    m_summary->setText(
        entries->isEmpty()
            ? tr("No changes recorded for this patient.")
            : tr("Every change to this patient's records, newest first, as the database "
                 "recorded it (%n entries shown).",
                 nullptr, static_cast<int>(entries->size())));
    m_table->resizeColumnsToContents();
}

} // namespace gradus
