#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli demo --patients N`: a fictional clinic for trying Gradus and for benchmarks.
class DemoCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    DemoCommand();
    int run(CliContext& ctx, const QStringList& args) override;
};

} // namespace gradus::cli
