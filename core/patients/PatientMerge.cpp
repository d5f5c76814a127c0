#include "patients/PatientMerge.h"

namespace gradus {
namespace {

using Merge = FieldMerge<Patient>;

template <typename Member> Merge::Field textField(const QString& label, Member member)
{
    return Merge::member(label, member);
}

} // namespace

const QList<PatientMerge::Field>& PatientMerge::fields()
{
    static const QList<Field> list{
        textField(tr("Given name"), &Patient::givenName),
        textField(tr("Family name"), &Patient::familyName),
        textField(tr("Preferred name"), &Patient::preferredName),
        {tr("Date of birth"), [](const Patient& p) { return p.dateOfBirth.toString(Qt::ISODate); },
         [](Patient& to, const Patient& from) { to.dateOfBirth = from.dateOfBirth; }},
        textField(tr("Sex"), &Patient::sex),
        textField(tr("Phone"), &Patient::phone),
        textField(tr("E-mail"), &Patient::email),
        textField(tr("Address"), &Patient::address),
        textField(tr("Clinic number"), &Patient::clinicNumber),
        textField(tr("Referral source"), &Patient::referralSource),
        textField(tr("Notes"), &Patient::notes),
        textField(tr("Language"), &Patient::language),
    };
    return list;
}

QList<PatientMerge::Row> PatientMerge::rows(const Patient& base, const Patient& mine,
                                            const Patient& theirs)
{
    return Merge::rows(fields(), base, mine, theirs);
}

Patient PatientMerge::rebase(const Patient& base, const Patient& mine, const Patient& theirs)
{
    return Merge::rebase(fields(), base, mine, theirs);
}

} // namespace gradus
