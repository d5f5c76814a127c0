#include "settings/ClinicSettingsSnapshot.h"

#include "storage/ClinicSettingRows.h"

namespace gradus {

ClinicSettingsSnapshot ClinicSettingsSnapshot::read(Database& db)
{
    ClinicSettingsSnapshot snapshot;
    snapshot.m_texts = ClinicSettingRows(db).all();
    return snapshot;
}

QString ClinicSettingsSnapshot::text(ClinicSettings::Key key) const
{
    return m_texts.value(QString::fromLatin1(ClinicSettings::definition(key).name));
}

QVariant ClinicSettingsSnapshot::value(ClinicSettings::Key key) const
{
    return valueOf(key, text(key));
}

bool ClinicSettingsSnapshot::isStored(ClinicSettings::Key key) const
{
    return !text(key).isEmpty();
}

ClinicLogo ClinicSettingsSnapshot::logo() const
{
    return logoFrom(stringValue(ClinicSettings::Key::ClinicLogo),
                    stringValue(ClinicSettings::Key::ClinicLogoPath));
}

QVariant ClinicSettingsSnapshot::valueOf(ClinicSettings::Key key, const QString& text)
{
    const ClinicSettings::Definition& def = ClinicSettings::definition(key);
    if (text.isEmpty())
        return def.defaultValue;
    QVariant stored = text;
    if (!stored.convert(QMetaType(def.type)))
        return def.defaultValue;
    return stored;
}

ClinicLogo ClinicSettingsSnapshot::logoFrom(const QString& dataUri, const QString& path)
{
    ClinicLogo stored = ClinicLogo::fromDataUri(dataUri);
    if (!stored.isNull())
        return stored;
    if (path.isEmpty())
        return {};
    auto fromFile = ClinicLogo::fromFile(path);
    return fromFile ? *fromFile : ClinicLogo();
}

} // namespace gradus
