#include "patients/ConditionCatalog.h"

#include "log/Logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace gradus {

const ConditionCatalog& ConditionCatalog::builtIn()
{
    static const ConditionCatalog catalog = [] {
        QFile file(QStringLiteral(":/conditions.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            logging::get("patients")->error("the built-in condition list is missing");
            return ConditionCatalog();
        }
        auto parsed = fromJson(file.readAll());
        if (!parsed) {
            logging::get("patients")
                ->error("the built-in condition list is invalid: {}",
                        parsed.error().message.toStdString());
            return ConditionCatalog();
        }
        return std::move(*parsed);
    }();
    return catalog;
}

Result<ConditionCatalog> ConditionCatalog::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return Error{QStringLiteral("conditions.json"),
                     tr("The condition list is not valid JSON: %1").arg(parseError.errorString())};
    const QJsonArray items = doc.object().value(QStringLiteral("conditions")).toArray();
    if (items.isEmpty())
        return Error{QStringLiteral("conditions.empty"), tr("The condition list is empty.")};

    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    ConditionCatalog catalog;
    QSet<QString> seen;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        ConditionDefinition def;
        def.code = item.value(QStringLiteral("code")).toString();
        def.name = item.value(QStringLiteral("name")).toString();
        def.description = item.value(QStringLiteral("description")).toString();
        def.source = item.value(QStringLiteral("source")).toString();
        def.takesSide = item.value(QStringLiteral("side")).toBool(false);
        if (!codePattern.match(def.code).hasMatch())
            return Error{QStringLiteral("conditions.code"),
                         tr("The condition code '%1' is not snake_case.").arg(def.code)};
        if (def.name.isEmpty())
            return Error{QStringLiteral("conditions.name"),
                         tr("The condition code '%1' has no name.").arg(def.code)};
        if (seen.contains(def.code))
            return Error{QStringLiteral("conditions.duplicate"),
                         tr("The condition code '%1' appears twice.").arg(def.code)};
        seen.insert(def.code);
        const QJsonValue amount = item.value(QStringLiteral("amount"));
        if (amount.isObject()) {
            const QJsonObject a = amount.toObject();
            ConditionDefinition::Amount spec;
            spec.name = a.value(QStringLiteral("name")).toString();
            spec.unit = a.value(QStringLiteral("unit")).toString();
            spec.minimum = a.value(QStringLiteral("minimum")).toInt(0);
            spec.maximum = a.value(QStringLiteral("maximum")).toInt(0);
            if (spec.name.isEmpty() || spec.maximum < spec.minimum)
                return Error{QStringLiteral("conditions.amount"),
                             tr("The amount of condition code '%1' needs a name and a range.")
                                 .arg(def.code)};
            def.amount = spec;
        }
        const QString phase =
            item.value(QStringLiteral("phase")).toString(QStringLiteral("complaint"));
        if (phase == QLatin1String("complaint"))
            def.phase = ConditionDefinition::Phase::Complaint;
        else if (phase == QLatin1String("own_onset"))
            def.phase = ConditionDefinition::Phase::OwnOnset;
        else if (phase == QLatin1String("none"))
            def.phase = ConditionDefinition::Phase::None;
        else
            return Error{QStringLiteral("conditions.phase"),
                         tr("The phase of condition code '%1' must be complaint, own_onset or "
                            "none (not '%2').")
                             .arg(def.code, phase)};
        def.onsetName = item.value(QStringLiteral("onset_name")).toString();
        catalog.m_definitions.append(def);
    }
    return catalog;
}

const ConditionDefinition* ConditionCatalog::find(const QString& code) const
{
    for (const ConditionDefinition& def : m_definitions)
        if (def.code == code)
            return &def;
    return nullptr;
}

QStringList ConditionCatalog::codes() const
{
    QStringList list;
    for (const ConditionDefinition& def : m_definitions)
        list << def.code;
    return list;
}

QString ConditionCatalog::displayName(const QString& code) const
{
    const ConditionDefinition* def = find(code);
    return def ? def->name : code;
}

} // namespace gradus
