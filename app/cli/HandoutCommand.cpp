#include "Commands.h"

#include "CliArguments.h"
#include "Workspace.h"
#include "handout/HandoutContent.h"
#include "report/PdfReportWriter.h"
#include "services/HandoutAssembly.h"
#include "services/HandoutCheck.h"
#include "services/HandoutExport.h"
#include "services/ProgrammeSource.h"
#include "settings/ClinicSettings.h"
#include "storage/ExerciseRepository.h"

#include <QFileInfo>

namespace gradus::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HandoutCommand)
};

// For --patient ID --exercises LIST: a programme of the listed exercises (stable or record
// ids, in order), each at its library default dose. An error is the command line's.
Result<Programme> listedExercises(Workspace& workspace, const QString& patientText,
                                  const QString& list)
{
    const auto patientId = parseRecordId(patientText, Tr::tr("patient"));
    if (!patientId)
        return patientId.error();
    QList<Exercise> chosen;
    ExerciseRepository repository(workspace);
    for (const QString& id : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto exercise = repository.find(id.trimmed());
        if (!exercise)
            return exercise.error();
        chosen.append(*exercise);
    }
    if (chosen.isEmpty())
        return usageError(Tr::tr("--exercises lists no exercise."));
    return HandoutContent::adHocProgramme(*patientId, chosen, {});
}

int run(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("Where to write the PDF."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   Tr::tr("a4 or letter (default: the clinic setting)."),
                                   QStringLiteral("SIZE"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        Tr::tr("The handout's language, e.g. de (default: --language before the command, else the "
               "patient's preferred language, else the clinic's handout language when one is set, "
               "else the language of messages; English when there is no translation)."),
        QStringLiteral("CODE"));
    const QCommandLineOption clinician(QStringLiteral("clinician"),
                                       Tr::tr("The physiotherapist named on the handout."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption patient(QStringLiteral("patient"),
                                     Tr::tr("With --exercises: the patient's record id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption exercises(
        QStringLiteral("exercises"),
        Tr::tr("Instead of a programme: exercise ids or stable ids, comma-separated, in order."),
        QStringLiteral("LIST"));
    const QCommandLineOption force(QStringLiteral("force"), Tr::tr("Replace FILE if it exists."));
    // The store is opened once the options have been checked.
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("handout"),
         .description = Tr::tr(
             "Write the handout of programme PROGRAMME_ID to FILE as PDF: the clinic header, each "
             "exercise with its picture, dose and cues, pacing advice, the activity plan, a diary "
             "and the urgent-help box. Without PROGRAMME_ID, --patient and --exercises make a "
             "handout of the listed exercises, each with its library default dose. Nothing is "
             "written when the patient's safety check refuses the handout."),
         .positionals = {{.name = QStringLiteral("PROGRAMME_ID"),
                          .description = Tr::tr("The programme to print."),
                          .idOf = Tr::tr("programme"),
                          .optional = true}},
         .options = {out, paper, language, clinician, patient, exercises, force}});
    if (auto stop = a.stop())
        return *stop;

    const bool adHoc = a.isSet(exercises) || a.isSet(patient);
    if (a.value(out).isEmpty())
        return ctx.usage(Tr::tr("handout needs --out FILE.pdf."));
    if (adHoc && a.has(0))
        return ctx.usage(
            Tr::tr("Give either PROGRAMME_ID or --patient with --exercises, not both."));
    if (!adHoc && !a.has(0))
        return ctx.usage(Tr::tr("handout needs one PROGRAMME_ID (or --patient and --exercises)."));
    if (adHoc && (!a.isSet(exercises) || !a.isSet(patient)))
        return ctx.usage(Tr::tr("--patient and --exercises go together."));
    const QString paperValue = a.value(paper).trimmed().toLower();
    if (!paperValue.isEmpty() && paperValue != QLatin1String("a4") &&
        paperValue != QLatin1String("letter"))
        return ctx.usage(Tr::tr("--paper must be a4 or letter, not \"%1\".").arg(a.value(paper)));
    const QString file = a.value(out);
    if (!a.isSet(force) && QFileInfo::exists(file))
        return ctx.fail(Error{QStringLiteral("handout.exists"),
                              Tr::tr("%1 already exists; add --force to replace it.").arg(file)});

    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Workspace& workspace = **ws;

    Programme programme;
    if (adHoc) {
        auto listed = listedExercises(workspace, a.value(patient), a.value(exercises));
        if (!listed)
            return ctx.usage(listed.error().message);
        programme = *listed;
    } else {
        auto loaded = loadProgramme(workspace, a.id(0));
        if (!loaded)
            return ctx.fail(loaded.error());
        programme = *loaded;
    }

    HandoutContent::Options options;
    options.clinician = a.value(clinician);
    options.language = a.isSet(language) ? a.value(language) : ctx.languageOverride();
    auto content = HandoutAssembly::assemble(workspace, programme, options);
    if (!content)
        return ctx.fail(content.error());
    const QPageSize pageSize = PdfReportWriter::pageSizeFromSetting(
        paperValue.isEmpty() ? workspace.settings().stringValue(ClinicSettings::Key::PaperSize)
                             : paperValue);
    auto written = HandoutExport::writePdf(workspace, *content, applicationHandoutCheck(programme),
                                           file, pageSize);
    if (!written)
        return ctx.fail(written.error(), exitCodeForKind(written.error().kind()));
    if (!written->languageNote.isEmpty())
        ctx.err() << written->languageNote << "\n";
    // Like `export outcomes`: stdout names what was written, for the script's next step.
    ctx.out() << file << Qt::endl;
    return ExitOk;
}

} // namespace

// `gradus-cli handout PROGRAMME_ID --out FILE.pdf [--paper a4|letter] [--language xx]`, or
// for ad-hoc prescriptions `gradus-cli handout --patient ID --exercises a,b,c --out FILE.pdf`
// (each exercise with its library default dose). The safety gate runs first; on refusal or
// bad input no file is written and the exit code is non-zero.
CliCommand handoutCommand()
{
    return CliCommand(QStringLiteral("handout"),
                      Tr::tr("Write a patient's exercise handout as PDF"), run);
}

} // namespace gradus::cli
