#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli audit --patient ID | --record TABLE:ID [--limit N] [--json]`: who changed
// what and when, as the database recorded it (newest first). Read-only.
class AuditCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    AuditCommand();
    int run(CliContext& ctx, const QStringList& args) override;
};

} // namespace gradus::cli
