#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli handout PROGRAMME_ID --out FILE.pdf [--paper a4|letter] [--language xx]`, or
// for ad-hoc prescriptions `gradus-cli handout --patient ID --exercises a,b,c --out FILE.pdf`
// (each exercise with its library default dose). The safety gate runs first; on refusal or
// bad input no file is written and the exit code is non-zero.
class HandoutCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(HandoutCommand)

public:
    HandoutCommand();
    int run(CliContext& ctx, const QStringList& args) override;
};

} // namespace gradus::cli
