#include "HandoutCommand.h"

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

QString HandoutCommand::summary() const
{
    return tr("Write a patient's exercise handout as PDF");
}

int HandoutCommand::run(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the handout of programme PROGRAMME_ID to FILE as PDF: the clinic header, each "
           "exercise with its picture, dose and cues, pacing advice, the activity plan, a diary "
           "and the urgent-help box. Without PROGRAMME_ID, --patient and --exercises make a "
           "handout of the listed exercises, each with its library default dose. Nothing is "
           "written when the patient's safety check refuses the handout."));
    parser.addPositionalArgument(QStringLiteral("PROGRAMME_ID"), tr("The programme to print."),
                                 QStringLiteral("[PROGRAMME_ID]"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Where to write the PDF."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   tr("a4 or letter (default: the clinic setting)."),
                                   QStringLiteral("SIZE"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        tr("The handout's language, e.g. de (default: --language before the command, else the "
           "patient's preferred language, else the clinic's handout language when one is set, "
           "else the language of messages; English when there is no translation)."),
        QStringLiteral("CODE"));
    const QCommandLineOption clinician(QStringLiteral("clinician"),
                                       tr("The physiotherapist named on the handout."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption patient(QStringLiteral("patient"),
                                     tr("With --exercises: the patient's record id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption exercises(
        QStringLiteral("exercises"),
        tr("Instead of a programme: exercise ids or stable ids, comma-separated, in order."),
        QStringLiteral("LIST"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace FILE if it exists."));
    for (const auto& option : {out, paper, language, clinician, patient, exercises, force})
        parser.addOption(option);
    if (auto stop = parse(ctx, parser, name(), args))
        return *stop;

    const QStringList positional = parser.positionalArguments();
    const bool adHoc = parser.isSet(exercises) || parser.isSet(patient);
    if (parser.value(out).isEmpty())
        return ctx.usage(tr("handout needs --out FILE.pdf."));
    if (adHoc && !positional.isEmpty())
        return ctx.usage(tr("Give either PROGRAMME_ID or --patient with --exercises, not both."));
    if (!adHoc && positional.size() != 1)
        return ctx.usage(tr("handout needs one PROGRAMME_ID (or --patient and --exercises)."));
    if (adHoc && (!parser.isSet(exercises) || !parser.isSet(patient)))
        return ctx.usage(tr("--patient and --exercises go together."));
    const QString paperValue = parser.value(paper).trimmed().toLower();
    if (!paperValue.isEmpty() && paperValue != QLatin1String("a4") &&
        paperValue != QLatin1String("letter"))
        return ctx.usage(tr("--paper must be a4 or letter, not \"%1\".").arg(parser.value(paper)));
    const QString file = parser.value(out);
    if (!parser.isSet(force) && QFileInfo::exists(file))
        return ctx.fail(Error{QStringLiteral("handout.exists"),
                              tr("%1 already exists; add --force to replace it.").arg(file)});

    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Workspace& workspace = **ws;

    Programme programme;
    if (adHoc) {
        bool ok = false;
        const qint64 patientId = parser.value(patient).toLongLong(&ok);
        if (!ok || patientId <= 0)
            return ctx.usage(
                tr("--patient must be a record id, not \"%1\".").arg(parser.value(patient)));
        QList<Exercise> chosen;
        ExerciseRepository repository(workspace);
        for (const QString& id :
             parser.value(exercises).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto exercise = repository.find(id.trimmed());
            if (!exercise)
                return ctx.usage(exercise.error().message);
            chosen.append(*exercise);
        }
        if (chosen.isEmpty())
            return ctx.usage(tr("--exercises lists no exercise."));
        programme = HandoutContent::adHocProgramme(patientId, chosen, {});
    } else {
        bool ok = false;
        const qint64 id = positional.first().toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.usage(
                tr("PROGRAMME_ID must be a record id, not \"%1\".").arg(positional.first()));
        auto loaded = loadProgramme(workspace, id);
        if (!loaded)
            return ctx.fail(loaded.error());
        programme = *loaded;
    }

    HandoutContent::Options options;
    options.clinician = parser.value(clinician);
    options.language = parser.isSet(language) ? parser.value(language) : ctx.languageOverride();
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

} // namespace gradus::cli
