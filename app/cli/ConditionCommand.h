#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli condition codes|add|edit|list`: the coded clinical profile of a patient's open
// episode of care.
class ConditionCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConditionCommand)

public:
    ConditionCommand();

private:
    int codes(CliContext& ctx, const QStringList& args);
    int add(CliContext& ctx, const QStringList& args);
    int edit(CliContext& ctx, const QStringList& args);
    int list(CliContext& ctx, const QStringList& args);
};

} // namespace gradus::cli
