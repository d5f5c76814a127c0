#pragma once

#include "CliCommand.h"

namespace gradus::cli {

// `gradus-cli export outcomes|fhir|ics|programme|template`: data out of Gradus for audits,
// research, GP systems, phones and other clinics.
class ExportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(CliContext& ctx, const QStringList& args) override;

    // Writes `bytes` to FILE (owner-only, atomically) or to stdout for "-", then names FILE
    // on stdout. Refuses an existing FILE without `force`.
    static int writeOutput(CliContext& ctx, const QString& path, const QByteArray& bytes,
                           bool force);

private:
    // "ID --out FILE [--force]" shared by the single-record exports; an exit code when the
    // command should stop.
    struct Target
    {
        QString id;
        QString out;
        bool force = false;
    };
    std::optional<int> parseTarget(CliContext& ctx, QCommandLineParser& parser,
                                   const QString& usageName, const QStringList& args,
                                   const QString& idName, Target& target);
    int outcomes(CliContext& ctx, const QStringList& args);
    int fhir(CliContext& ctx, const QStringList& args);
    int ics(CliContext& ctx, const QStringList& args);
    int programme(CliContext& ctx, const QStringList& args);
    int programmeTemplate(CliContext& ctx, const QStringList& args);
};

} // namespace gradus::cli
