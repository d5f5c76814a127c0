#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli visit add|list|show|amend`: visits of a patient. A saved visit is never
// overwritten; `amend` adds a revision with who and why, and `show` prints the history.
class VisitCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(VisitCommand)

public:
    VisitCommand();

private:
    int add(CliContext& ctx, const QStringList& args);
    int list(CliContext& ctx, const QStringList& args);
    int show(CliContext& ctx, const QStringList& args);
    int amend(CliContext& ctx, const QStringList& args);
};

} // namespace gradus::cli
