#include "patients/EpisodesTab.h"
#include "PlainMessageBox.h"

#include "Workspace.h"
#include "i18n/DataTexts.h"
#include "i18n/LocaleFormat.h"
#include "patients/CarePhase.h"
#include "patients/ConditionCatalog.h"
#include "patients/ConditionDialog.h"
#include "patients/EpisodeDialog.h"
#include "patients/PatientEditor.h"
#include "services/EpisodeRecords.h"
#include "style/Tones.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gradus {
namespace {

// Rows a few pixels taller than the style's, without a style sheet (which would ignore the
// palette).
class AiryRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(4, 6);
    }
};

QString shortDate(const QDate& date)
{
    return date.isValid() ? LocaleFormat::date(date) : QString();
}

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

// The record of `records` that the current row of `tree` stands for (its id is the row's
// Qt::UserRole data); none when no row is current.
template <typename T> const T* recordAtCurrentRow(const QTreeWidget* tree, const QList<T>& records)
{
    const QTreeWidgetItem* item = tree->currentItem();
    if (!item)
        return nullptr;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const T& record : records)
        if (record.id == id)
            return &record;
    return nullptr;
}

} // namespace

EpisodesTab::EpisodesTab(PatientEditor& editor, QWidget* parent) : QWidget(parent), m_editor(editor)
{
    setObjectName(QStringLiteral("EpisodesTab"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter);

    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* episodeButtons = new QHBoxLayout;
    auto* episodesTitle = new QLabel(tr("<b>Episodes of care</b>"), top);
    episodeButtons->addWidget(episodesTitle);
    episodeButtons->addStretch(1);
    m_newEpisode = button(tr("New Episode…"), QStringLiteral("newEpisode"), top);
    m_editEpisode = button(tr("Edit…"), QStringLiteral("editEpisode"), top);
    m_closeEpisode = button(tr("Close Episode"), QStringLiteral("closeEpisode"), top);
    for (QPushButton* b : {m_newEpisode, m_editEpisode, m_closeEpisode})
        episodeButtons->addWidget(b);
    topLayout->addLayout(episodeButtons);
    m_episodes = new QTreeWidget(top);
    m_episodes->setObjectName(QStringLiteral("episodeList"));
    m_episodes->setAccessibleName(tr("Episodes of care"));
    m_episodes->setRootIsDecorated(false);
    m_episodes->setUniformRowHeights(true);
    m_episodes->setHeaderLabels(
        {tr("Presenting complaint"), tr("Onset"), tr("Opened"), tr("Closed"), tr("Phase")});
    m_episodes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_episodes->header()->setStretchLastSection(false);
    for (int c = 1; c < 5; ++c)
        m_episodes->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    topLayout->addWidget(m_episodes);

    auto* bottom = new QWidget(splitter);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* conditionButtons = new QHBoxLayout;
    m_profileTitle = new QLabel(bottom);
    m_profileTitle->setObjectName(QStringLiteral("profileTitle"));
    m_profileTitle->setWordWrap(true);
    conditionButtons->addWidget(m_profileTitle, 1);
    m_addCondition = button(tr("Add Condition…"), QStringLiteral("addCondition"), bottom);
    m_editCondition = button(tr("Edit…"), QStringLiteral("editCondition"), bottom);
    m_toggleCondition = button(tr("Resolve"), QStringLiteral("toggleCondition"), bottom);
    m_removeCondition = button(tr("Remove"), QStringLiteral("removeCondition"), bottom);
    for (QPushButton* b : {m_addCondition, m_editCondition, m_toggleCondition, m_removeCondition})
        conditionButtons->addWidget(b);
    bottomLayout->addLayout(conditionButtons);
    m_conditions = new QTreeWidget(bottom);
    m_conditions->setObjectName(QStringLiteral("conditionList"));
    m_conditions->setAccessibleName(tr("Conditions of the selected episode"));
    m_conditions->setRootIsDecorated(false);
    m_conditions->setUniformRowHeights(true);
    m_conditions->setHeaderLabels(
        {tr("Condition"), tr("Side"), tr("Details"), tr("Onset"), tr("Status"), tr("Note")});
    m_conditions->header()->setStretchLastSection(true);
    bottomLayout->addWidget(m_conditions);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    // A little air between rows: these lists are read, not scanned by the thousand.
    for (QTreeWidget* tree : {m_episodes, m_conditions})
        tree->setItemDelegate(new AiryRowDelegate(tree));

    connect(m_newEpisode, &QPushButton::clicked, this, &EpisodesTab::newEpisode);
    connect(m_editEpisode, &QPushButton::clicked, this, &EpisodesTab::editEpisode);
    connect(m_closeEpisode, &QPushButton::clicked, this, &EpisodesTab::closeEpisode);
    connect(m_addCondition, &QPushButton::clicked, this, &EpisodesTab::addCondition);
    connect(m_editCondition, &QPushButton::clicked, this, &EpisodesTab::editCondition);
    connect(m_toggleCondition, &QPushButton::clicked, this, &EpisodesTab::toggleConditionStatus);
    connect(m_removeCondition, &QPushButton::clicked, this, &EpisodesTab::removeCondition);
    connect(m_episodes, &QTreeWidget::currentItemChanged, this, &EpisodesTab::showConditions);
    connect(m_episodes, &QTreeWidget::itemActivated, this, &EpisodesTab::editEpisode);
    connect(m_conditions, &QTreeWidget::currentItemChanged, this, &EpisodesTab::updateButtons);
    connect(m_conditions, &QTreeWidget::itemActivated, this, &EpisodesTab::editCondition);

    editor.workspace().notifier().follow(this,
                                         [this](StoreNotifier::Kind kind) { onStoreChange(kind); });
    reload();
}

void EpisodesTab::onStoreChange(StoreNotifier::Kind kind)
{
    if (kind == StoreNotifier::Kind::Episode || kind == StoreNotifier::Kind::Condition)
        reload();
}

void EpisodesTab::setPatientId(qint64 patientId)
{
    if (patientId == m_patientId)
        return;
    m_patientId = patientId;
    reload();
}

qint64 EpisodesTab::selectedEpisodeId() const
{
    const Episode* e = selectedEpisode();
    return e ? e->id : 0;
}

void EpisodesTab::selectEpisode(qint64 episodeId)
{
    for (int i = 0; i < m_episodes->topLevelItemCount(); ++i)
        if (m_episodes->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == episodeId)
            m_episodes->setCurrentItem(m_episodes->topLevelItem(i));
}

const Episode* EpisodesTab::selectedEpisode() const
{
    return recordAtCurrentRow(m_episodes, m_episodeData);
}

const Condition* EpisodesTab::selectedCondition() const
{
    return recordAtCurrentRow(m_conditions, m_conditionData);
}

void EpisodesTab::reload()
{
    const qint64 keep = selectedEpisodeId();
    m_episodeData.clear();
    m_unreadable.clear();
    if (m_patientId > 0) {
        auto episodes = EpisodeRecords(m_editor.workspace()).episodes(m_patientId);
        if (episodes)
            m_episodeData = *episodes;
        else
            m_unreadable = episodes.error().message;
    }
    const QSignalBlocker block(m_episodes);
    m_episodes->clear();
    const Clock& clock = m_editor.workspace().clock();
    QTreeWidgetItem* select = nullptr;
    for (const Episode& e : std::as_const(m_episodeData)) {
        const CarePhase::Phase phase = CarePhase::of(e, clock);
        auto* item = new QTreeWidgetItem(m_episodes);
        item->setData(0, Qt::UserRole, e.id);
        item->setText(0, e.complaint);
        item->setText(1, e.onsetDate.isValid() ? shortDate(e.onsetDate) : tr("unknown"));
        item->setText(2, shortDate(e.openedOn));
        item->setText(3, e.isOpen() ? tr("open") : shortDate(e.closedOn));
        item->setText(4, CarePhase::displayName(phase));
        item->setToolTip(4, e.isOpen() ? tr("Phase today, from the onset date")
                                       : tr("Phase when the episode was closed"));
        if (e.isOpen()) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < 5; ++c)
                item->setFont(c, bold);
        }
        if (e.id == keep || (!select && keep == 0))
            select = item;
    }
    if (!select && m_episodes->topLevelItemCount() > 0)
        select = m_episodes->topLevelItem(0);
    m_episodes->setCurrentItem(select);
    showConditions();
}

void EpisodesTab::showConditions()
{
    const qint64 keep = m_conditions->currentItem()
                            ? m_conditions->currentItem()->data(0, Qt::UserRole).toLongLong()
                            : 0;
    m_conditionData.clear();
    const Episode* episode = selectedEpisode();
    QString unreadable = m_unreadable;
    if (episode) {
        auto conditions = EpisodeRecords(m_editor.workspace()).conditions(episode->id);
        if (conditions)
            m_conditionData = *conditions;
        else
            unreadable = conditions.error().message;
        m_profileTitle->setText(
            tr("<b>Clinical profile</b> of \"%1\"").arg(episode->complaint.toHtmlEscaped()));
    } else {
        const QString title = tr("<b>Clinical profile</b>");
        m_profileTitle->setText(
            m_patientId > 0 ? tr("%1 — open an episode of care first").arg(title) : title);
    }
    // An empty profile would read as "no conditions", the safe-looking answer, and an empty
    // list of episodes as an invitation to open another.
    if (!unreadable.isEmpty())
        m_profileTitle->setText(
            QStringLiteral("<span style=\"color:%1;\">%2</span>")
                .arg(tones::css(tones::Tone::Error, palette()),
                     tr("<b>The episodes of care or the clinical profile could not be read.</b> "
                        "Treat the patient's conditions as unknown until they can. Cause: %1")
                         .arg(unreadable.toHtmlEscaped())));
    const QSignalBlocker block(m_conditions);
    m_conditions->clear();
    const DataTexts& texts = DataTexts::display();
    QTreeWidgetItem* select = nullptr;
    for (const Condition& c : std::as_const(m_conditionData)) {
        auto* item = new QTreeWidgetItem(m_conditions);
        item->setData(0, Qt::UserRole, c.id);
        const auto def = texts.findCondition(c.code);
        item->setText(0, texts.conditionName(c.code));
        item->setToolTip(0, def ? def->description : QString());
        item->setText(1, Condition::sideDisplayName(c.side));
        if (c.amount && def && def->amount)
            item->setText(2, QStringLiteral("%1 %2").arg(*c.amount).arg(def->amount->unit));
        item->setText(3, c.onsetDate.isValid() ? shortDate(c.onsetDate) : QString());
        item->setText(4, Condition::statusDisplayName(c.status));
        item->setText(5, c.note);
        if (!c.isActive())
            for (int col = 0; col < 6; ++col)
                item->setForeground(col, palette().brush(QPalette::Disabled, QPalette::Text));
        if (c.id == keep)
            select = item;
    }
    for (int col = 0; col < 5; ++col)
        m_conditions->resizeColumnToContents(col);
    m_conditions->setCurrentItem(select);
    updateButtons();
}

void EpisodesTab::updateButtons()
{
    const bool patient = m_patientId > 0;
    const Episode* episode = selectedEpisode();
    const Condition* condition = selectedCondition();
    m_newEpisode->setEnabled(patient && m_unreadable.isEmpty());
    m_editEpisode->setEnabled(episode);
    m_closeEpisode->setEnabled(episode && episode->isOpen());
    m_addCondition->setEnabled(episode);
    m_editCondition->setEnabled(condition);
    m_toggleCondition->setEnabled(condition);
    m_toggleCondition->setText(condition && !condition->isActive() ? tr("Reactivate")
                                                                   : tr("Resolve"));
    m_removeCondition->setEnabled(condition);
}

void EpisodesTab::report(const Status& status)
{
    if (!status)
        PlainMessageBox::warning(this, tr("Not saved"), status.error().message);
}

void EpisodesTab::newEpisode()
{
    if (m_patientId <= 0)
        return;
    Episode e;
    e.patientId = m_patientId;
    qint64 added = 0;
    EpisodeDialog dialog(
        m_editor.workspace(), e,
        [this, &added](const Episode& episode) -> Status {
            auto id = m_editor.addEpisode(episode);
            if (!id)
                return id.error();
            added = *id;
            return {};
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        selectEpisode(added);
}

void EpisodesTab::editEpisode()
{
    const Episode* selected = selectedEpisode();
    if (!selected)
        return;
    const Episode before = *selected;
    EpisodeDialog dialog(
        m_editor.workspace(), before,
        [this, before](const Episode& after) { return m_editor.editEpisode(before, after); }, this);
    dialog.exec();
}

void EpisodesTab::closeEpisode()
{
    // Copies: the change reloads the lists that `selectedEpisode()` points into.
    const Episode* selected = selectedEpisode();
    if (!selected || !selected->isOpen())
        return;
    const Episode before = *selected;
    Episode after = before;
    after.closedOn = m_editor.workspace().clock().today();
    report(m_editor.editEpisode(before, after));
}

void EpisodesTab::addCondition()
{
    const Episode* episode = selectedEpisode();
    if (!episode)
        return;
    Condition c;
    c.episodeId = episode->id;
    ConditionDialog dialog(
        m_editor.workspace(), c,
        [this](const Condition& condition) -> Status {
            auto id = m_editor.addCondition(condition);
            if (!id)
                return id.error();
            return {};
        },
        this);
    dialog.exec();
}

void EpisodesTab::editCondition()
{
    const Condition* selected = selectedCondition();
    if (!selected)
        return;
    const Condition before = *selected;
    ConditionDialog dialog(
        m_editor.workspace(), before,
        [this, before](const Condition& after) { return m_editor.editCondition(before, after); },
        this);
    dialog.exec();
}

void EpisodesTab::toggleConditionStatus()
{
    const Condition* selected = selectedCondition();
    if (!selected)
        return;
    const Condition before = *selected;
    Condition after = before;
    after.status = before.isActive() ? Condition::Status::Resolved : Condition::Status::Active;
    report(m_editor.editCondition(before, after));
}

void EpisodesTab::removeCondition()
{
    const Condition* selected = selectedCondition();
    if (!selected)
        return;
    const Condition condition = *selected;
    report(m_editor.removeCondition(condition));
}

} // namespace gradus
