#pragma once

#include "CliCommand.h"

// `gradus-cli export` (exportCommand(), Commands.h): what its files share.
namespace gradus::cli::exports {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

// Writes `bytes` to FILE (owner-only, atomically) or to stdout for "-", then names FILE on
// stdout. Refuses an existing FILE without `force`.
int writeOutput(CliContext& ctx, const QString& path, const QByteArray& bytes, bool force);

// The single-record exports (ExportExchangeSubcommands.cpp).
int fhir(CliContext& ctx, const QStringList& args);
int ics(CliContext& ctx, const QStringList& args);
int programme(CliContext& ctx, const QStringList& args);
int programmeTemplate(CliContext& ctx, const QStringList& args);

} // namespace gradus::cli::exports
