#include "ExportCommand.h"

#include "CliArguments.h"
#include "exchange/DeidentifiedOutcomes.h"
#include "exchange/OutcomesTable.h"
#include "services/ExportService.h"
#include "util/PrivateFile.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace gradus::cli::exports {

int writeOutput(CliContext& ctx, const QString& path, const QByteArray& bytes, bool force)
{
    if (path == QLatin1String("-")) {
        ctx.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return ctx.fail(Error{QStringLiteral("export.write"),
                                  Tr::tr("Could not write to standard output.")});
        out.flush();
        return ExitOk;
    }
    const auto existing = force ? PrivateFile::Existing::Replace : PrivateFile::Existing::Refuse;
    if (auto st = PrivateFile::write(path, bytes, existing); !st) {
        Error e = st.error();
        if (e.code == QLatin1String("file.exists"))
            e.message = Tr::tr("%1 already exists; add --force to replace it.").arg(path);
        return ctx.fail(e, exitCodeForKind(e.kind()));
    }
    // Like `db backup`: stdout names what was written, for the script's next step.
    ctx.out() << path << Qt::endl;
    return ExitOk;
}

namespace {

int outcomes(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 Tr::tr("Where to write the CSV; - for "
                                        "standard output."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption deidentify(QStringLiteral("deidentify"),
                                        Tr::tr("De-identified research table (see above)."));
    const QCommandLineOption force(QStringLiteral("force"), Tr::tr("Replace FILE if it exists."));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("export outcomes"),
         .description =
             Tr::tr(
                 "Write every patient's pain, activity and outcome scores as CSV (RFC 4180, every "
                 "field quoted), one row per value, with record ids and no names or notes; PSFS "
                 "activity names in their own column. Columns: %1\n\n--deidentify writes a "
                 "research "
                 "table instead: a study id per patient, an age band, sex, episode numbers and "
                 "every "
                 "date shifted by a random number of days per patient (kept secret, not stored); "
                 "no "
                 "record ids, clinic numbers, names, notes, birth dates or activity names. "
                 "Columns: "
                 "%2")
                 .arg(OutcomesTable::header().join(u','),
                      DeidentifiedOutcomes::header().join(u',')),
         .options = {csv, deidentify, force},
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const QString path = a.value(csv);
    if (path.isEmpty())
        return ctx.usage(
            Tr::tr("export outcomes needs --csv FILE (or --csv - for standard output)."));
    if (path != QLatin1String("-") && !a.isSet(force) && QFileInfo::exists(path))
        return ctx.fail(Error{QStringLiteral("file.exists"),
                              Tr::tr("%1 already exists; add --force to replace it.").arg(path)});
    auto bytes = ExportService(a.workspace()).outcomesCsv(a.isSet(deidentify));
    if (!bytes)
        return ctx.fail(bytes.error(), exitCodeForKind(bytes.error().kind()));
    return writeOutput(ctx, path, *bytes, a.isSet(force));
}

} // namespace
} // namespace gradus::cli::exports

namespace gradus::cli {

CliCommand exportCommand()
{
    using namespace exports;
    return CliCommand(
        QStringLiteral("export"),
        Tr::tr("Export data: outcomes (CSV), FHIR, calendar reminders, programmes, templates"),
        {
            {QStringLiteral("outcomes"),
             Tr::tr("Pain, activity and outcome scores of every patient, one row per value"),
             outcomes},
            {QStringLiteral("fhir"), Tr::tr("A patient's record as a FHIR R4 bundle (JSON)"), fhir},
            {QStringLiteral("ics"), Tr::tr("A programme's reminders as an iCalendar file (.ics)"),
             ics},
            {QStringLiteral("programme"), Tr::tr("A programme for another clinic or desk (JSON)"),
             programme},
            {QStringLiteral("template"), Tr::tr("A clinic template for another clinic (JSON)"),
             programmeTemplate},
        });
}

} // namespace gradus::cli
