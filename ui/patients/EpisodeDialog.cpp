#include "patients/EpisodeDialog.h"

#include "Workspace.h"
#include "patients/CarePhase.h"
#include "patients/DateField.h"
#include "patients/EpisodeValidator.h"
#include "patients/FormFeedback.h"
#include "style/Tones.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace gradus {
namespace {

// Adds a message for a date field whose text could not be read, in place of whatever the
// validator said about the (then missing) date.
void checkReadable(FieldIssues& issues, const DateField* field, const QString& name)
{
    if (field->isReadable())
        return;
    issues.erase(std::remove_if(issues.begin(), issues.end(),
                                [&name](const FieldIssue& i) { return i.field == name; }),
                 issues.end());
    issues.append({name, EpisodeDialog::tr("'%1' is not a date; type it as YYYY-MM-DD or "
                                           "DD.MM.YYYY.")
                             .arg(field->text().trimmed())});
}

} // namespace

EpisodeDialog::EpisodeDialog(Workspace& workspace, const Episode& episode, SaveFunction save,
                             QWidget* parent)
    : RecordDialog(workspace, episode, std::move(save), parent)
{
    setObjectName(QStringLiteral("EpisodeDialog"));
    setWindowTitle(episode.id == 0 ? tr("New Episode of Care") : tr("Edit Episode of Care"));

    QVBoxLayout* layout = column();

    auto* form = new QFormLayout;
    m_complaint = new QLineEdit(this);
    m_complaint->setObjectName(QStringLiteral("complaint"));
    m_complaint->setPlaceholderText(tr("e.g. Low back pain with left leg pain"));
    m_onset = new DateField(this);
    m_onset->setObjectName(QStringLiteral("onset"));
    m_opened = new DateField(this);
    m_opened->setObjectName(QStringLiteral("opened"));
    m_closed = new DateField(this);
    m_closed->setObjectName(QStringLiteral("closed"));
    m_feedback->addRow(form, tr("Presenting &complaint *"), m_complaint,
                       QStringLiteral("complaint"));
    m_feedback->addRow(form, tr("&Onset"), m_onset, QStringLiteral("onset"));
    m_feedback->addRow(form, tr("O&pened on *"), m_opened, QStringLiteral("opened"));
    m_feedback->addRow(form, tr("C&losed on"), m_closed, QStringLiteral("closed"));
    layout->addLayout(form);

    addSaveButtons();

    m_complaint->setText(episode.complaint);
    m_onset->setDate(episode.onsetDate);
    m_opened->setDate(episode.openedOn.isValid() ? episode.openedOn : workspace.clock().today());
    m_closed->setDate(episode.closedOn);
    if (episode.id == 0) {
        // A new episode is open; it is closed later from the episode list.
        m_closed->setVisible(false);
        if (auto* label = form->labelForField(m_closed->parentWidget()))
            label->setVisible(false);
    }
    for (DateField* field : {m_onset, m_opened, m_closed})
        connect(field, &QLineEdit::textChanged, this, [this] {
            updateHints();
            if (m_attempted)
                validate();
        });
    connect(m_complaint, &QLineEdit::textChanged, this, [this] {
        if (m_attempted)
            validate();
    });
    updateHints();
    setMinimumWidth(520);
}

Episode EpisodeDialog::record() const
{
    Episode e = m_original;
    e.complaint = m_complaint->text();
    e.onsetDate = m_onset->date();
    e.openedOn = m_opened->date();
    e.closedOn = m_closed->date();
    return EpisodeValidator::normalized(e);
}

void EpisodeDialog::updateHints()
{
    const Episode e = record();
    QString onsetHint;
    if (e.onsetDate.isValid()) {
        const QDate reference = e.closedOn.isValid() ? e.closedOn : m_workspace.clock().today();
        const int weeks = CarePhase::weeksSince(e.onsetDate, reference);
        if (weeks >= 0)
            onsetHint = tr("%1 — %2 wk ago: %3")
                            .arg(DateField::longForm(e.onsetDate), QString::number(weeks),
                                 CarePhase::displayName(CarePhase::at(e.onsetDate, reference)));
    } else if (m_onset->isBlank()) {
        onsetHint = tr("Leave empty when unknown; the phase of care is then unknown too.");
    }
    m_feedback->setHint(QStringLiteral("onset"), onsetHint);
    m_feedback->setHint(QStringLiteral("opened"),
                        e.openedOn.isValid() ? DateField::longForm(e.openedOn) : QString());
    m_feedback->setHint(QStringLiteral("closed"), e.closedOn.isValid()
                                                      ? DateField::longForm(e.closedOn)
                                                      : tr("Empty while the episode is open."));
}

bool EpisodeDialog::validate()
{
    FieldIssues issues = EpisodeValidator::check(record(), m_workspace.clock().today());
    checkReadable(issues, m_onset, QStringLiteral("onset"));
    checkReadable(issues, m_opened, QStringLiteral("opened"));
    checkReadable(issues, m_closed, QStringLiteral("closed"));
    m_firstInvalid = m_feedback->show(issues);
    return issues.isEmpty();
}

} // namespace gradus
