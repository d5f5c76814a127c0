#include "patients/ConditionDialog.h"

#include "Workspace.h"
#include "i18n/DataTexts.h"
#include "patients/ConditionCatalog.h"
#include "patients/DateField.h"
#include "patients/EpisodeValidator.h"
#include "patients/FormFeedback.h"
#include "style/Tones.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gradus {

ConditionDialog::ConditionDialog(Workspace& workspace, const Condition& condition,
                                 SaveFunction save, QWidget* parent)
    : RecordDialog(workspace, condition, std::move(save), parent)
{
    setObjectName(QStringLiteral("ConditionDialog"));
    setWindowTitle(condition.id == 0 ? tr("Add Condition") : tr("Edit Condition"));

    QVBoxLayout* layout = column();

    auto* form = new QFormLayout;
    m_code = new QComboBox(this);
    m_code->setObjectName(QStringLiteral("code"));
    for (const ConditionDefinition& def : ConditionCatalog::builtIn().definitions())
        m_code->addItem(DataTexts::display().condition(def).name, def.code);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setWordWrap(true);
    // Room for the longest description and its source, so the dialog does not jump in
    // size while the clinician looks through the codes.
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 6);
    m_description->setTextFormat(Qt::RichText);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_side = new QComboBox(this);
    m_side->setObjectName(QStringLiteral("side"));
    for (auto side : {Condition::Side::None, Condition::Side::Left, Condition::Side::Right,
                      Condition::Side::Both})
        m_side->addItem(side == Condition::Side::None ? tr("Not recorded")
                                                      : Condition::sideDisplayName(side),
                        static_cast<int>(side));
    m_amount = new QSpinBox(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setSpecialValueText(tr("Not recorded"));
    m_onset = new DateField(this);
    m_onset->setObjectName(QStringLiteral("onset"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(Condition::statusDisplayName(Condition::Status::Active),
                      static_cast<int>(Condition::Status::Active));
    m_status->addItem(Condition::statusDisplayName(Condition::Status::Resolved),
                      static_cast<int>(Condition::Status::Resolved));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("e.g. which operation, or what the imaging showed"));

    m_feedback->addRow(form, tr("&Condition"), m_code, QStringLiteral("code"));
    form->addRow(QString(), m_description);
    m_feedback->addRow(form, tr("&Side"), m_side, QStringLiteral("side"));
    m_feedback->addRow(form, tr("&Number"), m_amount, QStringLiteral("amount"));
    m_amountLabel = qobject_cast<QLabel*>(form->labelForField(m_amount->parentWidget()));
    m_feedback->addRow(form, tr("&Onset"), m_onset, QStringLiteral("onset"));
    m_feedback->addRow(form, tr("S&tatus"), m_status, QStringLiteral("status"));
    m_feedback->addRow(form, tr("N&ote"), m_note, QStringLiteral("note"));
    layout->addLayout(form);

    addSaveButtons();

    const int codeIndex = m_code->findData(condition.code);
    m_code->setCurrentIndex(std::max(0, codeIndex));
    codeChanged();
    m_side->setCurrentIndex(std::max(0, m_side->findData(static_cast<int>(condition.side))));
    if (condition.amount)
        m_amount->setValue(*condition.amount);
    m_onset->setDate(condition.onsetDate);
    m_status->setCurrentIndex(condition.isActive() ? 0 : 1);
    m_note->setText(condition.note);

    connect(m_code, &QComboBox::currentIndexChanged, this, &ConditionDialog::codeChanged);
    const auto recheck = [this] {
        const QDate onset = m_onset->date();
        m_feedback->setHint(QStringLiteral("onset"), onset.isValid()
                                                         ? DateField::longForm(onset)
                                                         : tr("Leave empty when unknown."));
        if (m_attempted)
            validate();
    };
    connect(m_onset, &QLineEdit::textChanged, this, recheck);
    connect(m_side, &QComboBox::currentIndexChanged, this, recheck);
    connect(m_amount, &QSpinBox::valueChanged, this, recheck);
    recheck();
    setMinimumWidth(560);
}

void ConditionDialog::codeChanged()
{
    const auto def = DataTexts::display().findCondition(m_code->currentData().toString());
    m_description->setText(def ? QStringLiteral("<p>%1</p><p style=\"color:%3;\"><i>%2</i></p>")
                                     .arg(def->description.toHtmlEscaped(),
                                          tr("Source: %1").arg(def->source).toHtmlEscaped(),
                                          tones::css(tones::Tone::Muted, m_description->palette()))
                               : QString());
    const bool side = def && def->takesSide;
    m_side->setEnabled(side);
    if (!side)
        m_side->setCurrentIndex(0);
    const bool amount = def && def->amount.has_value();
    m_amount->parentWidget()->setVisible(amount);
    if (m_amountLabel)
        m_amountLabel->setVisible(amount);
    if (amount) {
        // One below the minimum stands for "not recorded" (the special value text).
        m_amount->setRange(def->amount->minimum - 1, def->amount->maximum);
        m_amount->setSuffix(QLatin1Char(' ') + def->amount->unit);
        if (m_amountLabel)
            m_amountLabel->setText(def->amount->name);
    } else {
        m_amount->setRange(0, 0);
    }
    if (m_attempted)
        validate();
}

Condition ConditionDialog::record() const
{
    Condition c = m_original;
    c.code = m_code->currentData().toString();
    c.side = static_cast<Condition::Side>(m_side->currentData().toInt());
    const ConditionDefinition* def = ConditionCatalog::builtIn().find(c.code);
    c.amount = def && def->amount && m_amount->value() >= def->amount->minimum
                   ? std::optional<int>(m_amount->value())
                   : std::nullopt;
    c.onsetDate = m_onset->date();
    c.status = static_cast<Condition::Status>(m_status->currentData().toInt());
    c.note = m_note->text();
    return EpisodeValidator::normalized(c);
}

bool ConditionDialog::validate()
{
    FieldIssues issues =
        EpisodeValidator::check(record(), ConditionCatalog::builtIn(), m_workspace.clock().today());
    if (!m_onset->isReadable())
        issues.append(
            {QStringLiteral("onset"), tr("'%1' is not a date; type it as YYYY-MM-DD or DD.MM.YYYY.")
                                          .arg(m_onset->text().trimmed())});
    m_firstInvalid = m_feedback->show(issues);
    return issues.isEmpty();
}

} // namespace gradus
