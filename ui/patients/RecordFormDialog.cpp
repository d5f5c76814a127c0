#include "patients/RecordFormDialog.h"

#include "patients/FormFeedback.h"

namespace gradus {

RecordFormDialog::RecordFormDialog(QWidget* parent)
    : QDialog(parent), m_feedback(new FormFeedback(this))
{
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
