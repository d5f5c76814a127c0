#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli patient add|list|show|edit|archive|delete`: the patient records.
class PatientCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PatientCommand)

public:
    PatientCommand();

private:
    int add(CliContext& ctx, const QStringList& args);
    int list(CliContext& ctx, const QStringList& args);
    int show(CliContext& ctx, const QStringList& args);
    int edit(CliContext& ctx, const QStringList& args);
    int archive(CliContext& ctx, const QStringList& args);
    int erase(CliContext& ctx, const QStringList& args);
};

} // namespace gradus::cli
