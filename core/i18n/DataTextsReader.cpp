#include "i18n/DataTextsReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace gradus {

// The problems read here are for translators and the data-text test, not for clinicians:
// they name files, ids and JSON fields, so they stay in English like the files' keys.
namespace {

QString problem(const QString& file, const QString& text)
{
    return QStringLiteral("%1: %2").arg(file, text);
}

void expectFields(const QJsonObject& o, const QSet<QString>& allowed, const QString& file,
                  const QString& where, QStringList& problems)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            problems << problem(
                file, QStringLiteral("%1 has an unknown field \"%2\"").arg(where, it.key()));
}

QString text(const QJsonObject& o, const QString& key, const QString& file, const QString& where,
             QStringList& problems)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        problems << problem(file, QStringLiteral("%1.%2 is not a string").arg(where, key));
        return {};
    }
    return value.toString().trimmed();
}

// An array of strings; a blank entry stays blank here (the check names it; the lookup falls
// back to English for it).
QStringList texts(const QJsonObject& o, const QString& key, const QString& file,
                  const QString& where, QStringList& problems)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        problems << problem(file, QStringLiteral("%1.%2 is not an array").arg(where, key));
        return {};
    }
    QStringList result;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            problems << problem(
                file, QStringLiteral("%1.%2 holds something that is not a string").arg(where, key));
        result << item.toString().trimmed();
    }
    return result;
}

// The entries object of a translation file ("exercises": {"walking": {...}, ...}).
QJsonObject entries(const QJsonObject& root, const QString& key, const QString& file,
                    QStringList& problems)
{
    const QJsonValue value = root.value(key);
    if (!value.isObject()) {
        problems << problem(file, QStringLiteral("\"%1\" is missing or not an object").arg(key));
        return {};
    }
    return value.toObject();
}

QJsonObject entry(const QJsonValue& value, const QString& file, const QString& id,
                  QStringList& problems)
{
    if (!value.isObject())
        problems << problem(file, QStringLiteral("the entry \"%1\" is not an object").arg(id));
    return value.toObject();
}

QJsonObject readRoot(const QByteArray& bytes, const QString& file, QStringList& problems)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (doc.isNull()) {
        problems << problem(file, QStringLiteral("not valid JSON at offset %1: %2")
                                      .arg(error.offset)
                                      .arg(error.errorString()));
        return {};
    }
    if (!doc.isObject())
        problems << problem(file, QStringLiteral("the file is not a JSON object"));
    return doc.object();
}

void checkHeader(const QJsonObject& root, const QString& format, const QString& language,
                 const QString& file, const QSet<QString>& sections, QStringList& problems)
{
    if (root.value(QStringLiteral("format")).toString() != format)
        problems << problem(file, QStringLiteral("\"format\" must be \"%1\"").arg(format));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        problems << problem(file, QStringLiteral("\"version\" must be 1"));
    if (root.value(QStringLiteral("language")).toString() != language)
        problems << problem(file, QStringLiteral("\"language\" must be \"%1\"").arg(language));
    QSet<QString> allowed = sections;
    allowed << QStringLiteral("format") << QStringLiteral("version") << QStringLiteral("language")
            << QStringLiteral("comment");
    expectFields(root, allowed, file, QStringLiteral("the file"), problems);
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QStringList DataTextsReader::fileNames()
{
    return {QStringLiteral("exercises.json"), QStringLiteral("conditions.json"),
            QStringLiteral("rules.json"), QStringLiteral("redflags.json"),
            QStringLiteral("templates.json")};
}

void DataTextsReader::readTranslation(const QString& fileName, const QByteArray& bytes,
                                      DataTexts& texts)
{
    const QString file = QStringLiteral("%1/%2").arg(texts.m_language, fileName);
    const QJsonObject root = readRoot(bytes, file, texts.m_problems);
    if (fileName == QLatin1String("exercises.json"))
        readExercises(root, file, texts);
    else if (fileName == QLatin1String("conditions.json"))
        readConditions(root, file, texts);
    else if (fileName == QLatin1String("rules.json"))
        readRules(root, file, texts);
    else if (fileName == QLatin1String("redflags.json"))
        readRedFlags(root, file, texts);
    else if (fileName == QLatin1String("templates.json"))
        readTemplates(root, file, texts);
}

void DataTextsReader::readExercises(const QJsonObject& root, const QString& file, DataTexts& out)
{
    QStringList& problems = out.m_problems;
    checkHeader(root, QStringLiteral("gradus-exercise-texts"), out.m_language, file,
                {QStringLiteral("exercises")}, problems);
    const QJsonObject all = entries(root, QStringLiteral("exercises"), file, problems);
    const QSet<QString> fields = {QStringLiteral("name"), QStringLiteral("summary"),
                                  QStringLiteral("instructions"), QStringLiteral("feel"),
                                  QStringLiteral("stop_if")};
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject o = entry(it.value(), file, it.key(), problems);
        expectFields(o, fields, file, it.key(), problems);
        DataTexts::ExerciseTexts t;
        t.name = text(o, QStringLiteral("name"), file, it.key(), problems);
        t.summary = text(o, QStringLiteral("summary"), file, it.key(), problems);
        t.instructions = texts(o, QStringLiteral("instructions"), file, it.key(), problems);
        t.feel = texts(o, QStringLiteral("feel"), file, it.key(), problems);
        t.stopIf = texts(o, QStringLiteral("stop_if"), file, it.key(), problems);
        out.m_exercises.insert(it.key(), t);
    }
}

void DataTextsReader::readConditions(const QJsonObject& root, const QString& file, DataTexts& out)
{
    QStringList& problems = out.m_problems;
    checkHeader(root, QStringLiteral("gradus-condition-texts"), out.m_language, file,
                {QStringLiteral("conditions")}, problems);
    const QJsonObject all = entries(root, QStringLiteral("conditions"), file, problems);
    const QSet<QString> fields = {QStringLiteral("name"), QStringLiteral("description"),
                                  QStringLiteral("amount_name"), QStringLiteral("amount_unit")};
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject o = entry(it.value(), file, it.key(), problems);
        expectFields(o, fields, file, it.key(), problems);
        DataTexts::ConditionTexts t;
        t.name = text(o, QStringLiteral("name"), file, it.key(), problems);
        t.description = text(o, QStringLiteral("description"), file, it.key(), problems);
        t.amountName = text(o, QStringLiteral("amount_name"), file, it.key(), problems);
        t.amountUnit = text(o, QStringLiteral("amount_unit"), file, it.key(), problems);
        out.m_conditions.insert(it.key(), t);
    }
}

void DataTextsReader::readRules(const QJsonObject& root, const QString& file, DataTexts& out)
{
    QStringList& problems = out.m_problems;
    checkHeader(root, QStringLiteral("gradus-rule-texts"), out.m_language, file,
                {QStringLiteral("rules")}, problems);
    const QJsonObject all = entries(root, QStringLiteral("rules"), file, problems);
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject o = entry(it.value(), file, it.key(), problems);
        expectFields(o, {QStringLiteral("reason")}, file, it.key(), problems);
        out.m_reasons.insert(it.key(), text(o, QStringLiteral("reason"), file, it.key(), problems));
    }
}

void DataTextsReader::readRedFlags(const QJsonObject& root, const QString& file, DataTexts& out)
{
    QStringList& problems = out.m_problems;
    checkHeader(root, QStringLiteral("gradus-red-flag-texts"), out.m_language, file,
                {QStringLiteral("tiers"), QStringLiteral("flags")}, problems);
    const QJsonObject tiers = entries(root, QStringLiteral("tiers"), file, problems);
    for (auto it = tiers.begin(); it != tiers.end(); ++it) {
        const QJsonObject o = entry(it.value(), file, it.key(), problems);
        expectFields(o, {QStringLiteral("label"), QStringLiteral("action")}, file, it.key(),
                     problems);
        out.m_tiers.insert(it.key(), {text(o, QStringLiteral("label"), file, it.key(), problems),
                                      text(o, QStringLiteral("action"), file, it.key(), problems)});
    }
    const QJsonObject flags = entries(root, QStringLiteral("flags"), file, problems);
    for (auto it = flags.begin(); it != flags.end(); ++it) {
        const QJsonObject o = entry(it.value(), file, it.key(), problems);
        expectFields(o, {QStringLiteral("label")}, file, it.key(), problems);
        out.m_flags.insert(it.key(), text(o, QStringLiteral("label"), file, it.key(), problems));
    }
}

void DataTextsReader::readTemplates(const QJsonObject& root, const QString& file, DataTexts& out)
{
    QStringList& problems = out.m_problems;
    checkHeader(root, QStringLiteral("gradus-template-texts"), out.m_language, file,
                {QStringLiteral("templates")}, problems);
    const QJsonObject all = entries(root, QStringLiteral("templates"), file, problems);
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject o = entry(it.value(), file, it.key(), problems);
        expectFields(o,
                     {QStringLiteral("name"), QStringLiteral("goal"), QStringLiteral("sections")},
                     file, it.key(), problems);
        DataTexts::TemplateTexts t;
        t.name = text(o, QStringLiteral("name"), file, it.key(), problems);
        t.goal = text(o, QStringLiteral("goal"), file, it.key(), problems);
        const QJsonArray sections = o.value(QStringLiteral("sections")).toArray();
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const QString where = QStringLiteral("%1.sections[%2]").arg(it.key()).arg(i);
            const QJsonObject so = sections.at(i).toObject();
            expectFields(so, {QStringLiteral("name"), QStringLiteral("notes")}, file, where,
                         problems);
            t.sections.append({text(so, QStringLiteral("name"), file, where, problems),
                               texts(so, QStringLiteral("notes"), file, where, problems)});
        }
        out.m_templates.insert(it.key(), t);
    }
}

DataTexts DataTextsReader::readFolder(const QString& language, const QString& folder,
                                      QStringList* missing)
{
    DataTexts texts;
    texts.m_language = language;
    const QDir dir(folder);
    for (const QString& name : fileNames()) {
        const QString path = dir.filePath(name);
        if (!QFile::exists(path)) {
            if (missing)
                *missing << QStringLiteral("%1/%2").arg(language, name);
            continue;
        }
        readTranslation(name, readBytes(path), texts);
    }
    return texts;
}

DataTexts DataTextsReader::readEnglish()
{
    // The originals have their own parsers and checks; only the texts are read here, so
    // fields other features add to these files (doses, properties) do not matter.
    DataTexts en;
    QStringList& problems = en.m_problems;
    const QJsonObject library = readRoot(readBytes(QStringLiteral(":/exercises/library.json")),
                                         QStringLiteral("library.json"), problems);
    for (const QJsonValue& value : library.value(QStringLiteral("exercises")).toArray()) {
        const QJsonObject o = value.toObject();
        DataTexts::ExerciseTexts t;
        t.name = o.value(QStringLiteral("name")).toString();
        t.summary = o.value(QStringLiteral("summary")).toString();
        for (const QJsonValue& s : o.value(QStringLiteral("instructions")).toArray())
            t.instructions << s.toString();
        for (const QJsonValue& s : o.value(QStringLiteral("feel")).toArray())
            t.feel << s.toString();
        for (const QJsonValue& s : o.value(QStringLiteral("stop_if")).toArray())
            t.stopIf << s.toString();
        en.m_exercises.insert(o.value(QStringLiteral("id")).toString(), t);
    }
    const QJsonObject conditions = readRoot(readBytes(QStringLiteral(":/conditions.json")),
                                            QStringLiteral("conditions.json"), problems);
    for (const QJsonValue& value : conditions.value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject o = value.toObject();
        const QJsonObject amount = o.value(QStringLiteral("amount")).toObject();
        en.m_conditions.insert(o.value(QStringLiteral("code")).toString(),
                               {o.value(QStringLiteral("name")).toString(),
                                o.value(QStringLiteral("description")).toString(),
                                amount.value(QStringLiteral("name")).toString(),
                                amount.value(QStringLiteral("unit")).toString()});
    }
    const QJsonObject rules = readRoot(readBytes(QStringLiteral(":/safety/rules.json")),
                                       QStringLiteral("rules.json"), problems);
    for (const QJsonValue& value : rules.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject o = value.toObject();
        en.m_reasons.insert(o.value(QStringLiteral("id")).toString(),
                            o.value(QStringLiteral("reason")).toString());
    }
    const QJsonObject flags = readRoot(readBytes(QStringLiteral(":/safety/redflags.json")),
                                       QStringLiteral("redflags.json"), problems);
    for (const QJsonValue& value : flags.value(QStringLiteral("tiers")).toArray()) {
        const QJsonObject o = value.toObject();
        en.m_tiers.insert(o.value(QStringLiteral("id")).toString(),
                          {o.value(QStringLiteral("label")).toString(),
                           o.value(QStringLiteral("action")).toString()});
    }
    for (const QJsonValue& value : flags.value(QStringLiteral("flags")).toArray()) {
        const QJsonObject o = value.toObject();
        en.m_flags.insert(o.value(QStringLiteral("code")).toString(),
                          o.value(QStringLiteral("label")).toString());
    }
    const QDir templates(QStringLiteral(":/templates"));
    for (const QString& name : templates.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QJsonObject o = readRoot(readBytes(templates.filePath(name)), name, problems);
        DataTexts::TemplateTexts t;
        t.name = o.value(QStringLiteral("name")).toString();
        t.goal = o.value(QStringLiteral("goal")).toString();
        for (const QJsonValue& s : o.value(QStringLiteral("sections")).toArray()) {
            DataTexts::TemplateTexts::Section section;
            section.name = s.toObject().value(QStringLiteral("name")).toString();
            for (const QJsonValue& item : s.toObject().value(QStringLiteral("items")).toArray())
                section.notes << item.toObject().value(QStringLiteral("note")).toString();
            t.sections.append(section);
        }
        en.m_templates.insert(o.value(QStringLiteral("id")).toString(), t);
    }
    return en;
}

} // namespace gradus
