#include "patients/RecordFormDialog.h"

#include "patients/FormFeedback.h"
#include "style/DialogParts.h"
#include "style/Tones.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace gradus {

RecordFormDialog::RecordFormDialog(QWidget* parent)
    : QDialog(parent), m_feedback(new FormFeedback(this)), m_column(new QVBoxLayout(this))
{
    auto* general =
        dialogParts::plainLabel(QStringLiteral("generalMessage"), dialogParts::Wrap::Yes, this);
    tones::setTextTone(general, tones::Tone::Error, true);
    general->setVisible(false);
    m_feedback->setGeneralLabel(general);
    m_column->addWidget(general);
}

void RecordFormDialog::addSaveButtons()
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_column->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordFormDialog::reject);
}

void RecordFormDialog::accept()
{
    m_attempted = true;
    if (!validate()) {
        if (m_firstInvalid)
            m_firstInvalid->setFocus();
        return;
    }
    if (const Status saved = save(); !saved) {
        showRefusal(saved.error());
        return;
    }
    QDialog::accept();
}

void RecordFormDialog::showRefusal(const Error& error)
{
    m_feedback->showGeneral(error.message);
}

} // namespace gradus
