#include "patients/PatientMerge.h"

namespace gradus {
namespace {

template <typename Member> PatientMerge::Field textField(const QString& label, Member member)
{
    return {label, [member](const Patient& p) { return p.*member; },
            [member](Patient& to, const Patient& from) { to.*member = from.*member; }};
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
    QList<Row> out;
    for (const Field& f : fields()) {
        Row r{f.label, f.text(base), f.text(mine), f.text(theirs)};
        r.changedByMe = r.mine != r.base;
        r.changedByThem = r.theirs != r.base;
        if (r.changedByMe || r.changedByThem)
            out.append(r);
    }
    return out;
}

Patient PatientMerge::rebase(const Patient& base, const Patient& mine, const Patient& theirs)
{
    Patient merged = theirs;
    for (const Field& f : fields())
        if (f.text(mine) != f.text(base))
            f.copy(merged, mine);
    return merged;
}

} // namespace gradus
