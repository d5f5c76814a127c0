// Every condition code whose description in resources/conditions.json names a precaution has
// at least one rule that expresses it, with a cited source and a plain reason; every new rule
// of the safety work cites one of the sources CLINICAL.md section 4 names.

#include "patients/ConditionCatalog.h"
#include "safety/SafetyRules.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

namespace gradus {
namespace {

// Words a description uses when it names something to hold back on.
const QRegularExpression kPrecaution(
    QStringLiteral("\\b(avoid\\w*|caution\\w*|restrict\\w*|contraindicat\\w*|not advised|"
                   "straining|breath-holding|stop)\\b"),
    QRegularExpression::CaseInsensitiveOption);

QList<const SafetyRule*> rulesFor(const QString& code)
{
    QList<const SafetyRule*> found;
    for (const SafetyRule& rule : SafetyRules::builtIn().rules())
        for (const RuleCondition& when : rule.when)
            if (when.condition == code && !found.contains(&rule))
                found.append(&rule);
    return found;
}

TEST(ConditionCoverage, EveryPrecautionInADescriptionHasARule)
{
    int withPrecaution = 0;
    for (const ConditionDefinition& def : ConditionCatalog::builtIn().definitions()) {
        if (!kPrecaution.match(def.description).hasMatch())
            continue;
        ++withPrecaution;
        const auto rules = rulesFor(def.code);
        bool holdsBack = false;
        for (const SafetyRule* rule : rules) {
            holdsBack = holdsBack || rule->severity != Severity::Prefer;
            EXPECT_FALSE(rule->source.isEmpty()) << rule->id.toStdString();
            EXPECT_GE(rule->reason.size(), 40) << rule->id.toStdString();
        }
        EXPECT_TRUE(holdsBack) << def.code.toStdString()
                               << ": its description names a precaution but no avoid or "
                                  "caution rule uses the code";
    }
    // The three the safety review found without rules, at least.
    EXPECT_GE(withPrecaution, 3);
    for (const char* code : {"recent_surgery", "cardiovascular_precautions", "hypermobility"})
        EXPECT_FALSE(rulesFor(QString::fromLatin1(code)).isEmpty()) << code;
}

TEST(ConditionCoverage, TheNewConditionRulesCiteTheirSources)
{
    const struct
    {
        const char* code;
        const char* sourceKey;
        const char* citation;
    } expected[] = {
        {"recent_surgery", "oosterhuis2014", "CD003007"},
        {"cardiovascular_precautions", "macdougall1985", "58:785"},
        {"hypermobility", "engelbert2017", "175C:158"},
    };
    for (const auto& e : expected)
        for (const SafetyRule* rule : rulesFor(QString::fromLatin1(e.code))) {
            EXPECT_EQ(rule->sourceKey, QLatin1String(e.sourceKey)) << rule->id.toStdString();
            EXPECT_TRUE(rule->source.contains(QLatin1String(e.citation))) << rule->id.toStdString();
        }
    // The surgeon's protocol takes precedence (CLINICAL.md section 4), and the rules say so.
    for (const SafetyRule* rule : rulesFor(QStringLiteral("recent_surgery")))
        if (rule->severity == Severity::Avoid) {
            EXPECT_TRUE(rule->reason.contains(QStringLiteral("surgeon's protocol")))
                << rule->id.toStdString();
        }
    // Cardiovascular cautions teach breathing out on effort or steady breathing.
    for (const SafetyRule* rule : rulesFor(QStringLiteral("cardiovascular_precautions")))
        if (rule->severity == Severity::Caution) {
            EXPECT_TRUE(rule->reason.contains(QStringLiteral("breathe"))) << rule->id.toStdString();
        }
}

} // namespace
} // namespace gradus
