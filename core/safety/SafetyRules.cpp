#include "safety/SafetyRules.h"

#include "log/Logging.h"
#include "patients/ConditionCatalog.h"
#include "util/EnumTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gradus {
namespace {

constexpr auto kFormat = "gradus-safety-rules";

// The keys rules files and the command line use; the words a clinician reads are the UI's.
constexpr KeyedLabel<Severity> kSeverities[] = {
    {Severity::Avoid, "avoid", nullptr},
    {Severity::Caution, "caution", nullptr},
    {Severity::Prefer, "prefer", nullptr},
};

template <typename E> quint32 bit(E value)
{
    return quint32(1) << static_cast<int>(value);
}

const QStringList kWhenKeys{QStringLiteral("condition"),  QStringLiteral("side"),
                            QStringLiteral("min_amount"), QStringLiteral("phase"),
                            QStringLiteral("finding"),    QStringLiteral("age_min"),
                            QStringLiteral("age_max")};
const QStringList kCriteriaKeys{
    QStringLiteral("movement"),        QStringLiteral("position"), QStringLiteral("spinal_load"),
    QStringLiteral("impact"),          QStringLiteral("balance"),  QStringLiteral("category"),
    QStringLiteral("end_range"),       QStringLiteral("loaded"),   QStringLiteral("overhead"),
    QStringLiteral("lift_from_floor"), QStringLiteral("exercise"), QStringLiteral("dose_type"),
    QStringLiteral("min_hold_seconds")};

// Collects the context of an error so every message names file, rule and field.
struct Where
{
    QString file;
    QString rule;

    Error error(const QString& field, const QString& problem) const
    {
        QString at = file;
        if (!rule.isEmpty())
            at += SafetyRules::tr(", rule \"%1\"").arg(rule);
        if (!field.isEmpty())
            at += SafetyRules::tr(", field \"%1\"").arg(field);
        return Error{QStringLiteral("safety.rules.invalid"),
                     QStringLiteral("%1: %2").arg(at, problem)};
    }
};

// A set of enum values: a list of names, or for ordered scales a single name meaning
// "this level or above".
template <typename E>
Result<quint32> enumSet(const QJsonValue& value, bool ordered, const QString& field,
                        const Where& where)
{
    const auto names = enumNames<E>();
    auto one = [&](const QJsonValue& v) -> Result<E> {
        auto parsed = v.isString() ? enumFromName<E>(v.toString()) : std::nullopt;
        if (!parsed)
            return where.error(field, SafetyRules::tr("\"%1\" is not one of: %2.")
                                          .arg(v.toVariant().toString(), names.join(u", ")));
        return *parsed;
    };
    quint32 mask = 0;
    if (value.isString()) {
        auto e = one(value);
        if (!e)
            return e.error();
        if (ordered) {
            for (E v : enumValues<E>())
                if (static_cast<int>(v) >= static_cast<int>(*e))
                    mask |= bit(v);
        } else {
            mask = bit(*e);
        }
        return mask;
    }
    if (!value.isArray() || value.toArray().isEmpty())
        return where.error(field, SafetyRules::tr("expected a name or a non-empty list of names."));
    for (const auto& v : value.toArray()) {
        auto e = one(v);
        if (!e)
            return e.error();
        mask |= bit(*e);
    }
    return mask;
}

Result<std::optional<bool>> flag(const QJsonObject& o, const QString& key, const Where& where)
{
    if (!o.contains(key))
        return std::optional<bool>{};
    if (!o.value(key).isBool())
        return where.error(key, SafetyRules::tr("expected true or false."));
    return std::optional<bool>(o.value(key).toBool());
}

Result<ExerciseCriteria> criteria(const QJsonValue& value, const QString& name, const Where& where)
{
    if (!value.isObject())
        return where.error(name, SafetyRules::tr("expected an object of exercise properties."));
    const auto o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!kCriteriaKeys.contains(it.key()))
            return where.error(name + u'.' + it.key(),
                               SafetyRules::tr("unknown property; known ones: %1.")
                                   .arg(kCriteriaKeys.join(u", ")));
    ExerciseCriteria c;
    struct Mask
    {
        const char* key;
        quint32* out;
        Result<quint32> (*parse)(const QJsonValue&, bool, const QString&, const Where&);
        bool ordered;
    };
    const Mask masks[] = {
        {"movement", &c.movements, &enumSet<SpinalMovement>, false},
        {"position", &c.positions, &enumSet<BodyPosition>, false},
        {"spinal_load", &c.loads, &enumSet<SpinalLoad>, true},
        {"impact", &c.impacts, &enumSet<Impact>, true},
        {"balance", &c.balances, &enumSet<BalanceDemand>, true},
        {"category", &c.categories, &enumSet<ExerciseCategory>, false},
        {"dose_type", &c.doseTypes, &enumSet<DoseType>, false},
    };
    for (const auto& m : masks) {
        const QString key = QString::fromLatin1(m.key);
        if (!o.contains(key))
            continue;
        auto mask = m.parse(o.value(key), m.ordered, name + u'.' + key, where);
        if (!mask)
            return mask.error();
        *m.out = *mask;
    }
    struct Flag
    {
        const char* key;
        std::optional<bool>* out;
    };
    const Flag flags[] = {{"end_range", &c.endRange},
                          {"loaded", &c.loaded},
                          {"overhead", &c.overhead},
                          {"lift_from_floor", &c.liftFromFloor}};
    for (const auto& f : flags) {
        auto v = flag(o, QString::fromLatin1(f.key), where);
        if (!v)
            return where.error(name + u'.' + QString::fromLatin1(f.key), v.error().message);
        *f.out = *v;
    }
    if (o.contains(QStringLiteral("exercise"))) {
        const auto list = o.value(QStringLiteral("exercise"));
        if (!list.isArray() || list.toArray().isEmpty())
            return where.error(name + QStringLiteral(".exercise"),
                               SafetyRules::tr("expected a non-empty list of stable ids."));
        for (const auto& id : list.toArray()) {
            if (!id.isString() || id.toString().isEmpty())
                return where.error(name + QStringLiteral(".exercise"),
                                   SafetyRules::tr("every entry must be a stable id."));
            c.exercises.insert(id.toString());
        }
    }
    if (o.contains(QStringLiteral("min_hold_seconds"))) {
        const auto v = o.value(QStringLiteral("min_hold_seconds"));
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 1)
            return where.error(name + QStringLiteral(".min_hold_seconds"),
                               SafetyRules::tr("expected a whole number of seconds, 1 or more."));
        c.minHoldSeconds = v.toInt();
    }
    if (c.isEmpty())
        return where.error(name, SafetyRules::tr("names no exercise property."));
    return c;
}

Result<RuleCondition> condition(const QJsonValue& value, const Where& where)
{
    if (!value.isObject())
        return where.error(QStringLiteral("when"),
                           SafetyRules::tr("each entry must be an object."));
    const auto o = value.toObject();
    if (o.isEmpty())
        return where.error(QStringLiteral("when"), SafetyRules::tr("an entry names no condition."));
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!kWhenKeys.contains(it.key()))
            return where.error(
                QStringLiteral("when.") + it.key(),
                SafetyRules::tr("unknown key; known ones: %1.").arg(kWhenKeys.join(u", ")));
    RuleCondition c;
    c.condition = o.value(QStringLiteral("condition")).toString();
    const ConditionDefinition* definition = ConditionCatalog::builtIn().find(c.condition);
    if (o.contains(QStringLiteral("condition")) && !definition)
        return where.error(
            QStringLiteral("when.condition"),
            SafetyRules::tr("\"%1\" is not a condition code of resources/conditions.json.")
                .arg(o.value(QStringLiteral("condition")).toVariant().toString()));
    c.side = o.value(QStringLiteral("side")).toString();
    if (o.contains(QStringLiteral("side")) &&
        !QStringList{u"left"_qs, u"right"_qs, u"both"_qs}.contains(c.side))
        return where.error(QStringLiteral("when.side"),
                           SafetyRules::tr("expected left, right or both."));
    c.phase = o.value(QStringLiteral("phase")).toString();
    if (o.contains(QStringLiteral("phase")) &&
        !QStringList{u"acute"_qs, u"subacute"_qs, u"chronic"_qs}.contains(c.phase))
        return where.error(QStringLiteral("when.phase"),
                           SafetyRules::tr("expected acute, subacute or chronic."));
    c.finding = o.value(QStringLiteral("finding")).toString();
    if (o.contains(QStringLiteral("finding")) &&
        !QStringList{u"peripheralising"_qs, u"new_neuro_signs"_qs}.contains(c.finding))
        return where.error(QStringLiteral("when.finding"),
                           SafetyRules::tr("expected peripheralising or new_neuro_signs."));
    auto number = [&](const QString& key, std::optional<int>& out) -> Status {
        if (!o.contains(key))
            return {};
        const auto v = o.value(key);
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 0)
            return where.error(QStringLiteral("when.") + key,
                               SafetyRules::tr("expected a whole number of 0 or more."));
        out = v.toInt();
        return {};
    };
    for (const auto& [key, out] :
         {std::pair<QString, std::optional<int>*>{u"min_amount"_qs, &c.minAmount},
          {u"age_min"_qs, &c.ageMin},
          {u"age_max"_qs, &c.ageMax}})
        if (auto s = number(key, *out); !s)
            return s.error();
    if (c.minAmount && (!definition || !definition->amount))
        return where.error(QStringLiteral("when.min_amount"),
                           SafetyRules::tr("needs a condition whose amount it compares."));
    // A phase of a condition whose onset means nothing for the phase of care would never
    // be known, so the rule would rest on an assumption for every patient.
    if (!c.phase.isEmpty() && definition && definition->phase == ConditionDefinition::Phase::None)
        return where.error(QStringLiteral("when.phase"),
                           SafetyRules::tr("condition \"%1\" has no phase of care (its "
                                           "\"phase\" in resources/conditions.json is none).")
                               .arg(c.condition));
    return c;
}

} // namespace

QString severityCode(Severity severity)
{
    return enumTable::key(kSeverities, severity);
}

std::optional<Severity> severityFromCode(const QString& code)
{
    return enumTable::fromKey(kSeverities, code);
}

bool ExerciseCriteria::isEmpty() const
{
    return !movements && !positions && !loads && !impacts && !balances && !categories &&
           !endRange && !loaded && !overhead && !liftFromFloor && exercises.isEmpty() &&
           !doseTypes && !minHoldSeconds;
}

bool ExerciseCriteria::matches(const Exercise& exercise, const Dose* prescribed) const
{
    const auto& p = exercise.properties;
    const Dose& dose = prescribed ? *prescribed : exercise.dose;
    if (doseTypes && !(doseTypes & bit(dose.type)))
        return false;
    if (minHoldSeconds && (dose.type != DoseType::Hold || dose.holdSeconds < *minHoldSeconds))
        return false;
    if (!exercises.isEmpty() && !exercises.contains(exercise.stableId))
        return false;
    if (movements) {
        quint32 moves = 0;
        for (auto m : p.spinalMovements)
            moves |= bit(m);
        if (!(moves & movements))
            return false;
    }
    if (positions && !(positions & bit(p.position)))
        return false;
    if (loads && !(loads & bit(p.spinalLoad)))
        return false;
    if (impacts && !(impacts & bit(p.impact)))
        return false;
    if (balances && !(balances & bit(p.balance)))
        return false;
    if (categories && !(categories & bit(exercise.category)))
        return false;
    if (endRange && *endRange != p.endRange)
        return false;
    if (loaded && *loaded != p.loaded)
        return false;
    if (overhead && *overhead != p.overhead)
        return false;
    if (liftFromFloor && *liftFromFloor != p.liftFromFloor)
        return false;
    return true;
}

Result<SafetyRules> SafetyRules::parse(const QByteArray& json, const QString& fileName)
{
    Where where{fileName, {}};
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return where.error({}, tr("not valid JSON at offset %1 (%2).")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
    if (!doc.isObject())
        return where.error({}, tr("expected a JSON object."));
    const auto root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return where.error(QStringLiteral("format"),
                           tr("expected \"%1\".").arg(QLatin1String(kFormat)));
    const auto version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() < 1)
        return where.error(QStringLiteral("version"), tr("expected a whole number of 1 or more."));
    const auto sources = root.value(QStringLiteral("sources")).toObject();
    if (sources.isEmpty())
        return where.error(QStringLiteral("sources"), tr("expected an object of citations."));
    const auto rules = root.value(QStringLiteral("rules"));
    if (!rules.isArray() || rules.toArray().isEmpty())
        return where.error(QStringLiteral("rules"), tr("expected a non-empty list of rules."));

    SafetyRules result;
    result.m_version = version.toInt();
    QSet<QString> ids;
    int index = 0;
    for (const auto& value : rules.toArray()) {
        ++index;
        const auto o = value.toObject();
        SafetyRule rule;
        rule.id = o.value(QStringLiteral("id")).toString();
        where.rule = rule.id.isEmpty() ? tr("#%1").arg(index) : rule.id;
        if (!value.isObject())
            return where.error({}, tr("expected an object."));
        static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
        if (!idPattern.match(rule.id).hasMatch())
            return where.error(QStringLiteral("id"), tr("expected a lower_snake_case id."));
        if (ids.contains(rule.id))
            return where.error(QStringLiteral("id"), tr("the id is used by an earlier rule."));
        ids.insert(rule.id);

        const auto when = o.value(QStringLiteral("when"));
        if (!when.isArray() || when.toArray().isEmpty())
            return where.error(QStringLiteral("when"),
                               tr("expected a non-empty list of conditions."));
        for (const auto& w : when.toArray()) {
            auto c = condition(w, where);
            if (!c)
                return c.error();
            rule.when.append(*c);
        }
        auto match = criteria(o.value(QStringLiteral("match")), QStringLiteral("match"), where);
        if (!match)
            return match.error();
        rule.match = *match;
        const auto severity = severityFromCode(o.value(QStringLiteral("severity")).toString());
        if (!severity)
            return where.error(QStringLiteral("severity"),
                               tr("expected avoid, caution or prefer."));
        rule.severity = *severity;
        rule.reason = o.value(QStringLiteral("reason")).toString().trimmed();
        if (rule.reason.isEmpty())
            return where.error(QStringLiteral("reason"),
                               tr("a plain-language reason is required."));
        rule.sourceKey = o.value(QStringLiteral("source")).toString();
        rule.source = sources.value(rule.sourceKey).toString();
        if (rule.source.isEmpty())
            return where.error(
                QStringLiteral("source"),
                tr("\"%1\" is not a key of the file's sources.").arg(rule.sourceKey));
        if (o.contains(QStringLiteral("prefer"))) {
            auto prefer =
                criteria(o.value(QStringLiteral("prefer")), QStringLiteral("prefer"), where);
            if (!prefer)
                return prefer.error();
            rule.prefer = *prefer;
        }
        result.m_rules.append(rule);
    }
    return result;
}

Result<SafetyRules> SafetyRules::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("safety.rules.unreadable"),
                     tr("Could not read the safety rules %1: %2.").arg(path, file.errorString())};
    return parse(file.readAll(), path);
}

const SafetyRules& SafetyRules::builtIn()
{
    static const SafetyRules rules = [] {
        auto loaded = load(QStringLiteral(":/safety/rules.json"));
        if (!loaded) {
            // A shipped file that does not load is a build defect the tests catch; run with no
            // rules rather than crash, and say so in the log.
            logging::get("safety")->error("built-in safety rules failed to load: {}",
                                          loaded.error().message.toStdString());
            return SafetyRules{};
        }
        return std::move(loaded).value();
    }();
    return rules;
}

const SafetyRule* SafetyRules::find(const QString& id) const
{
    for (const auto& rule : m_rules)
        if (rule.id == id)
            return &rule;
    return nullptr;
}

} // namespace gradus
