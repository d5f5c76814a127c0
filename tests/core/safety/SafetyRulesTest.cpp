// Loading the rule and red-flag files: the shipped ones load, broken ones are refused with
// a message naming the file, the rule and the field.

#include "safety/SafetyRules.h"
#include "safety/RedFlagCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace gradus {
namespace {

QJsonObject validRule()
{
    return QJsonObject{{u"id"_qs, u"r_one"_qs},
                       {u"when"_qs, QJsonArray{QJsonObject{{u"condition"_qs, u"osteoporosis"_qs}}}},
                       {u"match"_qs, QJsonObject{{u"impact"_qs, u"high"_qs}}},
                       {u"severity"_qs, u"avoid"_qs},
                       {u"reason"_qs, u"Because."_qs},
                       {u"source"_qs, u"s"_qs}};
}

QByteArray file(const QJsonArray& rules)
{
    return QJsonDocument(QJsonObject{{u"format"_qs, u"gradus-safety-rules"_qs},
                                     {u"version"_qs, 3},
                                     {u"sources"_qs, QJsonObject{{u"s"_qs, u"A source"_qs}}},
                                     {u"rules"_qs, rules}})
        .toJson();
}

QString errorFor(const QJsonObject& rule)
{
    auto parsed = SafetyRules::parse(file({rule}), u"my_rules.json"_qs);
    return parsed ? QString() : parsed.error().message;
}

TEST(SafetyRulesLoader, ShippedRulesAndFlagsLoad)
{
    auto rules = SafetyRules::load(u":/safety/rules.json"_qs);
    ASSERT_TRUE(rules) << rules.error().message.toStdString();
    EXPECT_GE(rules->rules().size(), 30);
    EXPECT_GE(rules->version(), 1);
    EXPECT_EQ(RedFlagCatalog::builtIn().tiers().size(), 6);
    for (const char* tier : {"emergency", "urgent", "fracture", "malignancy", "infection", "other"})
        EXPECT_FALSE(RedFlagCatalog::builtIn().flagsOfTier(QString::fromLatin1(tier)).isEmpty())
            << tier;
}

TEST(SafetyRulesLoader, AValidFileParses)
{
    auto parsed = SafetyRules::parse(file({validRule()}), u"my_rules.json"_qs);
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->version(), 3);
    ASSERT_EQ(parsed->rules().size(), 1);
    EXPECT_EQ(parsed->rules().first().source, u"A source"_qs);
}

TEST(SafetyRulesLoader, ErrorsNameFileRuleAndField)
{
    struct Case
    {
        const char* field;
        QJsonValue value;
        const char* expect;
    };
    const Case cases[] = {
        {"severity", u"forbid"_qs, "field \"severity\""},
        {"source", u"nowhere"_qs, "field \"source\""},
        {"reason", u""_qs, "field \"reason\""},
        {"match", QJsonObject{{u"impact"_qs, u"huge"_qs}}, "field \"match.impact\""},
        {"match", QJsonObject{{u"colour"_qs, u"red"_qs}}, "field \"match.colour\""},
        {"match", QJsonObject{{u"loaded"_qs, u"yes"_qs}}, "field \"match.loaded\""},
        {"match", QJsonObject{}, "field \"match\""},
        {"when", QJsonArray{QJsonObject{{u"condition"_qs, u"flu"_qs}}}, "field \"when.condition\""},
        {"when", QJsonArray{QJsonObject{{u"phase"_qs, u"late"_qs}}}, "field \"when.phase\""},
        {"when", QJsonArray{QJsonObject{{u"min_amount"_qs, 20}}}, "field \"when.min_amount\""},
        {"when", QJsonArray{}, "field \"when\""},
        {"prefer", QJsonObject{{u"position"_qs, QJsonArray{u"upside_down"_qs}}},
         "field \"prefer.position\""},
        {"match", QJsonObject{{u"dose_type"_qs, QJsonArray{u"laps"_qs}}},
         "field \"match.dose_type\""},
        {"match", QJsonObject{{u"min_hold_seconds"_qs, 0}}, "field \"match.min_hold_seconds\""},
        // Osteoporosis has no phase of care: a rule on its phase could never be known.
        {"when",
         QJsonArray{QJsonObject{{u"condition"_qs, u"osteoporosis"_qs}, {u"phase"_qs, u"acute"_qs}}},
         "field \"when.phase\""},
        // Only a condition with an amount can be compared with one.
        {"when", QJsonArray{QJsonObject{{u"condition"_qs, u"sciatica"_qs}, {u"min_amount"_qs, 3}}},
         "field \"when.min_amount\""},
    };
    for (const auto& c : cases) {
        auto rule = validRule();
        rule.insert(QString::fromLatin1(c.field), c.value);
        const QString message = errorFor(rule);
        EXPECT_TRUE(message.startsWith(u"my_rules.json"_qs)) << message.toStdString();
        EXPECT_TRUE(message.contains(u"rule \"r_one\""_qs)) << message.toStdString();
        EXPECT_TRUE(message.contains(QString::fromLatin1(c.expect))) << message.toStdString();
    }
}

TEST(SafetyRulesLoader, WholeFileProblemsAreRefused)
{
    EXPECT_FALSE(SafetyRules::parse("{not json", u"f.json"_qs));
    EXPECT_FALSE(SafetyRules::parse(file({}), u"f.json"_qs));
    auto twice = SafetyRules::parse(file({validRule(), validRule()}), u"f.json"_qs);
    ASSERT_FALSE(twice);
    EXPECT_TRUE(twice.error().message.contains(u"earlier rule"_qs));
    // One bad rule among good ones: nothing is loaded.
    auto bad = validRule();
    bad.insert(u"id"_qs, u"r_two"_qs);
    bad.insert(u"severity"_qs, u"maybe"_qs);
    EXPECT_FALSE(SafetyRules::parse(file({validRule(), bad}), u"f.json"_qs));
    EXPECT_FALSE(SafetyRules::load(u"/nonexistent/rules.json"_qs));
}

TEST(SafetyRulesLoader, RedFlagFileErrorsAreNamed)
{
    const QByteArray badTier = R"({"format": "gradus-red-flags", "version": 1,
        "tiers": [{"id": "emergency", "label": "E", "action": "A", "source": "S"}],
        "flags": [{"code": "x", "tier": "nowhere", "label": "X"}]})";
    auto parsed = RedFlagCatalog::parse(badTier, u"flags.json"_qs);
    ASSERT_FALSE(parsed);
    EXPECT_TRUE(parsed.error().message.contains(u"flags.json"_qs));
    EXPECT_TRUE(parsed.error().message.contains(u"nowhere"_qs));
}

} // namespace
} // namespace gradus
