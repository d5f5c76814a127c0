#include "patients/ConditionCatalog.h"

#include <gtest/gtest.h>

using namespace gradus;

TEST(ConditionCatalogTest, BuiltInListHasTheCodesTheSafetyRulesUse)
{
    const ConditionCatalog& catalog = ConditionCatalog::builtIn();
    for (const char* code :
         {"acute_nonspecific_lbp", "sciatica", "disc_herniation", "lumbar_spinal_stenosis",
          "spondylolisthesis", "osteoporosis", "vertebral_fracture_history", "pregnancy",
          "recent_surgery", "hypermobility", "cardiovascular_precautions"}) {
        const ConditionDefinition* def = catalog.find(QString::fromLatin1(code));
        ASSERT_NE(def, nullptr) << code;
        EXPECT_FALSE(def->name.isEmpty()) << code;
        EXPECT_GT(def->description.size(), 40) << code;
        EXPECT_FALSE(def->source.isEmpty()) << code;
    }
    EXPECT_TRUE(catalog.find(QStringLiteral("sciatica"))->takesSide);
    EXPECT_FALSE(catalog.find(QStringLiteral("osteoporosis"))->takesSide);
    const auto& weeks = catalog.find(QStringLiteral("pregnancy"))->amount;
    ASSERT_TRUE(weeks.has_value());
    EXPECT_EQ(weeks->unit, QStringLiteral("weeks"));
    EXPECT_EQ(weeks->minimum, 1);
    EXPECT_EQ(weeks->maximum, 42);
    EXPECT_EQ(catalog.displayName(QStringLiteral("sciatica")),
              QStringLiteral("Sciatica (radicular leg pain)"));
    EXPECT_EQ(catalog.displayName(QStringLiteral("unknown_code")), QStringLiteral("unknown_code"));
    EXPECT_EQ(catalog.codes().size(), catalog.definitions().size());
}

TEST(ConditionCatalogTest, RefusesMalformedLists)
{
    EXPECT_FALSE(ConditionCatalog::fromJson("not json"));
    EXPECT_FALSE(ConditionCatalog::fromJson(R"({"conditions": []})"));
    auto duplicate = ConditionCatalog::fromJson(
        R"({"conditions": [{"code": "a", "name": "A"}, {"code": "a", "name": "B"}]})");
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, QStringLiteral("conditions.duplicate"));
    EXPECT_FALSE(
        ConditionCatalog::fromJson(R"({"conditions": [{"code": "Bad Code", "name": "A"}]})"));
    EXPECT_FALSE(ConditionCatalog::fromJson(R"({"conditions": [{"code": "a"}]})"));
    EXPECT_FALSE(ConditionCatalog::fromJson(
        R"({"conditions": [{"code": "a", "name": "A", "amount": {"name": "N", "minimum": 5, "maximum": 1}}]})"));
    auto ok = ConditionCatalog::fromJson(
        R"({"conditions": [{"code": "new_code", "name": "New", "side": true}]})");
    ASSERT_TRUE(ok);
    EXPECT_TRUE(ok->find(QStringLiteral("new_code"))->takesSide);
}

TEST(ConditionCatalogTest, PhaseSaysWhatTheOnsetMeans)
{
    const ConditionCatalog& catalog = ConditionCatalog::builtIn();
    using Phase = ConditionDefinition::Phase;
    EXPECT_EQ(catalog.find(QStringLiteral("sciatica"))->phase, Phase::Complaint);
    EXPECT_EQ(catalog.find(QStringLiteral("acute_nonspecific_lbp"))->phase, Phase::Complaint);
    // The date of surgery is the onset of recent surgery, never the back pain's onset.
    const ConditionDefinition* surgery = catalog.find(QStringLiteral("recent_surgery"));
    EXPECT_EQ(surgery->phase, Phase::OwnOnset);
    EXPECT_EQ(surgery->onsetName, QStringLiteral("Date of surgery"));
    for (const char* code : {"osteoporosis", "pregnancy", "hypermobility"})
        EXPECT_EQ(catalog.find(QString::fromLatin1(code))->phase, Phase::None) << code;

    auto defaulted = ConditionCatalog::fromJson(R"({"conditions": [{"code": "a", "name": "A"}]})");
    ASSERT_TRUE(defaulted);
    EXPECT_EQ(defaulted->find(QStringLiteral("a"))->phase, Phase::Complaint);
    auto bad = ConditionCatalog::fromJson(
        R"({"conditions": [{"code": "a", "name": "A", "phase": "sometimes"}]})");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, QStringLiteral("conditions.phase"));
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("sometimes")));
}
