#include "safety/RedFlagScreen.h"

#include "util/EnumTable.h"

namespace gradus {
namespace {

// The labels keep the context they were first translated in.
constexpr KeyedLabel<RedFlagDecision> kDecisions[] = {
    {RedFlagDecision::Referred, "referred", QT_TRANSLATE_NOOP("RedFlagRepository", "Referred")},
    {RedFlagDecision::Discussed, "discussed", QT_TRANSLATE_NOOP("RedFlagRepository", "Discussed")},
    {RedFlagDecision::NotApplicable, "not_applicable",
     QT_TRANSLATE_NOOP("RedFlagRepository", "Not applicable")},
};

} // namespace

QString redFlagDecisionCode(RedFlagDecision decision)
{
    return enumTable::key(kDecisions, decision);
}

std::optional<RedFlagDecision> redFlagDecisionFromCode(const QString& code)
{
    return enumTable::fromKey(kDecisions, code);
}

QString redFlagDecisionLabel(RedFlagDecision decision)
{
    return enumTable::label("RedFlagRepository", kDecisions, decision);
}

} // namespace gradus
