#include "patients/ErasePatientDialog.h"

#include "i18n/LocaleFormat.h"
#include "patients/SearchFolding.h"
#include "style/DialogParts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace gradus {

ErasePatientDialog::ErasePatientDialog(const Patient& patient, int episodes, int conditions,
                                       QWidget* parent)
    : QDialog(parent), m_patient(patient)
{
    setObjectName(QStringLiteral("ErasePatientDialog"));
    setWindowTitle(tr("Delete %1 Permanently").arg(patient.fullName()));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    dialogParts::addWarningSign(top, this);

    QStringList identity;
    identity << tr("born %1").arg(LocaleFormat::date(patient.dateOfBirth));
    if (!patient.clinicNumber.isEmpty())
        identity << tr("clinic no. %1").arg(patient.clinicNumber);
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("eraseText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(
        tr("<p><b>Delete %1 (%2) permanently?</b></p>"
           "<p>This removes the patient and everything recorded about them (episodes of "
           "care: %3; conditions: %4) from this database for good. It cannot be undone, and "
           "the undo history is cleared.</p>"
           "<p>To hide a patient who is no longer seen, use <b>Archive</b> instead.</p>")
            .arg(patient.fullName().toHtmlEscaped(),
                 identity.join(QStringLiteral(", ")).toHtmlEscaped(), QString::number(episodes),
                 QString::number(conditions)));
    top->addWidget(text, 1);
    layout->addLayout(top);

    auto* prompt = new QLabel(
        tr("Type the family name <b>%1</b> to confirm:").arg(patient.familyName.toHtmlEscaped()),
        this);
    layout->addWidget(prompt);
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("confirmFamilyName"));
    prompt->setBuddy(m_typed);
    layout->addWidget(m_typed);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("Delete Permanently"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setEnabled(false);
    m_delete->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    // Folded, so that "muller" confirms "Müller" on a keyboard without umlauts.
    const QString expected = SearchFolding::fold(patient.familyName).simplified();
    connect(m_typed, &QLineEdit::textChanged, this, [this, expected](const QString& typed) {
        m_delete->setEnabled(!expected.isEmpty() &&
                             SearchFolding::fold(typed).simplified() == expected);
    });
    setMinimumWidth(520);
    m_typed->setFocus();
}

} // namespace gradus
