#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli screen codes|record|decide|show|gate`: the red-flag screen (CLINICAL.md 1) and
// the handout gate it drives.
class ScreenCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScreenCommand)

public:
    ScreenCommand();

private:
    int codes(CliContext& ctx, const QStringList& args);
    int record(CliContext& ctx, const QStringList& args);
    int decide(CliContext& ctx, const QStringList& args);
    int show(CliContext& ctx, const QStringList& args);
    int gate(CliContext& ctx, const QStringList& args);
};

} // namespace gradus::cli
