#include "safety/SafetyOverrideDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gradus {

SafetyOverrideDialog::SafetyOverrideDialog(const QString& exerciseName, const QString& ruleReason,
                                           const QString& clinician, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keep %1").arg(exerciseName));
    auto* intro = new QLabel(
        tr("<p>The safety rules say to avoid <b>%1</b> for this patient:</p><p><i>%2</i></p>"
           "<p>It stays in the programme only with your reason, recorded with your name and "
           "the time.</p>")
            .arg(exerciseName.toHtmlEscaped(), ruleReason.toHtmlEscaped()));
    intro->setWordWrap(true);
    m_reason = new QPlainTextEdit;
    m_reason->setPlaceholderText(tr("e.g. Done in clinic under supervision, from a raised start"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(80);
    m_reason->setMaximumHeight(120); // a few sentences; the dialog stays compact
    m_clinician = new QLineEdit(clinician);
    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Clinician:"), m_clinician);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Keep with This Reason"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &SafetyOverrideDialog::updateOk);
    connect(m_clinician, &QLineEdit::textChanged, this, &SafetyOverrideDialog::updateOk);
    updateOk();
    m_reason->setFocus();
    resize(460, sizeHint().height());
}

QString SafetyOverrideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString SafetyOverrideDialog::clinician() const
{
    return m_clinician->text().trimmed();
}

void SafetyOverrideDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!reason().isEmpty() && !clinician().isEmpty());
}

} // namespace gradus
