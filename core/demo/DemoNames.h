#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gradus {

// Invented-combination names for the demo clinic, from several languages, with the letters
// that search must cope with (ë, ß, ø, æ, ł, ő, ı, Greek script...). Any resemblance to a
// real person is chance: given and family names are drawn independently.
struct DemoCulture
{
    QStringList femaleGiven;
    QStringList maleGiven;
    QStringList family;       // for everyone, when the language does not inflect surnames
    QStringList familyFemale; // inflected surnames (Polish, Czech, Icelandic, Greek)
    QStringList familyMale;
};

const QList<DemoCulture>& demoCultures();

// Short forms some patients prefer ("Thomas" -> "Tom"); empty when none.
QString demoPreferredName(const QString& given);

} // namespace gradus
