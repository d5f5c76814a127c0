#include "settings/DeskSettings.h"

#include "model/VisitClinician.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace gradus {
namespace {

constexpr const char* kVersionKey = "settings/version";

} // namespace

const QList<DeskSettings::Definition>& DeskSettings::definitions()
{
    using K = Key;
    // The names of keys that existed before the version number are kept, so that older
    // files read the same.
    static const QList<Definition> defs = {
        {K::ClinicianName, "visits/clinician", QMetaType::QString, QString()},
        {K::RecentDatabases, "databases/recent", QMetaType::QStringList, QStringList()},
        {K::LastDatabase, "databases/last", QMetaType::QString, QString()},
        {K::MainWindowGeometry, "mainWindow/geometry", QMetaType::QByteArray, QByteArray()},
        {K::MainWindowState, "mainWindow/state", QMetaType::QByteArray, QByteArray()},
        {K::DemoOfferedStores, "demo/offeredStores", QMetaType::QStringList, QStringList()},
    };
    return defs;
}

const DeskSettings::Definition& DeskSettings::definition(Key key)
{
    for (const Definition& d : definitions())
        if (d.key == key)
            return d;
    Q_UNREACHABLE();
}

QString DeskSettings::legacyFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("Gradus/Gradus.conf"));
}

DeskSettings::DeskSettings(QObject* parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>()), m_legacyFile(legacyFilePath())
{
    migrate();
}

DeskSettings::DeskSettings(const QString& file, const QString& legacyFile, QObject* parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(file, QSettings::IniFormat)),
      m_legacyFile(legacyFile)
{
    migrate();
}

DeskSettings::~DeskSettings() = default;

QString DeskSettings::fileName() const
{
    return m_settings->fileName();
}

int DeskSettings::version() const
{
    return m_settings->value(QLatin1String(kVersionKey), 0).toInt();
}

QVariant DeskSettings::value(Key key) const
{
    const Definition& def = definition(key);
    QVariant stored = m_settings->value(QLatin1String(def.name));
    if (!stored.isValid() || !stored.convert(QMetaType(def.type)))
        return def.defaultValue;
    return stored;
}

void DeskSettings::setValue(Key key, const QVariant& newValue)
{
    const Definition& def = definition(key);
    QVariant converted = newValue;
    if (!converted.convert(QMetaType(def.type)))
        converted = def.defaultValue;
    if (m_settings->contains(QLatin1String(def.name)) && value(key) == converted)
        return;
    m_settings->setValue(QLatin1String(def.name), converted);
    m_settings->sync();
    emit changed(key);
}

void DeskSettings::reset(Key key)
{
    const QLatin1String name(definition(key).name);
    if (!m_settings->contains(name))
        return;
    m_settings->remove(name);
    m_settings->sync();
    emit changed(key);
}

QString DeskSettings::clinicianName() const
{
    const QString stored = value(Key::ClinicianName).toString().trimmed();
    return stored.isEmpty() ? defaultClinicianName() : stored;
}

void DeskSettings::setClinicianName(const QString& name)
{
    if (name.trimmed().isEmpty())
        reset(Key::ClinicianName);
    else
        setValue(Key::ClinicianName, name.trimmed());
}

QStringList DeskSettings::recentDatabases() const
{
    return value(Key::RecentDatabases).toStringList();
}

void DeskSettings::addRecentDatabase(const QString& location)
{
    if (location.trimmed().isEmpty())
        return;
    QStringList recent = recentDatabases();
    recent.removeAll(location);
    recent.prepend(location);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    setValue(Key::RecentDatabases, recent);
}

void DeskSettings::removeRecentDatabase(const QString& location)
{
    QStringList recent = recentDatabases();
    if (recent.removeAll(location) > 0)
        setValue(Key::RecentDatabases, recent);
}

void DeskSettings::migrate()
{
    const int from = version();
    if (from >= kVersion)
        return;
    if (from < 1) {
        // Version 1 is the io.github.gradus location. A file with no version yet is either
        // new (take over what the old location holds) or already written by the keys above.
        const bool fresh = m_settings->allKeys().isEmpty();
        if (fresh && !m_legacyFile.isEmpty() && QFileInfo::exists(m_legacyFile) &&
            QFileInfo(m_legacyFile).absoluteFilePath() !=
                QFileInfo(m_settings->fileName()).absoluteFilePath()) {
            const QSettings legacy(m_legacyFile, QSettings::IniFormat);
            for (const QString& key : legacy.allKeys())
                m_settings->setValue(key, legacy.value(key));
        }
        // The demo offer was remembered under one key per store
        // ("patients/demoOffered/<hash>"); now it is one list.
        QStringList offered = value(Key::DemoOfferedStores).toStringList();
        m_settings->beginGroup(QStringLiteral("patients/demoOffered"));
        const QStringList stores = m_settings->childKeys();
        for (const QString& store : stores)
            if (m_settings->value(store).toBool() && !offered.contains(store))
                offered << store;
        m_settings->endGroup();
        m_settings->remove(QStringLiteral("patients/demoOffered"));
        if (!offered.isEmpty())
            m_settings->setValue(QLatin1String(definition(Key::DemoOfferedStores).name), offered);
    }
    m_settings->setValue(QLatin1String(kVersionKey), kVersion);
    m_settings->sync();
}

} // namespace gradus
