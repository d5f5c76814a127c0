#include "ProgrammeDetailsForm.h"

#include "PlainText.h"
#include "i18n/LocaleFormat.h"
#include "patients/DateField.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace gradus {

ProgrammeDetailsForm::ProgrammeDetailsForm(QWidget* parent) : QWidget(parent)
{
    m_name = new QLineEdit;
    m_goal = new QLineEdit;
    m_goal->setPlaceholderText(tr("What the patient wants to be able to do"));
    m_start = new QDateEdit;
    m_review = new QDateEdit;
    m_start->setAccessibleName(tr("Start date"));
    m_review->setAccessibleName(tr("Review date"));
    for (QDateEdit* date : {m_start, m_review}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(DateField::displayFormat()); // the locale's order, 4-digit year
    }
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Goal:"), m_goal);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("Review:")));
    dates->addWidget(m_review);
    dates->addStretch(1);
    form->addRow(tr("Start:"), dates);

    connect(m_name, &QLineEdit::editingFinished, this, &ProgrammeDetailsForm::fieldEdited);
    connect(m_goal, &QLineEdit::editingFinished, this, &ProgrammeDetailsForm::fieldEdited);
    connect(m_start, &QDateEdit::editingFinished, this, &ProgrammeDetailsForm::fieldEdited);
    connect(m_review, &QDateEdit::editingFinished, this, &ProgrammeDetailsForm::fieldEdited);
}

void ProgrammeDetailsForm::setProgramme(const Programme& programme)
{
    m_loading = true;
    m_programme = programme;
    m_name->setText(programme.name);
    m_goal->setText(programme.goal);
    m_goal->setCursorPosition(0); // a long goal reads from its beginning
    m_goal->setToolTip(plainToolTip(programme.goal));
    m_start->setDate(programme.startDate.isValid() ? programme.startDate : QDate::currentDate());
    m_review->setDate(programme.reviewDate.isValid() ? programme.reviewDate
                                                     : m_start->date().addDays(42));
    m_loading = false;
}

void ProgrammeDetailsForm::setEditable(bool editable)
{
    for (QWidget* w : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_goal),
                       static_cast<QWidget*>(m_start), static_cast<QWidget*>(m_review)})
        w->setEnabled(editable);
}

void ProgrammeDetailsForm::fieldEdited()
{
    if (m_loading || m_programme.id == 0)
        return;
    Programme changed = m_programme;
    changed.name = m_name->text().trimmed();
    changed.goal = m_goal->text().trimmed();
    changed.startDate = m_start->date();
    changed.reviewDate = m_review->date();
    if (changed.name == m_programme.name && changed.goal == m_programme.goal &&
        changed.startDate == m_programme.startDate && changed.reviewDate == m_programme.reviewDate)
        return;
    emit edited(changed);
}

} // namespace gradus
