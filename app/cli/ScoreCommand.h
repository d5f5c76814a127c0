#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli score odi|rmdq|startback|psfs|tsk --answers LIST [--json]`: pure scoring for
// scripts. Needs no database. Invalid answers: a message on stderr and exit 2.
class ScoreCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)

public:
    ScoreCommand();
    int run(CliContext& ctx, const QStringList& args) override;
};

} // namespace gradus::cli
