#include "safety/RedFlagCatalog.h"

#include "log/Logging.h"
#include "settings/ClinicSettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace gradus {
namespace {

Error invalid(const QString& file, const QString& where, const QString& problem)
{
    return Error{QStringLiteral("safety.redflags.invalid"),
                 QStringLiteral("%1%2: %3").arg(file, where, problem)};
}

} // namespace

Result<RedFlagCatalog> RedFlagCatalog::parse(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(fileName, {},
                       tr("not a valid JSON object (%1).").arg(parseError.errorString()));
    const auto root = doc.object();
    if (root.value(u"format"_qs).toString() != u"gradus-red-flags"_qs)
        return invalid(fileName, tr(", field \"format\""), tr("expected \"gradus-red-flags\"."));
    RedFlagCatalog catalog;
    catalog.m_version = root.value(u"version"_qs).toInt();
    if (catalog.m_version < 1)
        return invalid(fileName, tr(", field \"version\""),
                       tr("expected a whole number of 1 or more."));
    QSet<QString> tierIds;
    for (const auto& v : root.value(u"tiers"_qs).toArray()) {
        const auto o = v.toObject();
        RedFlagTier t{o.value(u"id"_qs).toString(), o.value(u"label"_qs).toString(),
                      o.value(u"action"_qs).toString(), o.value(u"source"_qs).toString()};
        if (t.id.isEmpty() || t.label.isEmpty() || t.action.isEmpty() || t.source.isEmpty())
            return invalid(fileName, tr(", tier \"%1\"").arg(t.id),
                           tr("every tier needs an id, label, action and source."));
        if (tierIds.contains(t.id))
            return invalid(fileName, tr(", tier \"%1\"").arg(t.id), tr("the id is used twice."));
        tierIds.insert(t.id);
        catalog.m_tiers.append(t);
    }
    if (catalog.m_tiers.isEmpty())
        return invalid(fileName, tr(", field \"tiers\""), tr("expected a non-empty list."));
    QSet<QString> codes;
    for (const auto& v : root.value(u"flags"_qs).toArray()) {
        const auto o = v.toObject();
        RedFlagDefinition f{o.value(u"code"_qs).toString(), o.value(u"tier"_qs).toString(),
                            o.value(u"label"_qs).toString(), o.value(u"age_rule"_qs).toBool()};
        if (f.code.isEmpty() || f.label.isEmpty())
            return invalid(fileName, tr(", flag \"%1\"").arg(f.code),
                           tr("every flag needs a code and a label."));
        if (!tierIds.contains(f.tier))
            return invalid(fileName, tr(", flag \"%1\", field \"tier\"").arg(f.code),
                           tr("\"%1\" is not a tier of this file.").arg(f.tier));
        if (codes.contains(f.code))
            return invalid(fileName, tr(", flag \"%1\"").arg(f.code),
                           tr("the code is used twice."));
        codes.insert(f.code);
        catalog.m_flags.append(f);
    }
    if (catalog.m_flags.isEmpty())
        return invalid(fileName, tr(", field \"flags\""), tr("expected a non-empty list."));
    return catalog;
}

const RedFlagCatalog& RedFlagCatalog::builtIn()
{
    static const RedFlagCatalog catalog = [] {
        QFile file(QStringLiteral(":/safety/redflags.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            logging::get("safety")->error("built-in red flags are missing");
            return RedFlagCatalog{};
        }
        auto parsed = parse(file.readAll(), file.fileName());
        if (!parsed) {
            logging::get("safety")->error("built-in red flags failed to load: {}",
                                          parsed.error().message.toStdString());
            return RedFlagCatalog{};
        }
        return std::move(parsed).value();
    }();
    return catalog;
}

const RedFlagDefinition* RedFlagCatalog::find(const QString& code) const
{
    for (const auto& f : m_flags)
        if (f.code == code)
            return &f;
    return nullptr;
}

const RedFlagTier* RedFlagCatalog::tier(const QString& id) const
{
    for (const auto& t : m_tiers)
        if (t.id == id)
            return &t;
    return nullptr;
}

QList<RedFlagDefinition> RedFlagCatalog::flagsOfTier(const QString& tierId) const
{
    QList<RedFlagDefinition> list;
    for (const auto& f : m_flags)
        if (f.tier == tierId)
            list.append(f);
    return list;
}

bool RedFlagCatalog::ageOutsideThresholds(int age, const ClinicSettings& settings)
{
    if (age < 0)
        return false;
    return age < settings.intValue(ClinicSettings::Key::RedFlagAgeUnder) ||
           age > settings.intValue(ClinicSettings::Key::RedFlagAgeOver);
}

QStringList RedFlagCatalog::suggestedForAge(int age, const ClinicSettings& settings) const
{
    QStringList codes;
    if (ageOutsideThresholds(age, settings))
        for (const auto& f : m_flags)
            if (f.ageRule)
                codes.append(f.code);
    return codes;
}

} // namespace gradus
