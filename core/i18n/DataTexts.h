#pragma once

#include "model/Exercise.h"
#include "model/ProgrammeTemplate.h"
#include "patients/ConditionCatalog.h"
#include "safety/RedFlagCatalog.h"
#include "safety/SafetyRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace gradus {

struct SafetyFinding;

// The translated texts of the built-in clinical content, keyed by the stable ids of the
// English data (resources/i18n/<lang>/*.json; format in resources/i18n/README.md): exercises,
// conditions, safety-rule reasons, red-flag tiers and flags, programme templates.
//
// English stays in the original data and is always the fallback: a text that a language
// lacks (or an array whose length differs from the English one) comes out in English, never
// blank. Only built-in content is translated: an exercise the clinic made or edited keeps the
// clinic's own words, in whatever language the clinic wrote them.
class DataTexts
{
    Q_DECLARE_TR_FUNCTIONS(DataTexts)

public:
    struct ExerciseTexts
    {
        QString name;
        QString summary;
        QStringList instructions;
        QStringList feel;
        QStringList stopIf;
    };
    struct ConditionTexts
    {
        QString name;
        QString description;
        QString amountName; // only for codes with an amount
        QString amountUnit;
    };
    struct TierTexts
    {
        QString label;
        QString action;
    };
    struct TemplateTexts
    {
        struct Section
        {
            QString name;
            QStringList notes; // one per item; "" for an item without a note
        };
        QString name;
        QString goal;
        QList<Section> sections;
    };

    // The texts of a supported language, read once from the first folder of
    // Translations::searchPaths() that has them. English, an unsupported code or a language
    // without a folder give an instance that translates nothing.
    static const DataTexts& of(const QString& language);
    // The application's language (Translations::current()): what the UI and CLI show.
    static const DataTexts& display();
    // Reads <folder>/{exercises,conditions,rules,redflags,templates}.json leniently: what can
    // be read is used, the rest falls back to English. problems() says what went wrong.
    static DataTexts load(const QString& language, const QString& folder);
    // The English texts, from the original data (the reference of every check).
    static const DataTexts& english();
    // Forgets what of() has read (tests that change the search paths).
    static void clearCache();

    // Every way the translation in `folder` differs from the English data: an id without an
    // entry, an entry for an unknown id, an array of another length, a missing or blank text,
    // an unknown field, a file that is missing or not valid JSON. Empty when complete.
    static QStringList check(const QString& language, const QString& folder);

    QString language() const { return m_language; }
    bool isEmpty() const;
    // Problems met while reading (missing files are not problems here; check() reports them).
    const QStringList& problems() const { return m_problems; }

    // A copy of `exercise` with its texts in this language when it is built in and unedited.
    Exercise exercise(const Exercise& exercise) const;
    QList<Exercise> exercises(const QList<Exercise>& exercises) const;
    ConditionDefinition condition(const ConditionDefinition& definition) const;
    // The condition's name, or the English name, or the code when the code is unknown.
    QString conditionName(const QString& code) const;
    // The built-in definition of `code` in this language; nullopt for an unknown code.
    std::optional<ConditionDefinition> findCondition(const QString& code) const;
    SafetyRule rule(const SafetyRule& rule) const;
    QString ruleReason(const QString& ruleId, const QString& english) const;
    // The finding's reason in this language (the exercise name is the caller's: it knows
    // whether the exercise is the clinic's own).
    SafetyFinding finding(const SafetyFinding& finding) const;
    RedFlagTier tier(const RedFlagTier& tier) const;
    RedFlagDefinition flag(const RedFlagDefinition& flag) const;
    // The flag's label, or the English label, or the code.
    QString flagLabel(const QString& code) const;
    // A built-in template's name, goal, section names and item notes in this language.
    ProgrammeTemplate programmeTemplate(const ProgrammeTemplate& t) const;

    // The built-in catalogs with their texts in this language (the same codes, rules and
    // order as ConditionCatalog::builtIn(), RedFlagCatalog::builtIn(), SafetyRules::builtIn(),
    // which they are for English): for views and commands that show them whole.
    const ConditionCatalog& conditionCatalog() const;
    const RedFlagCatalog& redFlagCatalog() const;
    const SafetyRules& safetyRules() const;

    // The raw entries, for checks and tools.
    const QHash<QString, ExerciseTexts>& exerciseTexts() const { return m_exercises; }
    const QHash<QString, ConditionTexts>& conditionTexts() const { return m_conditions; }
    const QHash<QString, QString>& ruleReasons() const { return m_reasons; }
    const QHash<QString, TierTexts>& tierTexts() const { return m_tiers; }
    const QHash<QString, QString>& flagLabels() const { return m_flags; }
    const QHash<QString, TemplateTexts>& templateTexts() const { return m_templates; }

private:
    friend class DataTextsReader;
    // Parses the original data with this language's texts put in, for the catalogs above.
    void buildCatalogs();

    QString m_language = QStringLiteral("en");
    QHash<QString, ExerciseTexts> m_exercises;
    QHash<QString, ConditionTexts> m_conditions;
    QHash<QString, QString> m_reasons;
    QHash<QString, TierTexts> m_tiers;
    QHash<QString, QString> m_flags;
    QHash<QString, TemplateTexts> m_templates;
    QStringList m_problems;
    std::shared_ptr<const ConditionCatalog> m_conditionCatalog;
    std::shared_ptr<const RedFlagCatalog> m_redFlagCatalog;
    std::shared_ptr<const SafetyRules> m_safetyRules;
};

} // namespace gradus
