#include "settings/ClinicSettings.h"

#include "storage/Database.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>
#include <QDateTime>

namespace gradus {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClinicSettings)
};

} // namespace

const QList<ClinicSettings::Definition>& ClinicSettings::definitions()
{
    using K = Key;
    static const QList<Definition> defs = {
        {K::ClinicName, "clinic/name", QMetaType::QString, QString(), {}, {}},
        {K::ClinicAddress, "clinic/address", QMetaType::QString, QString(), {}, {}},
        {K::ClinicPhone, "clinic/phone", QMetaType::QString, QString(), {}, {}},
        {K::PaperSize, "print/paper", QMetaType::QString, QStringLiteral("a4"), {}, {}},
        // CLINICAL.md 1: sources differ (under 16 or 20; over 50, 55 or 60).
        {K::RedFlagAgeUnder, "redflags/age_under", QMetaType::Int, 20, 10, 30},
        {K::RedFlagAgeOver, "redflags/age_over", QMetaType::Int, 50, 40, 80},
        // CLINICAL.md 3: conventions, not trial results.
        {K::PacingBaselinePercent, "pacing/baseline_percent", QMetaType::Int, 80, 50, 100},
        {K::PacingWeeklyPercent, "pacing/weekly_percent", QMetaType::Int, 10, 5, 20},
        {K::PainAcceptableMax, "pacing/pain_acceptable_max", QMetaType::Int, 5, 0, 10},
        {K::PainSafeMax, "pacing/pain_safe_max", QMetaType::Int, 2, 0, 10},
        // CLINICAL.md 3: regress after 2+ bad days in a row, back by 10-20%.
        {K::PacingRegressBadDays, "pacing/regress_bad_days", QMetaType::Int, 2, 2, 7},
        {K::PacingRegressPercent, "pacing/regress_percent", QMetaType::Int, 15, 10, 20},
        {K::ClinicLogoPath, "clinic/logo_path", QMetaType::QString, QString(), {}, {}},
        // One copy a day at start-up in backups/ beside a SQLite store; a week by default.
        {K::BackupsToKeep, "backup/keep", QMetaType::Int, 7, 0, 365},
    };
    return defs;
}

const ClinicSettings::Definition& ClinicSettings::definition(Key key)
{
    for (const Definition& d : definitions())
        if (d.key == key)
            return d;
    Q_UNREACHABLE();
}

std::optional<ClinicSettings::Key> ClinicSettings::keyFromName(const QString& name)
{
    for (const Definition& d : definitions())
        if (name == QLatin1String(d.name))
            return d.key;
    return std::nullopt;
}

ClinicSettings::ClinicSettings(Database& db, QObject* parent) : QObject(parent), m_db(db) {}

QVariant ClinicSettings::value(Key key) const
{
    const Definition& def = definition(key);
    auto q = m_db.exec(QStringLiteral("SELECT value FROM clinic_setting WHERE key = ?"),
                       {QString::fromLatin1(def.name)});
    if (!q || !q->next())
        return def.defaultValue;
    QVariant stored = q->value(0).toString();
    if (!stored.convert(QMetaType(def.type)))
        return def.defaultValue;
    return stored;
}

Status ClinicSettings::setValue(Key key, const QVariant& value)
{
    const Definition& def = definition(key);
    QVariant converted = value;
    if (!converted.convert(QMetaType(def.type)) ||
        (def.type == QMetaType::Int && !value.toString().trimmed().isEmpty() &&
         value.toString().toLongLong() != converted.toLongLong()))
        return Error{QStringLiteral("settings.type"),
                     Tr::tr("%1 must be a whole number.").arg(QLatin1String(def.name))};
    if (def.minimum.isValid() && (converted.toDouble() < def.minimum.toDouble() ||
                                  converted.toDouble() > def.maximum.toDouble()))
        return Error{
            QStringLiteral("settings.range"),
            Tr::tr("%1 must be between %2 and %3.")
                .arg(QLatin1String(def.name), def.minimum.toString(), def.maximum.toString())};
    if (key == Key::PaperSize && converted.toString() != QLatin1String("a4") &&
        converted.toString() != QLatin1String("letter"))
        return Error{QStringLiteral("settings.value"),
                     Tr::tr("Paper size must be \"a4\" or \"letter\".")};

    UnitOfWork tx(m_db);
    if (!tx.isActive())
        return tx.begun().error();
    const QString name = QString::fromLatin1(def.name);
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM clinic_setting WHERE key = ?"), {name}); !r)
        return r.error();
    if (auto r = m_db.exec(
            QStringLiteral("INSERT INTO clinic_setting (key, value, updated_at) "
                           "VALUES (?, ?, ?)"),
            {name, converted.toString(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        !r)
        return r.error();
    if (auto st = tx.commit(); !st)
        return st;
    emit changed(key);
    return {};
}

Status ClinicSettings::reset(Key key)
{
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM clinic_setting WHERE key = ?"),
                           {QString::fromLatin1(definition(key).name)});
        !r)
        return r.error();
    emit changed(key);
    return {};
}

} // namespace gradus
