// libFuzzer target: a safety rules file (resources/safety/rules.json format). Any bytes give
// rules or a message; an accepted rule has an id, a reason and a cited source, at least one
// alternative in `when`, and can be found by its id.
#include "safety/SafetyRules.h"

#include <cstdint>
#include <cstdlib>

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto rules = SafetyRules::parse(bytes, QStringLiteral("rules.json"));
    if (!rules) {
        if (rules.error().message.isEmpty())
            std::abort();
        return 0;
    }
    for (const SafetyRule& rule : rules->rules()) {
        if (rule.id.isEmpty() || rule.reason.isEmpty() || rule.source.isEmpty() ||
            rule.when.isEmpty())
            std::abort();
        if (rules->find(rule.id) == nullptr || rules->find(rule.id)->id != rule.id)
            std::abort();
        if (severityFromCode(severityCode(rule.severity)) != rule.severity)
            std::abort();
    }
    return 0;
}
