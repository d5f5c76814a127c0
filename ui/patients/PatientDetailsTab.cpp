#include "patients/PatientDetailsTab.h"

#include "i18n/Languages.h"
#include "i18n/LocaleFormat.h"
#include "style/Tones.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gradus {

PatientDetailsTab::PatientDetailsTab(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("PatientDetailsTab"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);

    auto* columns = new QHBoxLayout(content);
    columns->setContentsMargins(16, 12, 16, 12);
    columns->setSpacing(32);
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (QFormLayout* form : {left, right}) {
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
        form->setVerticalSpacing(8);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    }
    addRow(left, tr("Given name"), QStringLiteral("given"));
    addRow(left, tr("Family name"), QStringLiteral("family"));
    addRow(left, tr("Preferred name"), QStringLiteral("preferred"));
    addRow(left, tr("Date of birth"), QStringLiteral("dob"));
    addRow(left, tr("Sex"), QStringLiteral("sex"));
    addRow(left, tr("Clinic number"), QStringLiteral("clinic_number"));
    addRow(left, tr("Referred by"), QStringLiteral("referral"));
    addRow(right, tr("Phone"), QStringLiteral("phone"));
    addRow(right, tr("E-mail"), QStringLiteral("email"));
    addRow(right, tr("Address"), QStringLiteral("address"));
    addRow(right, tr("Handout language"), QStringLiteral("language"));
    addRow(right, tr("Notes"), QStringLiteral("notes"));
    addRow(right, tr("Record"), QStringLiteral("stamps"));
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    columns->setAlignment(left, Qt::AlignTop);
    columns->setAlignment(right, Qt::AlignTop);
}

QLabel* PatientDetailsTab::addRow(QFormLayout* form, const QString& label, const QString& field)
{
    auto* value = new QLabel(this);
    value->setObjectName(field);
    // The user's text, shown as typed: "<b>" is four characters, never bold.
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* name = new QLabel(label, this);
    tones::setTextTone(name, tones::Tone::Muted);
    form->addRow(name, value);
    m_values.insert(field, value);
    return value;
}

QLabel* PatientDetailsTab::valueLabel(const QString& field) const
{
    return m_values.value(field);
}

void PatientDetailsTab::showPatient(const Patient& p, const QDate& today)
{
    const QLocale locale;
    const QString none = QStringLiteral("—");
    const auto set = [&](const QString& field, const QString& text) {
        m_values.value(field)->setText(text.isEmpty() ? none : text);
    };
    set(QStringLiteral("given"), p.givenName);
    set(QStringLiteral("family"), p.familyName);
    set(QStringLiteral("preferred"), p.preferredName);
    const int age = p.ageOn(today);
    set(QStringLiteral("dob"),
        p.dateOfBirth.isValid()
            ? tr("%1 (age %2)").arg(LocaleFormat::longDate(p.dateOfBirth, locale)).arg(age)
            : QString());
    set(QStringLiteral("sex"), Sex::displayName(p.sex));
    set(QStringLiteral("clinic_number"), p.clinicNumber);
    set(QStringLiteral("referral"), p.referralSource);
    set(QStringLiteral("phone"), p.phone);
    set(QStringLiteral("email"), p.email);
    set(QStringLiteral("address"), p.address);
    set(QStringLiteral("language"), p.language.isEmpty()
                                        ? tr("Not recorded (handouts in the language of Gradus)")
                                        : Languages::choiceLabel(p.language));
    set(QStringLiteral("notes"), p.notes);
    set(QStringLiteral("stamps"), tr("Created %1\nLast changed %2")
                                      .arg(LocaleFormat::dateTime(p.createdAt, locale),
                                           LocaleFormat::dateTime(p.updatedAt, locale)));
}

} // namespace gradus
