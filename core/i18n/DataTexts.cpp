#include "i18n/DataTexts.h"

#include "i18n/DataTextsReader.h"
#include "i18n/Languages.h"
#include "i18n/Translations.h"
#include "log/Logging.h"
#include "safety/SafetyCheck.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <map>

namespace gradus {

namespace {

QString pick(const QString& translated, const QString& english)
{
    return translated.isEmpty() ? english : translated;
}

// Step n translates step n: a list of another length cannot be matched up, so it is not used.
QStringList pickList(const QStringList& translated, const QStringList& english)
{
    if (translated.size() != english.size())
        return english;
    QStringList result;
    for (qsizetype i = 0; i < english.size(); ++i)
        result << pick(translated.at(i), english.at(i));
    return result;
}

struct Cache
{
    QMutex mutex;
    std::map<QString, std::shared_ptr<const DataTexts>> byLanguage;
    // References handed out before clearCache() stay valid.
    std::vector<std::shared_ptr<const DataTexts>> retired;
};

Cache& cache()
{
    static Cache c;
    return c;
}

DataTexts readLanguage(const QString& language)
{
    for (const QString& path : Translations::searchPaths()) {
        const QString folder = QDir(path).filePath(language);
        if (!QDir(folder).exists())
            continue;
        DataTexts texts = DataTexts::load(language, folder);
        for (const QString& problem : texts.problems())
            logging::get("i18n")->warn("data texts: {}", problem.toStdString());
        return texts;
    }
    return DataTexts::load(language, QString());
}

QJsonObject resourceObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Replaces o[key] by the translation when there is one.
void put(QJsonObject& o, const QString& key, const QString& translated)
{
    if (!translated.isEmpty())
        o.insert(key, translated);
}

} // namespace

const DataTexts& DataTexts::of(const QString& language)
{
    const QString code = Languages::isSupported(language) && language != QLatin1String("en")
                             ? language
                             : QStringLiteral("en");
    Cache& c = cache();
    QMutexLocker lock(&c.mutex);
    auto it = c.byLanguage.find(code);
    if (it == c.byLanguage.end()) {
        auto texts = std::make_shared<const DataTexts>(
            code == QLatin1String("en") ? DataTexts() : readLanguage(code));
        it = c.byLanguage.emplace(code, std::move(texts)).first;
    }
    return *it->second;
}

const DataTexts& DataTexts::display()
{
    return of(Translations::current());
}

DataTexts DataTexts::load(const QString& language, const QString& folder)
{
    if (folder.isEmpty()) {
        DataTexts texts;
        texts.m_language = language;
        return texts;
    }
    DataTexts texts = DataTextsReader::readFolder(language, folder);
    texts.buildCatalogs();
    return texts;
}

void DataTexts::buildCatalogs()
{
    const auto log = logging::get("i18n");
    if (!m_conditions.isEmpty()) {
        QJsonObject root = resourceObject(QStringLiteral(":/conditions.json"));
        QJsonArray list = root.value(QStringLiteral("conditions")).toArray();
        for (auto it = list.begin(); it != list.end(); ++it) {
            QJsonObject o = it->toObject();
            const ConditionTexts t = m_conditions.value(o.value(QStringLiteral("code")).toString());
            put(o, QStringLiteral("name"), t.name);
            put(o, QStringLiteral("description"), t.description);
            if (o.contains(QStringLiteral("amount"))) {
                QJsonObject amount = o.value(QStringLiteral("amount")).toObject();
                put(amount, QStringLiteral("name"), t.amountName);
                put(amount, QStringLiteral("unit"), t.amountUnit);
                o.insert(QStringLiteral("amount"), amount);
            }
            *it = o;
        }
        root.insert(QStringLiteral("conditions"), list);
        if (auto catalog = ConditionCatalog::fromJson(toJson(root)))
            m_conditionCatalog = std::make_shared<const ConditionCatalog>(std::move(*catalog));
        else
            log->error("conditions in {}: {}", m_language.toStdString(),
                       catalog.error().message.toStdString());
    }
    if (!m_tiers.isEmpty() || !m_flags.isEmpty()) {
        QJsonObject root = resourceObject(QStringLiteral(":/safety/redflags.json"));
        QJsonArray tiers = root.value(QStringLiteral("tiers")).toArray();
        for (auto it = tiers.begin(); it != tiers.end(); ++it) {
            QJsonObject o = it->toObject();
            const TierTexts t = m_tiers.value(o.value(QStringLiteral("id")).toString());
            put(o, QStringLiteral("label"), t.label);
            put(o, QStringLiteral("action"), t.action);
            *it = o;
        }
        QJsonArray flags = root.value(QStringLiteral("flags")).toArray();
        for (auto it = flags.begin(); it != flags.end(); ++it) {
            QJsonObject o = it->toObject();
            put(o, QStringLiteral("label"),
                m_flags.value(o.value(QStringLiteral("code")).toString()));
            *it = o;
        }
        root.insert(QStringLiteral("tiers"), tiers);
        root.insert(QStringLiteral("flags"), flags);
        if (auto catalog = RedFlagCatalog::parse(toJson(root), QStringLiteral("redflags.json")))
            m_redFlagCatalog = std::make_shared<const RedFlagCatalog>(std::move(*catalog));
        else
            log->error("red flags in {}: {}", m_language.toStdString(),
                       catalog.error().message.toStdString());
    }
    if (!m_reasons.isEmpty()) {
        QJsonObject root = resourceObject(QStringLiteral(":/safety/rules.json"));
        QJsonArray rules = root.value(QStringLiteral("rules")).toArray();
        for (auto it = rules.begin(); it != rules.end(); ++it) {
            QJsonObject o = it->toObject();
            put(o, QStringLiteral("reason"),
                m_reasons.value(o.value(QStringLiteral("id")).toString()));
            *it = o;
        }
        root.insert(QStringLiteral("rules"), rules);
        if (auto parsed = SafetyRules::parse(toJson(root), QStringLiteral("rules.json")))
            m_safetyRules = std::make_shared<const SafetyRules>(std::move(*parsed));
        else
            log->error("safety rules in {}: {}", m_language.toStdString(),
                       parsed.error().message.toStdString());
    }
}

const ConditionCatalog& DataTexts::conditionCatalog() const
{
    return m_conditionCatalog ? *m_conditionCatalog : ConditionCatalog::builtIn();
}

const RedFlagCatalog& DataTexts::redFlagCatalog() const
{
    return m_redFlagCatalog ? *m_redFlagCatalog : RedFlagCatalog::builtIn();
}

const SafetyRules& DataTexts::safetyRules() const
{
    return m_safetyRules ? *m_safetyRules : SafetyRules::builtIn();
}

const DataTexts& DataTexts::english()
{
    static const DataTexts texts = DataTextsReader::readEnglish();
    return texts;
}

void DataTexts::clearCache()
{
    Cache& c = cache();
    QMutexLocker lock(&c.mutex);
    for (auto& [code, texts] : c.byLanguage)
        c.retired.push_back(texts);
    c.byLanguage.clear();
}

bool DataTexts::isEmpty() const
{
    return m_exercises.isEmpty() && m_conditions.isEmpty() && m_reasons.isEmpty() &&
           m_tiers.isEmpty() && m_flags.isEmpty() && m_templates.isEmpty();
}

Exercise DataTexts::exercise(const Exercise& exercise) const
{
    // The clinic's own words are never replaced, whatever language they are in.
    if (!exercise.isBuiltIn() || exercise.edited)
        return exercise;
    const auto it = m_exercises.constFind(exercise.stableId);
    if (it == m_exercises.cend())
        return exercise;
    Exercise result = exercise;
    result.name = pick(it->name, exercise.name);
    result.summary = pick(it->summary, exercise.summary);
    result.instructions = pickList(it->instructions, exercise.instructions);
    result.feel = pickList(it->feel, exercise.feel);
    result.stopIf = pickList(it->stopIf, exercise.stopIf);
    return result;
}

QList<Exercise> DataTexts::exercises(const QList<Exercise>& exercises) const
{
    if (m_exercises.isEmpty())
        return exercises;
    QList<Exercise> result;
    result.reserve(exercises.size());
    for (const Exercise& e : exercises)
        result << exercise(e);
    return result;
}

ConditionDefinition DataTexts::condition(const ConditionDefinition& definition) const
{
    const auto it = m_conditions.constFind(definition.code);
    if (it == m_conditions.cend())
        return definition;
    ConditionDefinition result = definition;
    result.name = pick(it->name, definition.name);
    result.description = pick(it->description, definition.description);
    if (result.amount) {
        result.amount->name = pick(it->amountName, definition.amount->name);
        result.amount->unit = pick(it->amountUnit, definition.amount->unit);
    }
    return result;
}

QString DataTexts::conditionName(const QString& code) const
{
    const QString translated = m_conditions.value(code).name;
    return translated.isEmpty() ? ConditionCatalog::builtIn().displayName(code) : translated;
}

std::optional<ConditionDefinition> DataTexts::findCondition(const QString& code) const
{
    const ConditionDefinition* definition = ConditionCatalog::builtIn().find(code);
    if (!definition)
        return std::nullopt;
    return condition(*definition);
}

SafetyRule DataTexts::rule(const SafetyRule& rule) const
{
    SafetyRule result = rule;
    result.reason = ruleReason(rule.id, rule.reason);
    return result;
}

QString DataTexts::ruleReason(const QString& ruleId, const QString& english) const
{
    return pick(m_reasons.value(ruleId), english);
}

SafetyFinding DataTexts::finding(const SafetyFinding& finding) const
{
    SafetyFinding result = finding;
    result.reason = ruleReason(finding.ruleId, finding.reason);
    return result;
}

RedFlagTier DataTexts::tier(const RedFlagTier& tier) const
{
    const auto it = m_tiers.constFind(tier.id);
    if (it == m_tiers.cend())
        return tier;
    RedFlagTier result = tier;
    result.label = pick(it->label, tier.label);
    result.action = pick(it->action, tier.action);
    return result;
}

RedFlagDefinition DataTexts::flag(const RedFlagDefinition& flag) const
{
    RedFlagDefinition result = flag;
    result.label = pick(m_flags.value(flag.code), flag.label);
    return result;
}

QString DataTexts::flagLabel(const QString& code) const
{
    const QString translated = m_flags.value(code);
    if (!translated.isEmpty())
        return translated;
    const RedFlagDefinition* definition = RedFlagCatalog::builtIn().find(code);
    return definition ? definition->label : code;
}

ProgrammeTemplate DataTexts::programmeTemplate(const ProgrammeTemplate& t) const
{
    if (!t.builtIn || t.stableId.isEmpty())
        return t;
    const auto it = m_templates.constFind(t.stableId);
    if (it == m_templates.cend())
        return t;
    ProgrammeTemplate result = t;
    result.name = pick(it->name, t.name);
    result.goal = pick(it->goal, t.goal);
    // A template read without its sections (lists) has none to translate; sections that do
    // not line up with the translation stay in English.
    if (result.sections.size() != it->sections.size())
        return result;
    for (qsizetype i = 0; i < result.sections.size(); ++i) {
        ProgrammeSection& section = result.sections[i];
        const TemplateTexts::Section& texts = it->sections.at(i);
        section.name = pick(texts.name, section.name);
        if (section.prescriptions.size() != texts.notes.size())
            continue;
        for (qsizetype j = 0; j < section.prescriptions.size(); ++j) {
            QString& note = section.prescriptions[j].patientNote;
            if (!note.isEmpty())
                note = pick(texts.notes.at(j), note);
        }
    }
    return result;
}

} // namespace gradus
