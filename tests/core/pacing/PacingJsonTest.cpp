#include "pacing/PacingJson.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

using namespace gradus;

namespace {

QJsonObject parse(const char* json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc.object();
}

Result<ReviewRequest> read(const char* json)
{
    return pacingJson::reviewRequestFromJson(parse(json), ReviewThresholds{}, PlanParameters{});
}

} // namespace

TEST(PacingJsonTest, WeeksCarryQuotaDatesAndBouts)
{
    PlanParameters p;
    p.toleranceAttempts = {10, 12, 11};
    p.goal = 10;
    p.boutsPerDay = 2;
    p.start = QDate(2026, 11, 23);
    auto plan = GradedActivityPlan::create(p);
    ASSERT_TRUE(plan);
    const QJsonArray weeks = pacingJson::weeksToJson(*plan);
    ASSERT_EQ(weeks.size(), 3); // 8, 9, 10
    const QJsonObject first = weeks.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("week")).toInt(), 1);
    EXPECT_EQ(first.value(QStringLiteral("quota")).toInt(), 8);
    EXPECT_EQ(first.value(QStringLiteral("unit")).toString(), QStringLiteral("minutes"));
    EXPECT_EQ(first.value(QStringLiteral("start")).toString(), QStringLiteral("2026-11-23"));
    EXPECT_EQ(first.value(QStringLiteral("end")).toString(), QStringLiteral("2026-11-29"));
    EXPECT_EQ(first.value(QStringLiteral("bouts")).toInt(), 2);
    EXPECT_EQ(first.value(QStringLiteral("per_bout")).toArray(), (QJsonArray{4, 4}));
    EXPECT_FALSE(first.value(QStringLiteral("at_goal")).toBool());
    const QJsonObject second = weeks.at(1).toObject();
    EXPECT_EQ(second.value(QStringLiteral("per_bout")).toArray(), (QJsonArray{5, 4}));
    EXPECT_EQ(second.value(QStringLiteral("increase")).toInt(), 1);
    EXPECT_TRUE(weeks.at(2).toObject().value(QStringLiteral("at_goal")).toBool());

    const QJsonObject whole = pacingJson::planToJson(*plan);
    EXPECT_EQ(whole.value(QStringLiteral("baseline")).toInt(), 8);
    EXPECT_DOUBLE_EQ(whole.value(QStringLiteral("mean_tolerance")).toDouble(), 11.0);
    EXPECT_EQ(whole.value(QStringLiteral("weeks")).toArray(), weeks);
}

TEST(PacingJsonTest, ReadsACompleteReviewFile)
{
    auto request = read(R"({
        "baseline_pain": 2, "previous_week_pain": 3, "this_week_pain": 3,
        "leg_symptoms": "centralizing", "new_neurological_sign": false, "red_flag": false,
        "days": [
            {"date": "2026-11-16", "quota_met": true, "exercise_pain": 3, "next_morning_pain": 2},
            {"date": "2026-11-17", "quota_met": true, "exercise_pain": 5}
        ],
        "step": {"unit": "minutes", "current": 12, "next": 13, "last_tolerated": 11, "week": 5},
        "thresholds": {"pain_acceptable_max": 4}
    })");
    ASSERT_TRUE(request) << request.error().message.toStdString();
    const ReviewData& d = request->data;
    ASSERT_EQ(d.days.size(), 2);
    EXPECT_EQ(d.days[0].date, QDate(2026, 11, 16));
    EXPECT_EQ(d.days[1].exercisePain, 5);
    EXPECT_FALSE(d.days[1].nextMorningPain.has_value());
    EXPECT_EQ(d.legSymptoms, LegSymptoms::Centralising);
    ASSERT_TRUE(d.step.has_value());
    EXPECT_EQ(d.step->current, 12);
    EXPECT_EQ(d.step->nextWeek, 6);
    EXPECT_EQ(request->thresholds.painAcceptableMax, 4);
    EXPECT_EQ(request->thresholds.painSafeMax, 2); // not in the file: the default

    auto decision = ReviewEngine(request->thresholds).evaluate(d);
    ASSERT_TRUE(decision);
    EXPECT_EQ(decision->outcome, ReviewOutcome::Hold); // 5 is above the file's limit of 4
    const QJsonObject json = pacingJson::decisionToJson(*decision);
    EXPECT_EQ(json.value(QStringLiteral("decision")).toString(), QStringLiteral("hold"));
    EXPECT_EQ(json.value(QStringLiteral("rule")).toString(), QStringLiteral("hold.exercise_pain"));
    EXPECT_EQ(json.value(QStringLiteral("proposed_quota")).toInt(), 12);
    const QJsonObject reason = json.value(QStringLiteral("reasons")).toArray().at(0).toObject();
    EXPECT_FALSE(reason.value(QStringLiteral("source")).toString().isEmpty());
    EXPECT_FALSE(reason.value(QStringLiteral("data")).toArray().isEmpty());
}

TEST(PacingJsonTest, APlanInTheFileGivesTheStep)
{
    auto request = read(R"({
        "baseline_pain": 2, "previous_week_pain": 3, "this_week_pain": 3,
        "days": [{"quota_met": true, "exercise_pain": 2, "next_morning_pain": 2}],
        "plan": {"tolerance": [10, 12, 11], "unit": "minutes", "goal": 30, "week": 4}
    })");
    ASSERT_TRUE(request) << request.error().message.toStdString();
    ASSERT_TRUE(request->plan.has_value());
    ASSERT_TRUE(request->data.step.has_value());
    EXPECT_EQ(request->data.step->current, 10);
    EXPECT_EQ(request->data.step->next, 11);
    EXPECT_EQ(request->data.step->lastTolerated, 9);
    auto decision = ReviewEngine(request->thresholds).evaluate(request->data);
    ASSERT_TRUE(decision);
    EXPECT_EQ(decision->outcome, ReviewOutcome::Progress);
    EXPECT_EQ(decision->proposedQuota, 11);
    EXPECT_EQ(decision->proposedWeek, 5);
    EXPECT_EQ(decision->proposal,
              QStringLiteral("Move on to week 5 of the plan: 11 minutes a day."));
}

namespace {

struct BadFile
{
    const char* name;
    const char* json;
    const char* messagePart;
};

// Failure messages name the case instead of dumping its bytes.
void PrintTo(const BadFile& c, std::ostream* os)
{
    *os << c.name;
}

class ReviewFileTest : public testing::TestWithParam<BadFile>
{
};

} // namespace

TEST_P(ReviewFileTest, RefusesWithTheFieldNamed)
{
    auto request = read(GetParam().json);
    ASSERT_FALSE(request);
    EXPECT_TRUE(request.error().message.contains(QString::fromUtf8(GetParam().messagePart)))
        << request.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Invalid, ReviewFileTest,
    testing::Values(
        BadFile{"UnknownKey", R"({"baseline_pian": 2})", "baseline_pian is not a known field"},
        BadFile{"UnknownDayKey", R"({"days": [{"exercise_pian": 2}]})",
                "days[1].exercise_pian is not a known field"},
        BadFile{"PainOutOfRange", R"({"days": [{}, {"exercise_pain": 11}]})",
                "days[2].exercise_pain must be a whole number from 0 to 10, not 11"},
        BadFile{"PainNotWhole", R"({"baseline_pain": 2.5})",
                "baseline_pain must be a whole number"},
        BadFile{"PainAsText", R"({"this_week_pain": "3"})", "not \"3\""},
        BadFile{"QuotaNotBoolean", R"({"days": [{"quota_met": "yes"}]})",
                "days[1].quota_met must be true or false"},
        BadFile{"BadDate", R"({"days": [{"date": "16/11/2026"}]})", "YYYY-MM-DD"},
        BadFile{"DaysOutOfOrder", R"({"days": [{"date": "2026-11-17"}, {"date": "2026-11-16"}]})",
                "oldest first"},
        BadFile{"BadLegSymptoms", R"({"leg_symptoms": "worse"})", "leg_symptoms must be none"},
        BadFile{"StepAndPlan",
                R"({"step": {"unit": "minutes", "current": 5},
                    "plan": {"tolerance": [5], "unit": "minutes", "goal": 6, "week": 1}})",
                "not both"},
        BadFile{"StepWithoutCurrent", R"({"step": {"unit": "minutes"}})", "\"current\""},
        BadFile{"PlanWithoutWeek",
                R"({"plan": {"tolerance": [10], "unit": "minutes", "goal": 12}})",
                "plan.week is needed"},
        BadFile{"PlanWeekPastGoal",
                R"({"plan": {"tolerance": [10], "unit": "minutes", "goal": 9, "week": 3}})",
                "reaches its goal in week 2"},
        BadFile{"InvalidPlan",
                R"({"plan": {"tolerance": [10], "unit": "minutes", "goal": 0, "week": 1}})",
                "plan: The goal must be more than 0"},
        BadFile{"BadThreshold", R"({"thresholds": {"pain_safe_max": 6}})",
                "cannot be above the acceptable"}),
    [](const testing::TestParamInfo<BadFile>& info) { return std::string(info.param.name); });
