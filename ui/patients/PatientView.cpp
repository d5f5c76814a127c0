#include "patients/PatientView.h"
#include "PlainMessageBox.h"

#include "ConflictDialog.h"
#include "Workspace.h"
#include "i18n/DataTexts.h"
#include "i18n/LocaleFormat.h"
#include "patients/CarePhase.h"
#include "patients/ConditionCatalog.h"
#include "patients/EpisodesTab.h"
#include "patients/ErasePatientDialog.h"
#include "patients/PatientDetailsTab.h"
#include "patients/PatientDialog.h"
#include "patients/PatientEditor.h"
#include "patients/PatientMerge.h"
#include "services/EpisodeRecords.h"
#include "services/PatientRecords.h"
#include "style/DialogParts.h"
#include "style/Tones.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gradus {
namespace {

// The profile chips: what the safety rules will act on stands out, in colours taken from the
// palette so that they read in a dark one too.
QString chip(const QString& text, tones::Tone tone, const QPalette& palette)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
        .arg(tones::surface(tone, palette).name(), tones::textOnSurface(tone, palette).name(),
             text.toHtmlEscaped());
}

} // namespace

PatientView::PatientView(PatientEditor& editor, QWidget* parent) : QWidget(parent), m_editor(editor)
{
    setObjectName(QStringLiteral("PatientView"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto* empty =
        new QLabel(tr("Choose a patient from the list, or press Ctrl+N to add one."), m_stack);
    empty->setObjectName(QStringLiteral("emptyPatientView"));
    empty->setAlignment(Qt::AlignCenter);
    tones::setTextTone(empty, tones::Tone::Muted);
    m_stack->addWidget(empty);

    auto* page = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 12, 8);
    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->setSpacing(4);
    auto* nameRow = new QHBoxLayout;
    m_name = new QLabel(page);
    m_name->setObjectName(QStringLiteral("patientName"));
    // Names and notes are the user's text: shown as typed, never interpreted as markup.
    m_name->setTextFormat(Qt::PlainText);
    // A long name wraps instead of squeezing the label to nothing.
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    nameRow->addWidget(m_name);
    m_archivedBadge = new QLabel(tr("ARCHIVED"), page);
    m_archivedBadge->setObjectName(QStringLiteral("archivedBadge"));
    m_archivedBadge->setMargin(3);
    QFont badgeFont = m_archivedBadge->font();
    badgeFont.setBold(true);
    m_archivedBadge->setFont(badgeFont);
    tones::setSurfaceTone(m_archivedBadge, tones::Tone::Muted);
    nameRow->addWidget(m_archivedBadge);
    m_alert = new QPushButton(page);
    m_alert->setObjectName(QStringLiteral("patientAlert"));
    m_alert->setFlat(true);
    m_alert->setCursor(Qt::PointingHandCursor);
    m_alert->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    QFont alertFont = m_alert->font();
    alertFont.setBold(true);
    m_alert->setFont(alertFont);
    tones::setSurfaceTone(m_alert, tones::Tone::Error);
    m_alert->hide();
    connect(m_alert, &QPushButton::clicked, this, [this] {
        if (m_alertPage)
            m_tabs->setCurrentWidget(m_alertPage);
    });
    nameRow->addWidget(m_alert);
    nameRow->addStretch(1);
    titles->addLayout(nameRow);
    m_facts = dialogParts::plainLabel(QStringLiteral("patientFacts"), dialogParts::Wrap::No, page);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titles->addWidget(m_facts);
    m_profile = new QLabel(page);
    m_profile->setObjectName(QStringLiteral("patientProfile"));
    m_profile->setWordWrap(true);
    m_profile->setTextFormat(Qt::RichText);
    titles->addWidget(m_profile);
    header->addLayout(titles, 1);

    auto* actions = new QVBoxLayout;
    m_edit = new QPushButton(tr("&Edit…"), page);
    m_edit->setObjectName(QStringLiteral("editPatient"));
    m_edit->setToolTip(tr("Change this patient's details"));
    m_archive = new QPushButton(page);
    m_archive->setObjectName(QStringLiteral("archivePatient"));
    m_erase = new QPushButton(tr("Delete…"), page);
    m_erase->setObjectName(QStringLiteral("erasePatient"));
    m_erase->setToolTip(tr("Delete this patient and all their records permanently"));
    for (QPushButton* b : {m_edit, m_archive, m_erase})
        actions->addWidget(b);
    actions->addStretch(1);
    header->addLayout(actions);
    layout->addLayout(header);

    auto* line = new QFrame(page);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("patientTabs"));
    m_tabs->setDocumentMode(true);
    m_details = new PatientDetailsTab(m_tabs);
    m_episodes = new EpisodesTab(editor, m_tabs);
    m_tabs->addTab(m_details, tr("&Details"));
    addFollowingTab(m_episodes, tr("E&pisodes && profile"),
                    [this](qint64 id) { m_episodes->setPatientId(id); });
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { bringUpToDate(m_tabs->currentWidget()); });
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);

    connect(m_edit, &QPushButton::clicked, this, &PatientView::editPatient);
    connect(m_archive, &QPushButton::clicked, this, &PatientView::toggleArchived);
    connect(m_erase, &QPushButton::clicked, this, &PatientView::erasePatient);
    StoreNotifier* notifier = &editor.workspace().notifier();
    connect(notifier, &StoreNotifier::added, this, &PatientView::onStoreChanged);
    connect(notifier, &StoreNotifier::changed, this, &PatientView::onStoreChanged);
    connect(notifier, &StoreNotifier::removed, this, &PatientView::onStoreRemoved);
    connect(notifier, &StoreNotifier::reset, this,
            [this](StoreNotifier::Kind kind) { onStoreChanged(kind, m_patientId); });
    refresh();
}

int PatientView::addTab(QWidget* page, const QString& title)
{
    return m_tabs->addTab(page, title);
}

int PatientView::addFollowingTab(QWidget* page, const QString& title,
                                 std::function<void(qint64)> show)
{
    m_followers.append({page, std::move(show)});
    return m_tabs->addTab(page, title);
}

void PatientView::showTab(QWidget* widget)
{
    while (widget && m_tabs->indexOf(widget) < 0)
        widget = widget->parentWidget();
    if (widget)
        m_tabs->setCurrentWidget(widget);
}

void PatientView::bringUpToDate(QWidget* page)
{
    for (Follower& f : m_followers) {
        if (f.page == page && f.shownFor != m_patientId) {
            f.shownFor = m_patientId;
            f.show(m_patientId);
        }
    }
}

void PatientView::setAlert(QWidget* page, const QString& text, const QString& toolTip)
{
    m_alertPage = page;
    m_alert->setText(text);
    m_alert->setToolTip(toolTip);
    m_alert->setVisible(!text.isEmpty());
    if (const int index = m_tabs->indexOf(page); index >= 0) {
        m_tabs->setTabIcon(
            index, text.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_tabs->tabBar()->setTabTextColor(
            index, text.isEmpty() ? QColor() : tones::text(tones::Tone::Error, palette()));
        m_tabs->setTabToolTip(index, toolTip);
    }
}

void PatientView::setPatientId(qint64 patientId)
{
    if (patientId == m_patientId)
        return;
    m_patientId = patientId;
    refresh();
    // The tab on screen now; the others when the clinician turns to them. Closing the patient
    // clears every tab at once, so none keeps the last patient's records.
    for (const Follower& f : m_followers)
        if (patientId == 0 || f.page == m_tabs->currentWidget())
            bringUpToDate(f.page);
    emit patientChanged(m_patientId);
}

void PatientView::onStoreChanged(StoreNotifier::Kind kind, qint64 id)
{
    if (m_patientId == 0)
        return;
    if ((kind == StoreNotifier::Kind::Patient && id == m_patientId) ||
        kind == StoreNotifier::Kind::Episode || kind == StoreNotifier::Kind::Condition)
        refresh();
}

void PatientView::onStoreRemoved(StoreNotifier::Kind kind, qint64 id)
{
    if (kind == StoreNotifier::Kind::Patient && id == m_patientId)
        setPatientId(0);
    else
        onStoreChanged(kind, id);
}

QString PatientView::profileSummary() const
{
    Workspace& ws = m_editor.workspace();
    // What could not be read is said in the error tone: "none" here would hide a
    // contraindication (pregnancy, osteoporosis) from every tab of the patient.
    const auto unreadable = [this](const QString& what, const Error& error) {
        return QStringLiteral("<span style=\"color:%1;\"><b>%2</b> %3</span>")
            .arg(tones::css(tones::Tone::Error, palette()), what.toHtmlEscaped(),
                 tr("Treat the patient's conditions as unknown. Cause: %1")
                     .arg(error.message)
                     .toHtmlEscaped());
    };
    auto open = EpisodeRecords(ws).openEpisode(m_patientId);
    if (!open)
        return unreadable(tr("The episode of care could not be read."), open.error());
    if (!open->has_value())
        return QStringLiteral("<span style=\"color:%1;\">%2</span>")
            .arg(tones::css(tones::Tone::Muted, palette()),
                 tr("No open episode of care.").toHtmlEscaped());
    const Episode& e = **open;
    const CarePhase::Phase phase = CarePhase::of(e, ws.clock());
    QString html;
    const int weeks = CarePhase::weeksSince(e.onsetDate, ws.clock().today());
    const tones::Tone phaseTone = phase == CarePhase::Phase::Acute      ? tones::Tone::Warning
                                  : phase == CarePhase::Phase::Subacute ? tones::Tone::Info
                                                                        : tones::Tone::Muted;
    html +=
        chip(weeks >= 0 ? tr("%1 · onset %2 wk ago").arg(CarePhase::displayName(phase)).arg(weeks)
                        : CarePhase::displayName(phase),
             phaseTone, palette());
    html += QStringLiteral(" <b>%1</b>").arg(e.complaint.toHtmlEscaped());
    auto conditions = EpisodeRecords(ws).activeConditions(e.id);
    if (!conditions) {
        html += QStringLiteral("<br>") +
                unreadable(tr("The conditions could not be read."), conditions.error());
    } else if (!conditions->isEmpty()) {
        const DataTexts& texts = DataTexts::display();
        QStringList chips;
        for (const Condition& c : *conditions) {
            QString text = texts.conditionName(c.code);
            if (c.side != Condition::Side::None)
                text += QStringLiteral(", ") + Condition::sideDisplayName(c.side).toLower();
            const auto def = texts.findCondition(c.code);
            if (c.amount && def && def->amount)
                text += QStringLiteral(", %1 %2").arg(*c.amount).arg(def->amount->unit);
            chips << chip(text, tones::Tone::Info, palette());
        }
        html += QStringLiteral("<br>") + chips.join(QStringLiteral(" &nbsp;"));
    } else {
        html += QStringLiteral("<br><span style=\"color:%1;\">%2</span>")
                    .arg(tones::css(tones::Tone::Muted, palette()),
                         tr("No active conditions recorded."));
    }
    return html;
}

void PatientView::refresh()
{
    if (m_patientId == 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    auto patient = PatientRecords(m_editor.workspace()).get(m_patientId);
    if (!patient) {
        m_patientId = 0;
        m_stack->setCurrentIndex(0);
        emit statusMessage(patient.error().message);
        return;
    }
    m_patient = *patient;
    m_stack->setCurrentIndex(1);
    const QDate today = m_editor.workspace().clock().today();
    m_name->setText(m_patient.fullName());
    QStringList facts;
    const int age = m_patient.ageOn(today);
    if (age >= 0)
        facts << tr("Age %1").arg(age);
    if (!m_patient.sex.isEmpty())
        facts << Sex::displayName(m_patient.sex);
    facts << tr("born %1").arg(LocaleFormat::date(m_patient.dateOfBirth));
    if (!m_patient.clinicNumber.isEmpty())
        facts << tr("clinic no. %1").arg(m_patient.clinicNumber);
    if (!m_patient.preferredName.isEmpty() && m_patient.preferredName != m_patient.givenName)
        facts << tr("given name %1").arg(m_patient.givenName);
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));
    m_profile->setText(profileSummary());
    m_archivedBadge->setVisible(m_patient.archived);
    m_archive->setText(m_patient.archived ? tr("&Restore") : tr("&Archive"));
    m_archive->setToolTip(m_patient.archived
                              ? tr("Show this patient in the list again")
                              : tr("Hide this patient from the list; nothing is deleted"));
    m_details->showPatient(m_patient, today);
}

void PatientView::editPatient()
{
    if (m_patientId == 0)
        return;
    const Patient before = m_patient;
    PatientDialog dialog(
        m_editor.workspace(), before,
        [this, before](const Patient& after) { return saveEdit(before, after); }, this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Saved %1.").arg(m_patient.fullName()));
}

Status PatientView::saveEdit(const Patient& before, const Patient& after)
{
    Status saved = m_editor.editPatient(before, after);
    if (saved || saved.error().kind() != ErrorKind::Conflict)
        return saved;
    // Another desk saved this patient after the form was opened: show both sides and let the
    // clinician put their own changes on top of the stored record, never over it unseen.
    auto current = PatientRecords(m_editor.workspace()).get(before.id);
    if (!current)
        return saved;
    ConflictDialog conflict(saved.error().message, PatientMerge::rows(before, after, *current),
                            this);
    if (conflict.exec() != QDialog::Accepted)
        return Error{QStringLiteral("patient.conflict"),
                     tr("Your changes were not saved; the record keeps the other desk's "
                        "version. Cancel to close this window."),
                     ErrorKind::Conflict};
    return m_editor.editPatient(*current, PatientMerge::rebase(before, after, *current));
}

void PatientView::toggleArchived()
{
    if (m_patientId == 0)
        return;
    const QString name = m_patient.fullName();
    const bool archive = !m_patient.archived;
    if (auto st = m_editor.setArchived(m_patientId, archive); !st) {
        PlainMessageBox::warning(this, tr("Not saved"), st.error().message);
        return;
    }
    emit statusMessage(archive ? tr("Archived %1. Undo with Ctrl+Z.").arg(name)
                               : tr("Restored %1.").arg(name));
}

void PatientView::erasePatient()
{
    if (m_patientId == 0)
        return;
    int episodes = 0;
    int conditions = 0;
    Workspace& ws = m_editor.workspace();
    if (auto list = EpisodeRecords(ws).episodes(m_patientId)) {
        episodes = static_cast<int>(list->size());
        for (const Episode& e : *list)
            if (auto c = EpisodeRecords(ws).conditions(e.id))
                conditions += static_cast<int>(c->size());
    }
    const Patient patient = m_patient;
    ErasePatientDialog confirm(patient, episodes, conditions, this);
    if (confirm.exec() != QDialog::Accepted)
        return;
    auto erased = m_editor.erasePatient(patient.id);
    if (!erased) {
        PlainMessageBox::warning(this, tr("Not deleted"), erased.error().message);
        return;
    }
    emit statusMessage(tr("Deleted %1 permanently.").arg(patient.fullName()));
}

} // namespace gradus
