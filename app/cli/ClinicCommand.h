#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli clinic show|set`: the clinic's details printed on handouts, its paper size and
// handout language, the pacing and red-flag conventions (all in the database, shared by every
// desk), and this desk's clinician name (a desk preference).
class ClinicCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClinicCommand)

public:
    ClinicCommand();

private:
    int show(CliContext& ctx, const QStringList& args);
    int set(CliContext& ctx, const QStringList& args);
    void print(CliContext& ctx, Workspace& workspace, bool json);
};

} // namespace gradus::cli
