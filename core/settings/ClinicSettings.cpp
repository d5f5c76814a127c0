#include "settings/ClinicSettings.h"
#include "settings/ClinicSettingsSnapshot.h"

#include "storage/ClinicSettingRows.h"
#include "storage/ConflictReport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

namespace gradus {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClinicSettings)
};

Error invalid(const QString& code, const QString& message)
{
    return Error{code, message, ErrorKind::Invalid};
}

// Checks the text keys whose form matters on a printed handout.
std::optional<Error> checkText(ClinicSettings::Key key, const QString& text)
{
    using K = ClinicSettings::Key;
    if (text.isEmpty())
        return std::nullopt;
    if (key == K::ClinicEmail) {
        static const QRegularExpression email(QStringLiteral("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"));
        if (!email.match(text).hasMatch())
            return invalid(QStringLiteral("settings.email"),
                           Tr::tr("\"%1\" is not an e-mail address (name@example.org).").arg(text));
    } else if (key == K::ClinicWebsite) {
        const QUrl url = QUrl::fromUserInput(text);
        const bool web = url.isValid() && (url.scheme() == QLatin1String("http") ||
                                           url.scheme() == QLatin1String("https"));
        if (!web || !url.host().contains(u'.') || text.contains(u' '))
            return invalid(QStringLiteral("settings.website"),
                           Tr::tr("\"%1\" is not a web address (www.example.org).").arg(text));
    } else if (key == K::ClinicPhone) {
        static const QRegularExpression phone(
            QStringLiteral("^[0-9+()./ \\-]+(ext\\.? ?[0-9]+)?$"));
        if (!phone.match(text).hasMatch())
            return invalid(QStringLiteral("settings.phone"),
                           Tr::tr("\"%1\" is not a telephone number: use digits, spaces and "
                                  "+ ( ) - . / only.")
                               .arg(text));
    } else if (key == K::PaperSize) {
        if (text != QLatin1String("a4") && text != QLatin1String("letter"))
            return invalid(QStringLiteral("settings.value"),
                           Tr::tr("Paper size must be \"a4\" or \"letter\"."));
    } else if (key == K::HandoutLanguage) {
        if (!ClinicSettings::handoutLanguages().contains(text))
            return invalid(QStringLiteral("settings.language"),
                           Tr::tr("Handout language must be one of %1.")
                               .arg(ClinicSettings::handoutLanguages().join(QStringLiteral(", "))));
    } else if (key == K::ClinicLogo) {
        if (ClinicLogo::fromDataUri(text).isNull())
            return invalid(QStringLiteral("settings.logo.format"),
                           Tr::tr("The logo must be a PNG or SVG image."));
    }
    return std::nullopt;
}

} // namespace

const QList<ClinicSettings::Definition>& ClinicSettings::definitions()
{
    using K = Key;
    using G = Group;
    constexpr auto S = QMetaType::QString;
    constexpr auto I = QMetaType::Int;
    // One row per key: storage name, type, default, range, the gradus-cli option, the label
    // shown in Preferences and `clinic show`, the group, and the longest text accepted.
    static const QList<Definition> defs = {
        {K::ClinicName,
         "clinic/name",
         S,
         QString(),
         {},
         {},
         "name",
         QT_TRANSLATE_NOOP("ClinicSettings", "Clinic name"),
         G::Clinic,
         120},
        {K::ClinicAddress,
         "clinic/address",
         S,
         QString(),
         {},
         {},
         "address",
         QT_TRANSLATE_NOOP("ClinicSettings", "Address"),
         G::Clinic,
         400},
        {K::ClinicPhone,
         "clinic/phone",
         S,
         QString(),
         {},
         {},
         "phone",
         QT_TRANSLATE_NOOP("ClinicSettings", "Telephone"),
         G::Clinic,
         40},
        {K::ClinicEmail,
         "clinic/email",
         S,
         QString(),
         {},
         {},
         "email",
         QT_TRANSLATE_NOOP("ClinicSettings", "E-mail"),
         G::Clinic,
         120},
        {K::ClinicWebsite,
         "clinic/website",
         S,
         QString(),
         {},
         {},
         "website",
         QT_TRANSLATE_NOOP("ClinicSettings", "Website"),
         G::Clinic,
         200},
        {K::ClinicLogo,
         "clinic/logo",
         S,
         QString(),
         {},
         {},
         nullptr,
         QT_TRANSLATE_NOOP("ClinicSettings", "Logo"),
         G::Clinic,
         0},
        {K::ClinicLogoPath,
         "clinic/logo_path",
         S,
         QString(),
         {},
         {},
         nullptr,
         nullptr,
         G::Clinic,
         0},
        {K::PaperSize,
         "print/paper",
         S,
         QStringLiteral("a4"),
         {},
         {},
         "paper",
         QT_TRANSLATE_NOOP("ClinicSettings", "Paper size"),
         G::Handout,
         0},
        {K::HandoutLanguage,
         "handout/language",
         S,
         QStringLiteral("en"),
         {},
         {},
         "language",
         QT_TRANSLATE_NOOP("ClinicSettings", "Handout language"),
         G::Handout,
         0},
        // CLINICAL.md 3: conventions, not trial results.
        {K::PacingBaselinePercent, "pacing/baseline_percent", I, 80, 50, 100, "pacing-baseline",
         QT_TRANSLATE_NOOP("ClinicSettings", "Baseline (% of tolerance)"), G::Pacing, 0},
        {K::PacingWeeklyPercent, "pacing/weekly_percent", I, 10, 5, 20, "pacing-weekly",
         QT_TRANSLATE_NOOP("ClinicSettings", "Weekly increase (% of baseline)"), G::Pacing, 0},
        {K::PainAcceptableMax, "pacing/pain_acceptable_max", I, 5, 0, 10, "pain-acceptable",
         QT_TRANSLATE_NOOP("ClinicSettings", "Highest acceptable pain during exercise"), G::Pacing,
         0},
        {K::PainSafeMax, "pacing/pain_safe_max", I, 2, 0, 10, "pain-safe",
         QT_TRANSLATE_NOOP("ClinicSettings", "Highest safe pain during exercise"), G::Pacing, 0},
        // CLINICAL.md 3: regress after 2+ bad days in a row, back by 10-20%.
        {K::PacingRegressBadDays, "pacing/regress_bad_days", I, 2, 2, 7, "regress-bad-days",
         QT_TRANSLATE_NOOP("ClinicSettings", "Bad days before a step back"), G::Pacing, 0},
        {K::PacingRegressPercent, "pacing/regress_percent", I, 15, 10, 20, "regress-percent",
         QT_TRANSLATE_NOOP("ClinicSettings", "Step back (%)"), G::Pacing, 0},
        // CLINICAL.md 1: sources differ (under 16 or 20; over 50, 55 or 60).
        {K::RedFlagAgeUnder, "redflags/age_under", I, 20, 10, 30, "red-flag-age-under",
         QT_TRANSLATE_NOOP("ClinicSettings", "New back pain is a red flag under age"), G::RedFlags,
         0},
        {K::RedFlagAgeOver, "redflags/age_over", I, 50, 40, 80, "red-flag-age-over",
         QT_TRANSLATE_NOOP("ClinicSettings", "New back pain is a red flag over age"), G::RedFlags,
         0},
        // One copy a day at start-up in backups/ beside a SQLite store; a week by default. Set
        // by gradus-cli db backups --keep, so neither a clinic option nor a preference here.
        {K::BackupsToKeep, "backup/keep", I, 7, 0, 365, nullptr, nullptr, G::Clinic, 0},
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

QString ClinicSettings::label(Key key)
{
    const Definition& def = definition(key);
    return def.label ? QCoreApplication::translate("ClinicSettings", def.label)
                     : QString::fromLatin1(def.name);
}

QStringList ClinicSettings::handoutLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

ClinicSettings::ClinicSettings(Database& db, QObject* parent) : QObject(parent), m_db(db) {}

QVariant ClinicSettings::value(Key key) const
{
    return ClinicSettingsSnapshot::valueOf(
        key, ClinicSettingRows(m_db).text(QString::fromLatin1(definition(key).name)));
}

Result<QVariant> ClinicSettings::validate(Key key, const QVariant& value)
{
    const Definition& def = definition(key);
    QVariant converted = value;
    if (def.type == QMetaType::QString)
        converted = value.toString().trimmed();
    if (!converted.convert(QMetaType(def.type)) ||
        (def.type == QMetaType::Int && !value.toString().trimmed().isEmpty() &&
         value.toString().trimmed().toLongLong() != converted.toLongLong()) ||
        (def.type == QMetaType::Int && value.toString().trimmed().isEmpty()))
        return invalid(QStringLiteral("settings.type"),
                       Tr::tr("%1 must be a whole number.").arg(label(key)));
    if (def.minimum.isValid() && (converted.toDouble() < def.minimum.toDouble() ||
                                  converted.toDouble() > def.maximum.toDouble()))
        return invalid(QStringLiteral("settings.range"),
                       Tr::tr("%1 must be between %2 and %3.")
                           .arg(label(key), def.minimum.toString(), def.maximum.toString()));
    if (def.type == QMetaType::QString) {
        const QString text = converted.toString();
        if (def.maxLength > 0 && text.size() > def.maxLength)
            return invalid(
                QStringLiteral("settings.length"),
                Tr::tr("%1 may be at most %2 characters long.").arg(label(key)).arg(def.maxLength));
        if (auto problem = checkText(key, text))
            return *problem;
    }
    return converted;
}

Status ClinicSettings::setValue(Key key, const QVariant& value)
{
    return setValues({{key, value}});
}

Status ClinicSettings::setValues(const QList<QPair<Key, QVariant>>& values,
                                 std::optional<int> ifVersion)
{
    QList<QPair<Key, QVariant>> checked;
    for (const auto& [key, value] : values) {
        auto converted = validate(key, value);
        if (!converted)
            return converted.error();
        checked.append({key, *converted});
    }
    // Pairs that only make sense together, checked on the values as they will be.
    auto after = [&](Key key) {
        for (auto it = checked.crbegin(); it != checked.crend(); ++it)
            if (it->first == key)
                return it->second;
        return value(key);
    };
    if (after(Key::PainSafeMax).toInt() > after(Key::PainAcceptableMax).toInt())
        return invalid(QStringLiteral("settings.pain_order"),
                       Tr::tr("The highest safe pain (%1) cannot be above the highest acceptable "
                              "pain (%2).")
                           .arg(after(Key::PainSafeMax).toInt())
                           .arg(after(Key::PainAcceptableMax).toInt()));

    QList<Key> changedKeys;
    if (auto st = write(checked, changedKeys, ifVersion); !st)
        return st;
    for (Key key : changedKeys)
        emit changed(key);
    return {};
}

int ClinicSettings::version() const
{
    return ClinicSettingRows(m_db).version();
}

Status ClinicSettings::store(const QString& name, const QString& text, int version,
                             const QString& now)
{
    return ClinicSettingRows(m_db).store(name, text, version, now);
}

Status ClinicSettings::write(const QList<QPair<Key, QVariant>>& values, QList<Key>& changedKeys,
                             std::optional<int> ifVersion)
{
    return m_db.write([&]() -> Status {
        // A retried unit starts again: only what this attempt changes is reported.
        changedKeys.clear();
        // The settings share one version, so two desks changing different settings still take
        // turns. Readers are not held up.
        if (auto st = ClinicSettingRows(m_db).lockForWrite(); !st)
            return st;
        const int current = version();
        if (ifVersion && *ifVersion != current)
            return ConflictReport::make(m_db, QStringLiteral("clinic_setting"), 0,
                                        Tr::tr("The record of the clinic's settings"), *ifVersion,
                                        current);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (const auto& [key, converted] : values) {
            if (value(key) == converted)
                continue;
            // An empty text is no value, so the (empty) default applies again.
            if (auto st = store(QString::fromLatin1(definition(key).name), converted.toString(),
                                current + 1, now);
                !st)
                return st;
            if (!changedKeys.contains(key))
                changedKeys << key;
        }
        return {};
    });
}

bool ClinicSettings::isStored(Key key) const
{
    return ClinicSettingRows(m_db).hasText(QString::fromLatin1(definition(key).name));
}

Status ClinicSettings::reset(Key key)
{
    if (!isStored(key)) {
        emit changed(key);
        return {};
    }
    Status st = m_db.write([&] {
        return store(QString::fromLatin1(definition(key).name), QString(), version() + 1,
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    });
    if (!st)
        return st;
    emit changed(key);
    return {};
}

ClinicLogo ClinicSettings::logo() const
{
    return ClinicSettingsSnapshot::logoFrom(stringValue(Key::ClinicLogo),
                                            stringValue(Key::ClinicLogoPath));
}

Status ClinicSettings::setLogo(const ClinicLogo& logo)
{
    if (logo.isNull())
        return clearLogo();
    QList<Key> changedKeys;
    // The logo itself replaces a file path an older version stored.
    if (auto st = write({{Key::ClinicLogo, logo.toDataUri()}, {Key::ClinicLogoPath, QString()}},
                        changedKeys);
        !st)
        return st;
    for (Key key : changedKeys)
        emit changed(key);
    return {};
}

Status ClinicSettings::clearLogo()
{
    QList<Key> changedKeys;
    if (auto st =
            write({{Key::ClinicLogo, QString()}, {Key::ClinicLogoPath, QString()}}, changedKeys);
        !st)
        return st;
    for (Key key : changedKeys)
        emit changed(key);
    return {};
}

} // namespace gradus
