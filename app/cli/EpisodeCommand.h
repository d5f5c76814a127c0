#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli episode list|edit`: a patient's episodes of care, and the onset that dates the
// phase of care (acute, subacute, chronic) the safety check works from.
class EpisodeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeCommand)

public:
    EpisodeCommand();

private:
    int list(CliContext& ctx, const QStringList& args);
    int edit(CliContext& ctx, const QStringList& args);
};

} // namespace gradus::cli
