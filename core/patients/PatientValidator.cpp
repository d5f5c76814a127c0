#include "patients/PatientValidator.h"

#include "i18n/Languages.h"

#include <QRegularExpression>

namespace gradus {
namespace {

QString simplifiedName(const QString& text)
{
    return text.simplified();
}

} // namespace

Patient PatientValidator::normalized(Patient p)
{
    p.givenName = simplifiedName(p.givenName);
    p.familyName = simplifiedName(p.familyName);
    p.preferredName = simplifiedName(p.preferredName);
    p.sex = p.sex.trimmed();
    p.phone = p.phone.trimmed();
    p.email = p.email.trimmed();
    p.address = p.address.trimmed();
    p.clinicNumber = p.clinicNumber.trimmed();
    p.referralSource = p.referralSource.trimmed();
    p.notes = p.notes.trimmed();
    p.language = p.language.trimmed();
    return p;
}

FieldIssues PatientValidator::check(const Patient& p, const QDate& today)
{
    FieldIssues issues;
    const auto nameCheck = [&issues](const QString& field, const QString& value,
                                     const QString& requiredMessage, const QString& label) {
        if (value.isEmpty() && !requiredMessage.isEmpty())
            issues.append({field, requiredMessage});
        else if (value.size() > kMaximumNameLength)
            issues.append({field, tr("The %1 is too long (at most %2 characters).")
                                      .arg(label)
                                      .arg(kMaximumNameLength)});
    };
    nameCheck(QStringLiteral("given"), p.givenName, tr("The given name is required."),
              tr("given name"));
    nameCheck(QStringLiteral("family"), p.familyName, tr("The family name is required."),
              tr("family name"));
    nameCheck(QStringLiteral("preferred"), p.preferredName, QString(), tr("preferred name"));

    const QString dob = QStringLiteral("dob");
    if (!p.dateOfBirth.isValid()) {
        issues.append({dob, tr("The date of birth is required.")});
    } else if (p.dateOfBirth > today) {
        issues.append({dob, tr("The date of birth %1 is in the future.")
                                .arg(p.dateOfBirth.toString(Qt::ISODate))});
    } else if (const int age = p.ageOn(today); age > kMaximumAge) {
        issues.append({dob, tr("The date of birth %1 would make the patient %2 years old; "
                               "please check the year.")
                                .arg(p.dateOfBirth.toString(Qt::ISODate))
                                .arg(age)});
    }

    if (!Sex::isValid(p.sex))
        issues.append(
            {QStringLiteral("sex"),
             tr("Sex must be female, male or other, or left empty (not '%1').").arg(p.sex)});

    if (!p.language.isEmpty() && !Languages::isSupported(p.language))
        issues.append({QStringLiteral("language"),
                       tr("The language must be one of %1, or left empty (not '%2').")
                           .arg(Languages::codes().join(QStringLiteral(", ")), p.language)});

    if (p.clinicNumber.size() > kMaximumClinicNumberLength)
        issues.append({QStringLiteral("clinic_number"),
                       tr("The clinic number is too long (at most %1 characters).")
                           .arg(kMaximumClinicNumberLength)});

    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.email.isEmpty() && !emailPattern.match(p.email).hasMatch())
        issues.append({QStringLiteral("email"), tr("'%1' is not an e-mail address.").arg(p.email)});

    // Digits with the usual separators; at least a few digits so that "n/a" is refused.
    static const QRegularExpression phonePattern(QStringLiteral("^\\+?[0-9 ()./-]+$"));
    if (!p.phone.isEmpty()) {
        const qsizetype digits =
            std::count_if(p.phone.cbegin(), p.phone.cend(), [](QChar c) { return c.isDigit(); });
        if (!phonePattern.match(p.phone).hasMatch() || digits < 3)
            issues.append({QStringLiteral("phone"),
                           tr("'%1' is not a phone number; use digits, spaces and + ( ) - only.")
                               .arg(p.phone)});
    }
    return issues;
}

} // namespace gradus
