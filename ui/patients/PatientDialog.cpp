#include "patients/PatientDialog.h"

#include "Workspace.h"
#include "i18n/Languages.h"
#include "patients/DateField.h"
#include "patients/FormFeedback.h"
#include "patients/PatientValidator.h"
#include "services/PatientRecords.h"
#include "style/Tones.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gradus {

PatientDialog::PatientDialog(Workspace& workspace, const Patient& patient, SaveFunction save,
                             QWidget* parent)
    : RecordDialog(workspace, patient, std::move(save), parent)
{
    setObjectName(QStringLiteral("PatientDialog"));
    setWindowTitle(patient.id == 0 ? tr("New Patient") : tr("Edit %1").arg(patient.fullName()));
    buildForm();

    m_given->setText(patient.givenName);
    m_family->setText(patient.familyName);
    m_preferred->setText(patient.preferredName);
    m_dob->setDate(patient.dateOfBirth);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(patient.sex)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(patient.language)));
    m_clinicNumber->setText(patient.clinicNumber);
    m_phone->setText(patient.phone);
    m_email->setText(patient.email);
    m_address->setText(patient.address);
    m_referral->setText(patient.referralSource);
    m_notes->setPlainText(patient.notes);
    updateDateHint();
    m_given->setFocus();
}

void PatientDialog::buildForm()
{
    QVBoxLayout* layout = column();

    const auto line = [this](const QString& name, int maxLength) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setMaxLength(maxLength);
        return edit;
    };
    m_given = line(QStringLiteral("given"), 200);
    m_family = line(QStringLiteral("family"), 200);
    m_preferred = line(QStringLiteral("preferred"), 200);
    m_dob = new DateField(this);
    m_dob->setObjectName(QStringLiteral("dob"));
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sex"));
    for (const QString& code : {QString(), Sex::Female, Sex::Male, Sex::Other})
        m_sex->addItem(Sex::displayName(code), code);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Not recorded"), QString());
    for (const QString& code : Languages::codes())
        m_language->addItem(Languages::choiceLabel(code), code);
    m_language->setToolTip(tr("The language of handouts for this patient. When it is not "
                              "recorded, handouts are in the language of Gradus."));
    m_clinicNumber = line(QStringLiteral("clinicNumber"), 80);
    m_phone = line(QStringLiteral("phone"), 60);
    m_email = line(QStringLiteral("email"), 200);
    m_address = line(QStringLiteral("address"), 300);
    m_referral = line(QStringLiteral("referral"), 200);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(70);

    auto* identity = new QGroupBox(tr("Patient"), this);
    auto* identityForm = new QFormLayout(identity);
    m_feedback->addRow(identityForm, tr("&Given name *"), m_given, QStringLiteral("given"));
    m_feedback->addRow(identityForm, tr("&Family name *"), m_family, QStringLiteral("family"));
    m_feedback->addRow(identityForm, tr("&Preferred name"), m_preferred,
                       QStringLiteral("preferred"));
    m_feedback->addRow(identityForm, tr("&Date of birth *"), m_dob, QStringLiteral("dob"));
    m_feedback->addRow(identityForm, tr("&Sex"), m_sex, QStringLiteral("sex"));
    m_feedback->addRow(identityForm, tr("Clinic &number"), m_clinicNumber,
                       QStringLiteral("clinic_number"));

    auto* contact = new QGroupBox(tr("Contact and referral"), this);
    auto* contactForm = new QFormLayout(contact);
    m_feedback->addRow(contactForm, tr("P&hone"), m_phone, QStringLiteral("phone"));
    m_feedback->addRow(contactForm, tr("&E-mail"), m_email, QStringLiteral("email"));
    m_feedback->addRow(contactForm, tr("&Address"), m_address, QStringLiteral("address"));
    m_feedback->addRow(contactForm, tr("Handout &language"), m_language,
                       QStringLiteral("language"));
    m_feedback->addRow(contactForm, tr("&Referred by"), m_referral, QStringLiteral("referral"));
    m_feedback->addRow(contactForm, tr("N&otes"), m_notes, QStringLiteral("notes"));

    auto* columns = new QHBoxLayout;
    columns->addWidget(identity, 1);
    columns->addWidget(contact, 1);
    layout->addLayout(columns);

    auto* required = new QLabel(tr("* required"), this);
    tones::setTextTone(required, tones::Tone::Muted);
    layout->addWidget(required);

    addSaveButtons();

    // After a first refused attempt, messages follow the corrections as they are typed.
    const auto recheck = [this] {
        updateDateHint();
        if (m_attempted)
            validate();
    };
    for (QLineEdit* edit : {m_given, m_family, m_preferred, static_cast<QLineEdit*>(m_dob),
                            m_clinicNumber, m_phone, m_email})
        connect(edit, &QLineEdit::textChanged, this, recheck);
    connect(m_sex, &QComboBox::currentIndexChanged, this, recheck);
    setMinimumWidth(760);
}

Patient PatientDialog::record() const
{
    Patient p = m_original;
    p.givenName = m_given->text();
    p.familyName = m_family->text();
    p.preferredName = m_preferred->text();
    p.dateOfBirth = m_dob->date();
    p.sex = m_sex->currentData().toString();
    p.language = m_language->currentData().toString();
    p.clinicNumber = m_clinicNumber->text();
    p.phone = m_phone->text();
    p.email = m_email->text();
    p.address = m_address->text();
    p.referralSource = m_referral->text();
    p.notes = m_notes->toPlainText();
    return PatientValidator::normalized(p);
}

void PatientDialog::updateDateHint()
{
    const QDate dob = m_dob->date();
    const int age = Patient::age(dob, m_workspace.clock().today());
    m_feedback->setHint(QStringLiteral("dob"),
                        dob.isValid() && age >= 0
                            ? tr("%1 — age %2").arg(DateField::longForm(dob)).arg(age)
                            : QString());
}

bool PatientDialog::validate()
{
    const Patient p = record();
    FieldIssues issues = PatientValidator::check(p, m_workspace.clock().today());
    if (!m_dob->isReadable()) {
        issues.erase(
            std::remove_if(issues.begin(), issues.end(),
                           [](const FieldIssue& i) { return i.field == QLatin1String("dob"); }),
            issues.end());
        issues.append(
            {QStringLiteral("dob"), tr("'%1' is not a date; type it as YYYY-MM-DD or DD.MM.YYYY.")
                                        .arg(m_dob->text().trimmed())});
    }
    if (issueFor(issues, QStringLiteral("clinic_number")).isEmpty()) {
        // Asked while typing, so the clash shows before Save is pressed again.
        PatientRecords repo(m_workspace);
        auto owner = repo.clinicNumberOwner(p.clinicNumber, p.id);
        if (owner && *owner != 0) {
            auto other = repo.get(*owner);
            issues.append(
                {QStringLiteral("clinic_number"),
                 tr("The clinic number %1 is already used by %2.")
                     .arg(p.clinicNumber, other ? other->listName() : tr("another patient"))});
        }
    }
    m_firstInvalid = m_feedback->show(issues);
    return issues.isEmpty();
}

void PatientDialog::showRefusal(const Error& error)
{
    if (error.code == QLatin1String("patient.clinic_number_taken"))
        m_feedback->show({{QStringLiteral("clinic_number"), error.message}});
    else
        m_feedback->showGeneral(error.message);
}

} // namespace gradus
