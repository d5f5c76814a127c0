#include "safety/RedFlagTab.h"
#include "PlainMessageBox.h"

#include "Workspace.h"
#include "notify/StoreNotifier.h"
#include "safety/RedFlagBanner.h"
#include "safety/RedFlagDecisionDialog.h"
#include "safety/RedFlagHistoryModel.h"
#include "safety/RedFlagScreenDialog.h"
#include "services/PatientRecords.h"
#include "services/RedFlagScreens.h"
#include "settings/DeskSettings.h"

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
    // The tab reads the screens once per change and feeds the banner and the history.
    m_banner = new RedFlagBanner(this);
    layout->addWidget(m_banner);
    auto* buttons = new QHBoxLayout;
    m_record = new QPushButton(tr("&Record Screen…"), this);
    m_decide = new QPushButton(tr("Record &Decision…"), this);
    buttons->addWidget(m_record);
    buttons->addWidget(m_decide);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_model = new RedFlagHistoryModel(this);
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
        if (index.data(RedFlagHistoryModel::UnresolvedRole).toBool())
            recordDecisionOn(index.data(RedFlagHistoryModel::ScreenIdRole).toLongLong());
    });
    m_workspace.notifier().follow(this, [this](StoreNotifier::Kind kind) {
        if (kind == StoreNotifier::Kind::Screen)
            reload();
    });
    reload();
}

void RedFlagTab::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    reload();
}

void RedFlagTab::reload()
{
    // The buttons keep in step with the handout gate, which looks at every flag of every screen.
    m_undecided.clear();
    m_record->setEnabled(m_patientId != 0);
    int flags = 0;
    // Read once for the buttons, the banner and the history (one statement, not three).
    QList<RedFlagScreen> screens;
    if (m_patientId != 0) {
        auto stored = RedFlagScreens(m_workspace).forPatient(m_patientId);
        if (!stored) {
            // Unknown is not "clear": the tab and the patient's alert say so.
            m_banner->showUnreadable(stored.error().message);
            m_model->setScreens({});
            m_decide->setEnabled(false);
            emit alertChanged(tr("Red flags could not be read"),
                              tr("The red-flag screens could not be read: %1. Handouts are "
                                 "held back until they can be read.")
                                  .arg(stored.error().message));
            return;
        }
        screens = *stored;
    }
    for (const RedFlagScreen& s : std::as_const(screens))
        if (s.unresolved()) {
            m_undecided.append(s);
            flags += int(s.undecidedFlags().size());
        }
    m_banner->showScreens(screens);
    m_model->setScreens(screens);
    m_decide->setEnabled(!m_undecided.isEmpty());
    if (!m_undecided.isEmpty())
        emit alertChanged(tr("Undecided red flags"),
                          tr("%n red flag(s) have no recorded decision. Handouts are held back "
                             "until each has one. Click to open the Red flags tab.",
                             nullptr, flags));
    else
        emit alertChanged({}, {});
    m_history->resizeColumnToContents(RedFlagHistoryModel::Date);
    m_history->resizeColumnToContents(RedFlagHistoryModel::Clinician);
    m_history->resizeColumnToContents(RedFlagHistoryModel::Decision);
}

void RedFlagTab::recordScreen()
{
    auto patient = PatientRecords(m_workspace).get(m_patientId);
    if (!patient) {
        // The dialog needs the patient's age (the age flag); say why it does not open.
        PlainMessageBox::warning(this, tr("Red-flag screen"), patient.error().message);
        return;
    }
    RedFlagScreenDialog dialog(m_patientId, patient->ageOn(m_workspace.clock().today()),
                               m_workspace.settings(), DeskSettings().clinicianName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto id = RedFlagScreens(m_workspace).record(dialog.screen());
    if (!id) {
        PlainMessageBox::warning(this, tr("Red-flag screen"), id.error().message);
        return;
    }
    emit statusMessage(tr("Red-flag screen recorded."));
}

void RedFlagTab::recordDecision()
{
    openDecision(m_undecided);
}

void RedFlagTab::recordDecisionOn(qint64 screenId)
{
    for (const RedFlagScreen& s : std::as_const(m_undecided))
        if (s.id == screenId)
            return openDecision({s});
}

void RedFlagTab::openDecision(const QList<RedFlagScreen>& screens)
{
    if (screens.isEmpty())
        return;
    // The dialog stores the decision itself and stays open on an error, so nothing typed is lost.
    RedFlagDecisionDialog dialog(m_workspace, screens, DeskSettings().clinicianName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(
        tr("Decision on %n red flag(s) recorded.", nullptr, int(dialog.chosenFlags().size())));
}

} // namespace gradus
