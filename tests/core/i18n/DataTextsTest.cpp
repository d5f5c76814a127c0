// Translations of the built-in content keyed by stable id (resources/i18n/<lang>/): the real
// files checked against the English data, the checker itself on broken copies, and the
// lookups with their English fallback.
#include "i18n/DataTexts.h"
#include "exercises/ExerciseLibrary.h"
#include "i18n/DataTextsReader.h"
#include "i18n/Languages.h"
#include "safety/SafetyCheck.h"
#include "support/I18nFixture.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace gradus;

namespace {

QString shippedFolder(const QString& code)
{
    return QStringLiteral(GRADUS_SOURCE_DIR "/resources/i18n/") + code;
}

QString fixtureFolder(const QString& code)
{
    return QStringLiteral(GRADUS_TEST_I18N_DIR "/") + code;
}

Exercise builtIn(const QString& stableId)
{
    auto library = ExerciseLibrary::builtIn();
    for (const Exercise& e : library->exercises)
        if (e.stableId == stableId)
            return e;
    ADD_FAILURE() << "no built-in exercise " << stableId.toStdString();
    return {};
}

// A complete translation made from the English data (every text prefixed "DE "), written to
// `dir` in the agreed format, so the checker can be shown to pass and then to fail.
void writeCompleteTranslation(const QString& dir)
{
    const DataTexts& en = DataTexts::english();
    auto tag = [](const QString& s) { return s.isEmpty() ? s : u"DE "_qs + s; };
    auto tagAll = [&](const QStringList& list) {
        QJsonArray out;
        for (const QString& s : list)
            out.append(tag(s));
        return out;
    };
    auto write = [&](const QString& name, const QString& format, const QJsonObject& body) {
        QJsonObject root{{u"format"_qs, format}, {u"version"_qs, 1}, {u"language"_qs, u"de"_qs}};
        for (auto it = body.begin(); it != body.end(); ++it)
            root.insert(it.key(), it.value());
        QFile file(dir + u'/' + name);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
    };
    QJsonObject exercises;
    for (auto it = en.exerciseTexts().begin(); it != en.exerciseTexts().end(); ++it)
        exercises.insert(it.key(), QJsonObject{{u"name"_qs, tag(it->name)},
                                               {u"summary"_qs, tag(it->summary)},
                                               {u"instructions"_qs, tagAll(it->instructions)},
                                               {u"feel"_qs, tagAll(it->feel)},
                                               {u"stop_if"_qs, tagAll(it->stopIf)}});
    write(u"exercises.json"_qs, u"gradus-exercise-texts"_qs, {{u"exercises"_qs, exercises}});
    QJsonObject conditions;
    for (auto it = en.conditionTexts().begin(); it != en.conditionTexts().end(); ++it) {
        QJsonObject o{{u"name"_qs, tag(it->name)}, {u"description"_qs, tag(it->description)}};
        if (!it->amountName.isEmpty()) {
            o.insert(u"amount_name"_qs, tag(it->amountName));
            o.insert(u"amount_unit"_qs, tag(it->amountUnit));
        }
        conditions.insert(it.key(), o);
    }
    write(u"conditions.json"_qs, u"gradus-condition-texts"_qs, {{u"conditions"_qs, conditions}});
    QJsonObject rules;
    for (auto it = en.ruleReasons().begin(); it != en.ruleReasons().end(); ++it)
        rules.insert(it.key(), QJsonObject{{u"reason"_qs, tag(it.value())}});
    write(u"rules.json"_qs, u"gradus-rule-texts"_qs, {{u"rules"_qs, rules}});
    QJsonObject tiers;
    for (auto it = en.tierTexts().begin(); it != en.tierTexts().end(); ++it)
        tiers.insert(it.key(),
                     QJsonObject{{u"label"_qs, tag(it->label)}, {u"action"_qs, tag(it->action)}});
    QJsonObject flags;
    for (auto it = en.flagLabels().begin(); it != en.flagLabels().end(); ++it)
        flags.insert(it.key(), QJsonObject{{u"label"_qs, tag(it.value())}});
    write(u"redflags.json"_qs, u"gradus-red-flag-texts"_qs,
          {{u"tiers"_qs, tiers}, {u"flags"_qs, flags}});
    QJsonObject templates;
    for (auto it = en.templateTexts().begin(); it != en.templateTexts().end(); ++it) {
        QJsonArray sections;
        for (const auto& s : it->sections)
            sections.append(QJsonObject{{u"name"_qs, tag(s.name)}, {u"notes"_qs, tagAll(s.notes)}});
        templates.insert(it.key(), QJsonObject{{u"name"_qs, tag(it->name)},
                                               {u"goal"_qs, tag(it->goal)},
                                               {u"sections"_qs, sections}});
    }
    write(u"templates.json"_qs, u"gradus-template-texts"_qs, {{u"templates"_qs, templates}});
}

// Edits one file of a translation in place.
void edit(const QString& path, const std::function<void(QJsonObject&)>& change)
{
    QFile in(path);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    in.close();
    change(root);
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(root).toJson());
}

bool mentions(const QStringList& problems, const QString& text)
{
    for (const QString& p : problems)
        if (p.contains(text))
            return true;
    return false;
}

} // namespace

// The shipped translations, language by language: every id of the English data has an entry,
// no entry names an unknown id, every array has the English length, no text is blank. A
// language whose folder is not there yet is skipped (LanguagesTest requires the folders once
// GRADUS_I18N_REQUIRE_COMPLETE is on).
TEST(DataTextsTest, ShippedTranslationsMatchTheEnglishData)
{
    int checked = 0;
    for (const QString& code : Languages::codes()) {
        if (code == u"en"_qs || !QDir(shippedFolder(code)).exists())
            continue;
        ++checked;
        const QStringList problems = DataTexts::check(code, shippedFolder(code));
        EXPECT_TRUE(problems.isEmpty())
            << code.toStdString() << ": " << problems.size() << " problem(s):\n"
            << problems.join(u'\n').toStdString();
        // What is in the folder is what the build embedded.
        for (const QString& file : DataTextsReader::fileNames()) {
            if (QFile::exists(shippedFolder(code) + u'/' + file)) {
                EXPECT_TRUE(QFile::exists(u":/i18n/%1/%2"_qs.arg(code, file)))
                    << code.toStdString() << "/" << file.toStdString() << " is not embedded";
            }
        }
    }
    if (checked == 0)
        GTEST_SKIP() << "no data-text translation in resources/i18n yet";
}

TEST(DataTextsTest, TheEnglishDataIsReadWhole)
{
    const DataTexts& en = DataTexts::english();
    EXPECT_TRUE(en.problems().isEmpty()) << en.problems().join(u'\n').toStdString();
    EXPECT_GE(en.exerciseTexts().size(), 30);
    EXPECT_EQ(en.exerciseTexts().value(u"walking"_qs).name, u"Walking"_qs);
    EXPECT_EQ(en.exerciseTexts().value(u"walking"_qs).instructions.size(), 5);
    EXPECT_EQ(en.conditionTexts().value(u"pregnancy"_qs).amountUnit, u"weeks"_qs);
    EXPECT_FALSE(en.ruleReasons().value(u"acute_heavy_load"_qs).isEmpty());
    EXPECT_FALSE(en.tierTexts().value(u"emergency"_qs).action.isEmpty());
    EXPECT_FALSE(en.flagLabels().value(u"ces_saddle"_qs).isEmpty());
    EXPECT_EQ(en.templateTexts().value(u"sciatica_friendly_start"_qs).sections.size(), 3);
}

TEST(DataTextsTest, ACompleteTranslationPassesTheCheck)
{
    QTemporaryDir dir;
    writeCompleteTranslation(dir.path());
    const QStringList problems = DataTexts::check(u"de"_qs, dir.path());
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

TEST(DataTextsTest, TheCheckNamesEveryKindOfGap)
{
    QTemporaryDir dir;
    writeCompleteTranslation(dir.path());
    edit(dir.filePath(u"exercises.json"_qs), [](QJsonObject& root) {
        QJsonObject all = root.value(u"exercises"_qs).toObject();
        all.remove(u"bird_dog"_qs); // an id without an entry
        all.insert(u"moonwalk"_qs, QJsonObject{{u"name"_qs, u"Mondgang"_qs}}); // unknown id
        QJsonObject walking = all.value(u"walking"_qs).toObject();
        QJsonArray steps = walking.value(u"instructions"_qs).toArray();
        steps.removeLast(); // one step short
        walking.insert(u"instructions"_qs, steps);
        walking.insert(u"summary"_qs, u"  "_qs); // blank
        walking.insert(u"nmae"_qs, u"Gehen"_qs); // a typo
        all.insert(u"walking"_qs, walking);
        root.insert(u"exercises"_qs, all);
    });
    edit(dir.filePath(u"conditions.json"_qs), [](QJsonObject& root) {
        QJsonObject all = root.value(u"conditions"_qs).toObject();
        QJsonObject sciatica = all.value(u"sciatica"_qs).toObject();
        sciatica.insert(u"amount_name"_qs, u"Wochen"_qs); // sciatica carries no amount
        all.insert(u"sciatica"_qs, sciatica);
        QJsonObject pregnancy = all.value(u"pregnancy"_qs).toObject();
        pregnancy.remove(u"amount_unit"_qs);
        all.insert(u"pregnancy"_qs, pregnancy);
        root.insert(u"conditions"_qs, all);
    });
    edit(dir.filePath(u"templates.json"_qs), [](QJsonObject& root) {
        QJsonObject all = root.value(u"templates"_qs).toObject();
        QJsonObject t = all.value(u"sciatica_friendly_start"_qs).toObject();
        QJsonArray sections = t.value(u"sections"_qs).toArray();
        QJsonObject last = sections.last().toObject();
        last.insert(u"notes"_qs, QJsonArray{u""_qs, u"Eine Notiz, die es nicht gibt"_qs});
        sections.replace(sections.size() - 1, last);
        t.insert(u"sections"_qs, sections);
        all.insert(u"sciatica_friendly_start"_qs, t);
        root.insert(u"templates"_qs, all);
    });
    edit(dir.filePath(u"rules.json"_qs),
         [](QJsonObject& root) { root.insert(u"language"_qs, u"fr"_qs); });
    QFile::remove(dir.filePath(u"redflags.json"_qs));

    const QStringList problems = DataTexts::check(u"de"_qs, dir.path());
    const QString all = problems.join(u'\n');
    EXPECT_TRUE(mentions(problems, u"de/exercises.json: bird_dog: no entry for this exercise"_qs))
        << all.toStdString();
    EXPECT_TRUE(mentions(problems, u"moonwalk: the English data has no exercise"_qs));
    EXPECT_TRUE(mentions(problems, u"walking: \"instructions\" has 4 entries, the English 5"_qs));
    EXPECT_TRUE(mentions(problems, u"walking: \"summary\" is missing or blank"_qs));
    EXPECT_TRUE(mentions(problems, u"walking has an unknown field \"nmae\""_qs));
    EXPECT_TRUE(mentions(problems, u"sciatica: \"amount_name\" is not in the English data"_qs));
    EXPECT_TRUE(mentions(problems, u"pregnancy: \"amount_unit\" is missing or blank"_qs));
    EXPECT_TRUE(mentions(problems, u"sections[2].notes[1]\" is not in the English data"_qs));
    EXPECT_TRUE(mentions(problems, u"de/rules.json: \"language\" must be \"de\""_qs));
    EXPECT_TRUE(mentions(problems, u"de/redflags.json: the file is missing"_qs));

    QFile broken(dir.filePath(u"redflags.json"_qs));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{ \"format\": ");
    broken.close();
    EXPECT_TRUE(
        mentions(DataTexts::check(u"de"_qs, dir.path()), u"de/redflags.json: not valid JSON"_qs));
}

TEST(DataTextsTest, BuiltInExercisesTranslateWithEnglishAsFallback)
{
    const DataTexts de = DataTexts::load(u"de"_qs, fixtureFolder(u"de"_qs));
    const Exercise walking = de.exercise(builtIn(u"walking"_qs));
    EXPECT_EQ(walking.name, u"Gehen"_qs);
    EXPECT_EQ(walking.instructions.size(), 5);
    EXPECT_TRUE(walking.instructions.first().startsWith(u"Gehen Sie"_qs));
    EXPECT_EQ(walking.feel.size(), 2);
    // A list of the wrong length is not matched up step by step: English, never blank.
    const Exercise english = builtIn(u"cat_cow"_qs);
    const Exercise catCow = de.exercise(english);
    EXPECT_EQ(catCow.name, u"Katze-Kuh"_qs);
    EXPECT_EQ(catCow.instructions, english.instructions);
    EXPECT_EQ(catCow.summary, english.summary); // no translated summary
    // Not in the translation at all: as written.
    const Exercise birdDog = builtIn(u"bird_dog"_qs);
    EXPECT_EQ(de.exercise(birdDog).name, birdDog.name);
}

TEST(DataTextsTest, TheClinicsOwnWordsAreNeverReplaced)
{
    const DataTexts de = DataTexts::load(u"de"_qs, fixtureFolder(u"de"_qs));
    Exercise edited = builtIn(u"walking"_qs);
    edited.edited = true;
    edited.name = u"Walking (our way)"_qs;
    EXPECT_EQ(de.exercise(edited).name, u"Walking (our way)"_qs);
    Exercise own = builtIn(u"walking"_qs);
    own.origin = ExerciseOrigin::Clinic;
    own.stableId = u"walking"_qs; // even with a built-in's id
    EXPECT_EQ(de.exercise(own).name, u"Walking"_qs);
}

TEST(DataTextsTest, ConditionsRulesRedFlagsAndTemplatesTranslate)
{
    const DataTexts de = DataTexts::load(u"de"_qs, fixtureFolder(u"de"_qs));
    EXPECT_EQ(de.conditionName(u"sciatica"_qs), u"Ischialgie (radikulärer Beinschmerz)"_qs);
    EXPECT_EQ(de.conditionName(u"disc_herniation"_qs), u"Lumbar disc herniation"_qs);
    EXPECT_EQ(de.conditionName(u"no_such_code"_qs), u"no_such_code"_qs);
    const auto pregnancy = de.findCondition(u"pregnancy"_qs);
    ASSERT_TRUE(pregnancy && pregnancy->amount);
    EXPECT_EQ(pregnancy->amount->unit, u"Wochen"_qs);
    EXPECT_EQ(pregnancy->amount->maximum, 42);

    // Whole catalogs: same codes and order, texts in German where translated.
    const ConditionCatalog& conditions = de.conditionCatalog();
    EXPECT_EQ(conditions.codes(), ConditionCatalog::builtIn().codes());
    EXPECT_EQ(conditions.find(u"pregnancy"_qs)->name, u"Schwangerschaft"_qs);
    const RedFlagCatalog& flags = de.redFlagCatalog();
    EXPECT_EQ(flags.flags().size(), RedFlagCatalog::builtIn().flags().size());
    EXPECT_EQ(flags.tier(u"emergency"_qs)->action, u"Notfallüberweisung am selben Tag."_qs);
    EXPECT_EQ(flags.find(u"ces_saddle"_qs)->label, u"Taubheit im Reithosenbereich"_qs);
    EXPECT_EQ(flags.find(u"ces_bladder"_qs)->label,
              RedFlagCatalog::builtIn().find(u"ces_bladder"_qs)->label);
    EXPECT_EQ(de.flagLabel(u"ces_saddle"_qs), u"Taubheit im Reithosenbereich"_qs);
    const SafetyRules& rules = de.safetyRules();
    EXPECT_EQ(rules.rules().size(), SafetyRules::builtIn().rules().size());
    EXPECT_TRUE(rules.find(u"acute_heavy_load"_qs)->reason.startsWith(u"In den ersten Wochen"_qs));

    SafetyFinding finding;
    finding.ruleId = u"acute_heavy_load"_qs;
    finding.reason = SafetyRules::builtIn().find(u"acute_heavy_load"_qs)->reason;
    EXPECT_TRUE(de.finding(finding).reason.startsWith(u"In den ersten Wochen"_qs));

    ProgrammeTemplate t;
    t.builtIn = true;
    t.stableId = u"sciatica_friendly_start"_qs;
    t.name = u"Sciatica-friendly start"_qs;
    t.goal = u"Stay active"_qs;
    for (const int items : {1, 2, 2}) {
        ProgrammeSection section;
        section.name = u"English"_qs;
        for (int i = 0; i < items; ++i) {
            Prescription p;
            p.patientNote = i == 0 && items != 2 ? u"Note"_qs : QString();
            section.prescriptions << p;
        }
        t.sections << section;
    }
    t.sections[1].prescriptions[0].patientNote = u"Good if it eases"_qs;
    const ProgrammeTemplate translated = de.programmeTemplate(t);
    EXPECT_EQ(translated.name, u"Ischias-freundlicher Einstieg"_qs);
    EXPECT_EQ(translated.sections[1].name, u"Entlastende Positionen"_qs);
    EXPECT_EQ(translated.sections[0].prescriptions[0].patientNote,
              u"Mehrere kurze Spaziergänge am Tag."_qs);
    EXPECT_EQ(translated.sections[1].prescriptions[0].patientNote,
              u"Gut, wenn der Beinschmerz nachlässt."_qs);
    // An item without a note gets none.
    EXPECT_TRUE(translated.sections[1].prescriptions[1].patientNote.isEmpty());
    // A clinic's template is its own.
    t.builtIn = false;
    EXPECT_EQ(de.programmeTemplate(t).name, u"Sciatica-friendly start"_qs);
}

TEST(DataTextsTest, EnglishAndUnknownLanguagesTranslateNothing)
{
    const Exercise walking = builtIn(u"walking"_qs);
    EXPECT_EQ(DataTexts::of(u"en"_qs).exercise(walking).name, u"Walking"_qs);
    EXPECT_EQ(DataTexts::of(u"pt"_qs).exercise(walking).name, u"Walking"_qs);
    EXPECT_TRUE(DataTexts::of(u"en"_qs).isEmpty());
    EXPECT_EQ(&DataTexts::of(u"en"_qs).safetyRules(), &SafetyRules::builtIn());
    // The application's language: English in tests unless one asks for another.
    EXPECT_EQ(DataTexts::display().language(), u"en"_qs);
}

TEST(DataTextsTest, OfReadsTheFirstFolderThatHasTheLanguage)
{
    test::ScopedI18nFixture fixture;
    EXPECT_EQ(DataTexts::of(u"fr"_qs).exercise(builtIn(u"walking"_qs)).name, u"Marche"_qs);
    EXPECT_EQ(DataTexts::of(u"es"_qs).exercise(builtIn(u"walking"_qs)).name, u"Caminar"_qs);
    test::ScopedLanguage german(u"de"_qs);
    EXPECT_EQ(DataTexts::display().exercise(builtIn(u"walking"_qs)).name, u"Gehen"_qs);
}
