#pragma once

#include "settings/ClinicSettings.h"

#include <QHash>

namespace gradus {

class Database;

// The clinic's settings as they stood at one moment, read in one statement. A document that
// needs many of them (the handout's letterhead, pain thresholds and language) reads them
// once, not one statement each: on a clinic server each statement is a round trip. It is not
// kept: a desk reads a new one per document, so a change made at another desk shows at once.
class ClinicSettingsSnapshot
{
public:
    static ClinicSettingsSnapshot read(Database& db);

    QVariant value(ClinicSettings::Key key) const;
    int intValue(ClinicSettings::Key key) const { return value(key).toInt(); }
    QString stringValue(ClinicSettings::Key key) const { return value(key).toString(); }
    bool isStored(ClinicSettings::Key key) const;
    gradus::ClinicLogo logo() const;

    // The meaning of a stored text: the key's default when it is empty or not of its type.
    // ClinicSettings reads one key with the same rule.
    static QVariant valueOf(ClinicSettings::Key key, const QString& text);
    // The logo from the stored one, else (older stores) from the file an older version named.
    static gradus::ClinicLogo logoFrom(const QString& dataUri, const QString& path);

private:
    QString text(ClinicSettings::Key key) const;

    QHash<QString, QString> m_texts; // storage name -> stored text
};

} // namespace gradus
