#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli languages [--json]`: the languages Gradus speaks (core/i18n/Languages), for
// --language, `patient add --language` and `handout --language`.
class LanguageCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LanguageCommand)

public:
    LanguageCommand();
    int run(CliContext& ctx, const QStringList& args) override;
};

} // namespace gradus::cli
