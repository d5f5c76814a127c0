#include "model/Patient.h"

#include <QCoreApplication>

namespace gradus {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Patient)
};

} // namespace

QString Patient::fullName() const
{
    const QString first = preferredName.trimmed().isEmpty() ? givenName : preferredName;
    return QStringLiteral("%1 %2").arg(first.trimmed(), familyName.trimmed()).trimmed();
}

QString Patient::listName() const
{
    QString name = QStringLiteral("%1, %2").arg(familyName.trimmed(), givenName.trimmed());
    const QString preferred = preferredName.trimmed();
    if (!preferred.isEmpty() && preferred != givenName.trimmed())
        name += QStringLiteral(" (%1)").arg(preferred);
    return name;
}

int Patient::age(const QDate& dateOfBirth, const QDate& day)
{
    if (!dateOfBirth.isValid() || !day.isValid() || dateOfBirth > day)
        return -1;
    int years = day.year() - dateOfBirth.year();
    if (day.month() < dateOfBirth.month() ||
        (day.month() == dateOfBirth.month() && day.day() < dateOfBirth.day()))
        --years;
    return years;
}

namespace Sex {

bool isValid(const QString& code)
{
    return code.isEmpty() || code == Female || code == Male || code == Other;
}

QString fromUserText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == Female || t == QLatin1String("f"))
        return Female;
    if (t == Male || t == QLatin1String("m"))
        return Male;
    if (t == Other || t == QLatin1String("o") || t == QLatin1String("x"))
        return Other;
    return {};
}

QString displayName(const QString& code)
{
    if (code == Female)
        return Tr::tr("Female");
    if (code == Male)
        return Tr::tr("Male");
    if (code == Other)
        return Tr::tr("Other");
    return Tr::tr("Not recorded");
}

} // namespace Sex

} // namespace gradus
