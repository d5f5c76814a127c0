#include "safety/RedFlagTab.h"

#include "Workspace.h"
#include "model/VisitClinician.h"
#include "safety/RedFlagBanner.h"
#include "safety/RedFlagCatalog.h"
#include "safety/RedFlagScreenDialog.h"
#include "storage/PatientRepository.h"
#include "storage/RedFlagRepository.h"
#include "storage/StoreNotifier.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
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
    m_history = new QTreeWidget(this);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels(
        {tr("Date"), tr("Clinician"), tr("Red flags"), tr("Decision"), tr("Note")});
    m_history->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_history, 1);
    connect(m_record, &QPushButton::clicked, this, &RedFlagTab::recordScreen);
    connect(m_decide, &QPushButton::clicked, this, &RedFlagTab::recordDecision);
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
    reload();
}

void RedFlagTab::reload()
{
    m_history->clear();
    m_latestUnresolved = 0;
    m_record->setEnabled(m_patientId != 0);
    if (m_patientId != 0) {
        auto screens = RedFlagRepository(m_workspace).forPatient(m_patientId);
        if (screens) {
            const auto& catalog = RedFlagCatalog::builtIn();
            for (auto it = screens->crbegin(); it != screens->crend(); ++it) {
                QStringList labels;
                for (const auto& code : it->flags)
                    labels.append(catalog.find(code) ? catalog.find(code)->label : code);
                auto* item = new QTreeWidgetItem(
                    {QLocale().toString(it->date, QLocale::ShortFormat), it->clinician,
                     it->positive() ? labels.join(u"; ") : tr("None (clear)"),
                     it->decision ? redFlagDecisionLabel(*it->decision)
                                  : (it->positive() ? tr("No decision yet") : QString()),
                     it->note});
                if (it->unresolved())
                    for (int c = 0; c < item->columnCount(); ++c)
                        item->setForeground(c, QColor(0xb0, 0x1e, 0x1e));
                m_history->addTopLevelItem(item);
            }
            if (!screens->isEmpty() && screens->last().unresolved())
                m_latestUnresolved = screens->last().id;
        }
    }
    m_decide->setEnabled(m_latestUnresolved != 0);
}

void RedFlagTab::recordScreen()
{
    auto patient = PatientRepository(m_workspace).get(m_patientId);
    if (!patient)
        return;
    RedFlagScreenDialog dialog(m_patientId, patient->ageOn(m_workspace.clock().today()),
                               m_workspace.settings(), defaultClinicianName(), this);
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
    const QStringList choices{redFlagDecisionLabel(RedFlagDecision::Referred),
                              redFlagDecisionLabel(RedFlagDecision::Discussed),
                              redFlagDecisionLabel(RedFlagDecision::NotApplicable)};
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(this, tr("Record decision"), tr("Decision:"), choices, 0, false, &ok);
    if (!ok)
        return;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Record decision"), tr("Note (what was decided and with whom):"), {}, &ok);
    if (!ok)
        return;
    const RedFlagDecision decisions[] = {RedFlagDecision::Referred, RedFlagDecision::Discussed,
                                         RedFlagDecision::NotApplicable};
    const auto decision = decisions[std::max<qsizetype>(0, choices.indexOf(choice))];
    if (auto st = RedFlagRepository(m_workspace)
                      .decide(m_latestUnresolved, decision, note, defaultClinicianName());
        !st) {
        QMessageBox::warning(this, tr("Record decision"), st.error().message);
        return;
    }
    emit statusMessage(tr("Decision on the red-flag screen recorded."));
}

} // namespace gradus
