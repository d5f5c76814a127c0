#pragma once

#include "CliCommand.h"

#include <QCommandLineOption>

#include <functional>

namespace gradus::cli {

class CliArgs;

// `gradus-cli export outcomes|fhir|ics|programme|template`: data out of Gradus for audits,
// research, GP systems, phones and other clinics.
class ExportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand();

    // Writes `bytes` to FILE (owner-only, atomically) or to stdout for "-", then names FILE
    // on stdout. Refuses an existing FILE without `force`.
    static int writeOutput(CliContext& ctx, const QString& path, const QByteArray& bytes,
                           bool force);

private:
    // "--out FILE [--force]" shared by the single-record exports: the options for their CliSpec,
    // and what was given, checked (an exit code when the command should stop).
    struct Target
    {
        QString out;
        bool force = false;
    };
    static QList<QCommandLineOption> targetOptions();
    static std::optional<int> checkTarget(CliContext& ctx, const CliArgs& args,
                                          const QString& usageName, Target& target);
    // Opens the store, makes the file with `make` and writes it to the checked target.
    static int exportTo(CliContext& ctx, const Target& target,
                        const std::function<Result<QByteArray>(Workspace&)>& make);
    int outcomes(CliContext& ctx, const QStringList& args);
    int fhir(CliContext& ctx, const QStringList& args);
    int ics(CliContext& ctx, const QStringList& args);
    int programme(CliContext& ctx, const QStringList& args);
    int programmeTemplate(CliContext& ctx, const QStringList& args);
};

} // namespace gradus::cli
