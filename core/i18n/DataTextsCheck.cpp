// DataTexts::check: a translation against the English data, entry by entry.
#include "i18n/DataTexts.h"

#include "i18n/DataTextsReader.h"

#include <QSet>

namespace gradus {

namespace {

// Collects problems as "<lang>/<file>: <id>: <text>", in the English data's id order where
// there is one, so a translator can work down the list.
class Checker
{
public:
    Checker(QString language, QStringList& problems)
        : m_language(std::move(language)), m_problems(problems)
    {
    }

    void file(const QString& name) { m_file = QStringLiteral("%1/%2").arg(m_language, name); }

    void add(const QString& id, const QString& text)
    {
        m_problems << QStringLiteral("%1: %2: %3").arg(m_file, id, text);
    }

    // Each English id has an entry and each entry an English id.
    template <typename T, typename U>
    void sameIds(const QHash<QString, T>& english, const QHash<QString, U>& translated,
                 const QString& what)
    {
        QStringList ids = english.keys();
        ids.sort();
        for (const QString& id : ids)
            if (!translated.contains(id))
                add(id, QStringLiteral("no entry for this %1").arg(what));
        QStringList extra = translated.keys();
        extra.sort();
        for (const QString& id : extra)
            if (!english.contains(id))
                add(id, QStringLiteral("the English data has no %1 with this id").arg(what));
    }

    void text(const QString& id, const QString& field, const QString& english,
              const QString& translated)
    {
        if (english.isEmpty() && !translated.isEmpty())
            add(id, QStringLiteral("\"%1\" is not in the English data").arg(field));
        else if (!english.isEmpty() && translated.isEmpty())
            add(id, QStringLiteral("\"%1\" is missing or blank").arg(field));
    }

    void list(const QString& id, const QString& field, const QStringList& english,
              const QStringList& translated)
    {
        if (english.size() != translated.size()) {
            add(id, QStringLiteral("\"%1\" has %2 entries, the English %3")
                        .arg(field)
                        .arg(translated.size())
                        .arg(english.size()));
            return;
        }
        for (qsizetype i = 0; i < english.size(); ++i)
            text(id, QStringLiteral("%1[%2]").arg(field).arg(i), english.at(i), translated.at(i));
    }

private:
    QString m_language;
    QString m_file;
    QStringList& m_problems;
};

} // namespace

QStringList DataTexts::check(const QString& language, const QString& folder)
{
    QStringList missing;
    const DataTexts t = DataTextsReader::readFolder(language, folder, &missing);
    const DataTexts& en = english();
    QStringList problems = en.problems();
    for (const QString& file : missing)
        problems << QStringLiteral("%1: the file is missing").arg(file);
    problems << t.problems();

    Checker c(language, problems);
    c.file(QStringLiteral("exercises.json"));
    c.sameIds(en.m_exercises, t.m_exercises, QStringLiteral("exercise"));
    for (auto it = en.m_exercises.cbegin(); it != en.m_exercises.cend(); ++it) {
        const auto found = t.m_exercises.constFind(it.key());
        if (found == t.m_exercises.cend())
            continue;
        c.text(it.key(), QStringLiteral("name"), it->name, found->name);
        c.text(it.key(), QStringLiteral("summary"), it->summary, found->summary);
        c.list(it.key(), QStringLiteral("instructions"), it->instructions, found->instructions);
        c.list(it.key(), QStringLiteral("feel"), it->feel, found->feel);
        c.list(it.key(), QStringLiteral("stop_if"), it->stopIf, found->stopIf);
    }

    c.file(QStringLiteral("conditions.json"));
    c.sameIds(en.m_conditions, t.m_conditions, QStringLiteral("condition"));
    for (auto it = en.m_conditions.cbegin(); it != en.m_conditions.cend(); ++it) {
        const auto found = t.m_conditions.constFind(it.key());
        if (found == t.m_conditions.cend())
            continue;
        c.text(it.key(), QStringLiteral("name"), it->name, found->name);
        c.text(it.key(), QStringLiteral("description"), it->description, found->description);
        c.text(it.key(), QStringLiteral("amount_name"), it->amountName, found->amountName);
        c.text(it.key(), QStringLiteral("amount_unit"), it->amountUnit, found->amountUnit);
    }

    c.file(QStringLiteral("rules.json"));
    c.sameIds(en.m_reasons, t.m_reasons, QStringLiteral("rule"));
    for (auto it = en.m_reasons.cbegin(); it != en.m_reasons.cend(); ++it)
        if (t.m_reasons.contains(it.key()))
            c.text(it.key(), QStringLiteral("reason"), it.value(), t.m_reasons.value(it.key()));

    c.file(QStringLiteral("redflags.json"));
    c.sameIds(en.m_tiers, t.m_tiers, QStringLiteral("tier"));
    for (auto it = en.m_tiers.cbegin(); it != en.m_tiers.cend(); ++it) {
        const auto found = t.m_tiers.constFind(it.key());
        if (found == t.m_tiers.cend())
            continue;
        c.text(it.key(), QStringLiteral("label"), it->label, found->label);
        c.text(it.key(), QStringLiteral("action"), it->action, found->action);
    }
    c.sameIds(en.m_flags, t.m_flags, QStringLiteral("flag"));
    for (auto it = en.m_flags.cbegin(); it != en.m_flags.cend(); ++it)
        if (t.m_flags.contains(it.key()))
            c.text(it.key(), QStringLiteral("label"), it.value(), t.m_flags.value(it.key()));

    c.file(QStringLiteral("templates.json"));
    c.sameIds(en.m_templates, t.m_templates, QStringLiteral("template"));
    for (auto it = en.m_templates.cbegin(); it != en.m_templates.cend(); ++it) {
        const auto found = t.m_templates.constFind(it.key());
        if (found == t.m_templates.cend())
            continue;
        c.text(it.key(), QStringLiteral("name"), it->name, found->name);
        c.text(it.key(), QStringLiteral("goal"), it->goal, found->goal);
        if (it->sections.size() != found->sections.size()) {
            c.add(it.key(), QStringLiteral("\"sections\" has %1 entries, the English %2")
                                .arg(found->sections.size())
                                .arg(it->sections.size()));
            continue;
        }
        for (qsizetype i = 0; i < it->sections.size(); ++i) {
            const QString where = QStringLiteral("sections[%1]").arg(i);
            c.text(it.key(), where + QStringLiteral(".name"), it->sections[i].name,
                   found->sections[i].name);
            c.list(it.key(), where + QStringLiteral(".notes"), it->sections[i].notes,
                   found->sections[i].notes);
        }
    }
    return problems;
}

} // namespace gradus
