#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli export outcomes --csv FILE`: data out of Gradus for audits and research.
class ExportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(CliContext& ctx, const QStringList& args) override;

private:
    int outcomes(CliContext& ctx, const QStringList& args);
};

} // namespace gradus::cli
