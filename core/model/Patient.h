#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace gradus {

// One patient as stored in the `patient` table. A plain value: repositories read and write
// it, validation (core/patients/PatientValidator) checks it, and nothing here touches the
// database. Optional text fields are empty when not recorded.
struct Patient
{
    qint64 id = 0; // 0 until stored
    QString givenName;
    QString familyName;
    QString preferredName; // what the patient likes to be called, if not the given name
    QDate dateOfBirth;
    QString sex; // one of the Sex codes below, or empty when not recorded
    QString phone;
    QString email;
    QString address;
    QString clinicNumber; // unique within the clinic when given
    QString referralSource;
    QString notes;
    // The preferred language of handouts and other documents for the patient: a code of
    // core/i18n/Languages ("de"), or empty when not recorded (documents then follow the
    // application's language).
    QString language;
    bool archived = false;
    QDateTime createdAt; // UTC, set by the repository
    QDateTime updatedAt; // UTC, set by the repository
    // The record's version as read (raised by one on every change); an edit carries it and is
    // refused when the stored record has moved on. 0: not read from the store (no check).
    int version = 0;

    // "Given Family", or "Preferred Family" when a preferred name is set: how to address
    // the patient in headings and handouts.
    QString fullName() const;
    // "Family, Given (Preferred)": how lists sort and show patients.
    QString listName() const;
    // Whole years on `day`; -1 when the date of birth is unknown or after `day`.
    int ageOn(const QDate& day) const { return age(dateOfBirth, day); }
    static int age(const QDate& dateOfBirth, const QDate& day);

    friend bool operator==(const Patient&, const Patient&) = default;
};

// Stored codes for Patient::sex. The UI and CLI translate them for display.
namespace Sex {
inline const QString Female = QStringLiteral("female");
inline const QString Male = QStringLiteral("male");
inline const QString Other = QStringLiteral("other");
// Whether `code` is empty or one of the codes above.
bool isValid(const QString& code);
// Accepts the code itself or a one-letter abbreviation (f, m, o/x); empty when unknown.
QString fromUserText(const QString& text);
// Translated display name ("Female"), or "Not recorded" for an empty code.
QString displayName(const QString& code);
} // namespace Sex

// What erasing a patient took with it (right to erasure: the record, its episodes of care and
// their conditions, for good).
struct PatientErasure
{
    int episodes = 0;
    int conditions = 0;
};

} // namespace gradus
