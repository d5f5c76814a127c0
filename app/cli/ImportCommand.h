#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli import programme|template FILE`: programme files from another clinic or desk.
class ImportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand();

private:
    int programme(CliContext& ctx, const QStringList& args);
    int programmeTemplate(CliContext& ctx, const QStringList& args);
};

} // namespace gradus::cli
