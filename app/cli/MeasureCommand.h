#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli measure add|list|show|amend`: outcome measures (ODI, RMDQ, STarT Back, PSFS,
// TSK-17) recorded by item number and scored on the way in.
class MeasureCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MeasureCommand)

public:
    MeasureCommand();

private:
    int add(CliContext& ctx, const QStringList& args);
    int list(CliContext& ctx, const QStringList& args);
    int show(CliContext& ctx, const QStringList& args);
    int amend(CliContext& ctx, const QStringList& args);
};

} // namespace gradus::cli
