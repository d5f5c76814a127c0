#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli safety check|rules`: checks exercises against a patient with the safety engine
// (core/safety). `programme check ID` will call the same engine and findingsToJson().
class SafetyCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SafetyCommand)

public:
    SafetyCommand();

private:
    int check(CliContext& ctx, const QStringList& args);
    int rules(CliContext& ctx, const QStringList& args);
};

} // namespace gradus::cli
