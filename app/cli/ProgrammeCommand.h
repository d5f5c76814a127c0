#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli programme create|add|remove|show|list|activate|template`: exercise programmes.
//
// Versioning: `add` and `remove` on an ACTIVE programme never change what the patient was
// given. They make (or reuse) the programme's draft version, change that, say so on stderr
// and print the draft's id on stdout; `programme activate DRAFT_ID` then gives it to the
// patient and supersedes the old version. On a draft they change it in place.
class ProgrammeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeCommand)

public:
    ProgrammeCommand();

private:
    int create(CliContext& ctx, const QStringList& args);
    int add(CliContext& ctx, const QStringList& args);
    int remove(CliContext& ctx, const QStringList& args);
    int show(CliContext& ctx, const QStringList& args);
    int list(CliContext& ctx, const QStringList& args);
    int activate(CliContext& ctx, const QStringList& args);
    int templates(CliContext& ctx, const QStringList& args);
    int check(CliContext& ctx, const QStringList& args); // in ProgrammeCheckSubcommand.cpp
    int templateList(CliContext& ctx, const QStringList& args);
    int templateSave(CliContext& ctx, const QStringList& args);
    int templateApply(CliContext& ctx, const QStringList& args);
    int keepWithReason(CliContext& ctx, const QStringList& args); // ProgrammeOverrideSubcommand
};

} // namespace gradus::cli
