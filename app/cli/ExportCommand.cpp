#include "ExportCommand.h"

#include "CliArguments.h"
#include "exchange/DeidentifiedOutcomes.h"
#include "exchange/OutcomesTable.h"
#include "services/ExportService.h"
#include "util/PrivateFile.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace gradus::cli {

ExportCommand::ExportCommand()
    : CliCommand(
          QStringLiteral("export"),
          tr("Export data: outcomes (CSV), FHIR, calendar reminders, programmes, templates"),
          {
              {QStringLiteral("outcomes"),
               tr("Pain, activity and outcome scores of every patient, one row per value"),
               [this](CliContext& c, const QStringList& a) { return outcomes(c, a); }},
              {QStringLiteral("fhir"), tr("A patient's record as a FHIR R4 bundle (JSON)"),
               [this](CliContext& c, const QStringList& a) { return fhir(c, a); }},
              {QStringLiteral("ics"), tr("A programme's reminders as an iCalendar file (.ics)"),
               [this](CliContext& c, const QStringList& a) { return ics(c, a); }},
              {QStringLiteral("programme"), tr("A programme for another clinic or desk (JSON)"),
               [this](CliContext& c, const QStringList& a) { return programme(c, a); }},
              {QStringLiteral("template"), tr("A clinic template for another clinic (JSON)"),
               [this](CliContext& c, const QStringList& a) { return programmeTemplate(c, a); }},
          })
{
}

int ExportCommand::writeOutput(CliContext& ctx, const QString& path, const QByteArray& bytes,
                               bool force)
{
    if (path == QLatin1String("-")) {
        ctx.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return ctx.fail(
                Error{QStringLiteral("export.write"), tr("Could not write to standard output.")});
        out.flush();
        return ExitOk;
    }
    const auto existing = force ? PrivateFile::Existing::Replace : PrivateFile::Existing::Refuse;
    if (auto st = PrivateFile::write(path, bytes, existing); !st) {
        Error e = st.error();
        if (e.code == QLatin1String("file.exists"))
            e.message = tr("%1 already exists; add --force to replace it.").arg(path);
        return ctx.fail(e, exitCodeForKind(e.kind()));
    }
    // Like `db backup`: stdout names what was written, for the script's next step.
    ctx.out() << path << Qt::endl;
    return ExitOk;
}

int ExportCommand::outcomes(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("Where to write the CSV; - for "
                                    "standard output."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption deidentify(QStringLiteral("deidentify"),
                                        tr("De-identified research table (see above)."));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace FILE if it exists."));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("export outcomes"),
         .description =
             tr("Write every patient's pain, activity and outcome scores as CSV (RFC 4180, every "
                "field quoted), one row per value, with record ids and no names or notes; PSFS "
                "activity names in their own column. Columns: %1\n\n--deidentify writes a research "
                "table instead: a study id per patient, an age band, sex, episode numbers and "
                "every "
                "date shifted by a random number of days per patient (kept secret, not stored); no "
                "record ids, clinic numbers, names, notes, birth dates or activity names. Columns: "
                "%2")
                 .arg(OutcomesTable::header().join(u','),
                      DeidentifiedOutcomes::header().join(u',')),
         .options = {csv, deidentify, force},
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const QString path = a.value(csv);
    if (path.isEmpty())
        return ctx.usage(tr("export outcomes needs --csv FILE (or --csv - for standard output)."));
    if (path != QLatin1String("-") && !a.isSet(force) && QFileInfo::exists(path))
        return ctx.fail(Error{QStringLiteral("file.exists"),
                              tr("%1 already exists; add --force to replace it.").arg(path)});
    auto bytes = ExportService(a.workspace()).outcomesCsv(a.isSet(deidentify));
    if (!bytes)
        return ctx.fail(bytes.error(), exitCodeForKind(bytes.error().kind()));
    return writeOutput(ctx, path, *bytes, a.isSet(force));
}

} // namespace gradus::cli
