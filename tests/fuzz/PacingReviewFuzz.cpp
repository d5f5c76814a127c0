// libFuzzer target: a pacing review file (`gradus-cli pacing review --input FILE`,
// docs/PACING.md): the days recorded since the last review, pains, thresholds and the plan.
// Any bytes give a decision or a refusal with a message; the weeks of an accepted plan have
// bouts that add up to their quota, and every decision can be written as JSON.
#include "pacing/PacingJson.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (!doc.isObject())
        return 0;
    auto request =
        pacingJson::reviewRequestFromJson(doc.object(), ReviewThresholds{}, PlanParameters{});
    if (!request) {
        if (request.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (request->plan) {
        const GradedActivityPlan& plan = *request->plan;
        if (plan.weekCount() < 1 || plan.weekCount() > GradedActivityPlan::kMaxWeeks)
            std::abort();
        for (const PlanWeek& week : plan.weeks()) {
            // The bouts of a day add up to its quota.
            int sum = 0;
            for (int bout : week.bouts)
                sum += bout;
            if (week.quota < 0 || sum != week.quota)
                std::abort();
        }
        (void)pacingJson::planToJson(plan);
        (void)plan.reviewStep(plan.weekCount());
    }
    auto decision = ReviewEngine(request->thresholds).evaluate(request->data);
    if (!decision) {
        if (decision.error().message.isEmpty())
            std::abort();
        return 0;
    }
    (void)pacingJson::decisionToJson(*decision);
    return 0;
}
