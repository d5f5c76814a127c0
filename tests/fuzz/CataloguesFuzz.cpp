// libFuzzer target: the condition list (resources/conditions.json) and the red-flag catalogue
// (resources/safety/redflags.json), the same bytes given to both. Each gives a catalogue or a
// message; in an accepted one every code is found again, and every flag's tier exists.
#include "patients/ConditionCatalog.h"
#include "safety/RedFlagCatalog.h"

#include <QSet>

#include <cstdint>
#include <cstdlib>

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (auto conditions = ConditionCatalog::fromJson(bytes)) {
        QSet<QString> codes;
        for (const ConditionDefinition& d : conditions->definitions()) {
            if (d.code.isEmpty() || d.name.isEmpty() || codes.contains(d.code))
                std::abort();
            codes.insert(d.code);
            if (conditions->find(d.code) == nullptr || conditions->displayName(d.code) != d.name)
                std::abort();
            if (d.amount && d.amount->maximum < d.amount->minimum)
                std::abort();
        }
    } else if (conditions.error().message.isEmpty()) {
        std::abort();
    }
    if (auto flags = RedFlagCatalog::parse(bytes, QStringLiteral("redflags.json"))) {
        if (flags->version() < 1 || flags->tiers().isEmpty() || flags->flags().isEmpty())
            std::abort();
        for (const RedFlagDefinition& f : flags->flags()) {
            if (flags->tier(f.tier) == nullptr || flags->find(f.code) == nullptr)
                std::abort();
            bool inItsTier = false;
            for (const RedFlagDefinition& g : flags->flagsOfTier(f.tier))
                inItsTier = inItsTier || g.code == f.code;
            if (!inItsTier)
                std::abort();
        }
    } else if (flags.error().message.isEmpty()) {
        std::abort();
    }
    return 0;
}
