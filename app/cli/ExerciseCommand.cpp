#include "ExerciseCommand.h"

#include "CliArguments.h"
#include "exercises/ExerciseJson.h"
#include "exercises/ExerciseTransfer.h"
#include "i18n/DataTexts.h"
#include "illustration/ExercisePicture.h"
#include "storage/ExerciseRepository.h"
#include "util/PrivateFile.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gradus::cli::exercises {
namespace {

QJsonObject summaryJson(const Exercise& e, bool withIllustration)
{
    QJsonObject json = ExerciseJson::toJson(e, false);
    if (!withIllustration)
        json.remove(QStringLiteral("illustration"));
    json.insert(QStringLiteral("record_id"), e.id);
    json.insert(QStringLiteral("origin"), enumName(e.origin));
    json.insert(QStringLiteral("retired"), e.retired);
    json.insert(QStringLiteral("edited"), e.edited);
    json.insert(QStringLiteral("has_picture"), e.hasImage());
    if (!e.basedOn.isEmpty())
        json.insert(QStringLiteral("based_on"), e.basedOn);
    return json;
}

template <typename E> QString labels(const QList<E>& values)
{
    QStringList out;
    for (E v : values)
        out << enumLabel(v);
    return out.join(QStringLiteral(", "));
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    return PrivateFile::write(path, bytes);
}

} // namespace

QJsonObject showJson(const Exercise& exercise)
{
    const std::optional<Exercise> e = DataTexts::display().exercise(exercise);
    return summaryJson(*e, true);
}

namespace {

int list(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption all(QStringLiteral("all"), Tr::tr("Include retired exercises."));
    const QCommandLineOption category(
        QStringLiteral("category"),
        Tr::tr("Only this category (%1).")
            .arg(enumNames<ExerciseCategory>().join(QStringLiteral(", "))),
        QStringLiteral("CATEGORY"));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("exercise list"),
         .description = Tr::tr(
             "List the exercises in use (not retired), by name. In --json output \"id\" is the "
             "stable text id and \"record_id\" the database id."),
         .options = {all, category},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    std::optional<ExerciseCategory> only;
    if (a.isSet(category)) {
        only = enumFromName<ExerciseCategory>(a.value(category));
        if (!only)
            return ctx.usage(Tr::tr("Unknown category '%1' (one of: %2).")
                                 .arg(a.value(category),
                                      enumNames<ExerciseCategory>().join(QStringLiteral(", "))));
    }
    ExerciseRepository repository(a.workspace());
    auto exercises = repository.list(a.isSet(all) ? ExerciseRepository::Retired::Include
                                                  : ExerciseRepository::Retired::Exclude);
    if (!exercises)
        return ctx.fail(exercises.error());
    // Built-in exercises in the language of messages (`exercise export` keeps the originals).
    QList<Exercise> shown;
    for (const Exercise& e : std::as_const(*exercises))
        if (!only || e.category == *only)
            shown << DataTexts::display().exercise(e);
    if (a.json()) {
        QJsonArray array;
        for (const Exercise& e : std::as_const(shown))
            array.append(summaryJson(e, false));
        ctx.printJson(array);
        return ExitOk;
    }
    int width = 4;
    for (const Exercise& e : std::as_const(shown))
        width = std::max(width, int(e.stableId.size()));
    QTextStream& out = ctx.out();
    for (const Exercise& e : std::as_const(shown)) {
        out << e.stableId.leftJustified(width + 2) << e.name;
        out << "  [" << enumName(e.category);
        if (e.retired)
            out << ", " << Tr::tr("retired");
        if (!e.isBuiltIn())
            out << ", " << Tr::tr("clinic");
        out << "]\n";
    }
    out.flush();
    return ExitOk;
}

int show(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("exercise show"),
         .description =
             Tr::tr("Show one exercise in full. ID is the stable id (bird_dog) or the record id."),
         .positionals = {{QStringLiteral("ID"), Tr::tr("The exercise.")}},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    ExerciseRepository repository(a.workspace());
    auto found = repository.find(a.text(0));
    if (!found)
        return ctx.fail(found.error());
    const std::optional<Exercise> e = DataTexts::display().exercise(*found);
    if (a.json()) {
        auto current = version(a.workspace(), found->id);
        if (!current)
            return ctx.fail(current.error());
        QJsonObject o = summaryJson(*e, true);
        o.insert(QStringLiteral("version"), *current);
        ctx.printJson(o);
        return ExitOk;
    }
    const ExerciseProperties& p = e->properties;
    QTextStream& out = ctx.out();
    out << e->name << "  (" << e->stableId << ", #" << e->id << ")\n";
    if (!e->summary.isEmpty())
        out << e->summary << "\n";
    out << "\n"
        << Tr::tr("Category:        %1").arg(enumLabel(e->category)) << "\n"
        << Tr::tr("Position:        %1").arg(enumLabel(p.position)) << "\n"
        << Tr::tr("Equipment:       %1")
               .arg(p.equipment.isEmpty() ? Tr::tr("none") : labels(p.equipment))
        << "\n"
        << Tr::tr("Spinal movement: %1%2")
               .arg(labels(p.spinalMovements),
                    p.endRange ? Tr::tr(" (to end of range)") : QString())
        << "\n"
        << Tr::tr("Spinal load:     %1").arg(enumLabel(p.spinalLoad)) << "\n"
        << Tr::tr("Impact:          %1").arg(enumLabel(p.impact)) << "\n"
        << Tr::tr("External load:   %1").arg(p.loaded ? Tr::tr("yes") : Tr::tr("no")) << "\n"
        << Tr::tr("Balance demand:  %1").arg(enumLabel(p.balance)) << "\n"
        << Tr::tr("Default dose:    %1").arg(describeDose(e->dose)) << "\n";
    if (!e->regressions.isEmpty())
        out << Tr::tr("Easier:          %1").arg(e->regressions.join(QStringLiteral(", "))) << "\n";
    if (!e->progressions.isEmpty())
        out << Tr::tr("Harder:          %1").arg(e->progressions.join(QStringLiteral(", ")))
            << "\n";
    out << Tr::tr("Status:          %1").arg(e->retired ? Tr::tr("retired") : Tr::tr("in use"))
        << (e->isBuiltIn()
                ? (e->edited ? Tr::tr(", built-in (edited by the clinic)") : Tr::tr(", built-in"))
                : Tr::tr(", the clinic's own"))
        << "\n\n"
        << Tr::tr("Instructions:") << "\n";
    for (int i = 0; i < e->instructions.size(); ++i)
        out << "  " << i + 1 << ". " << e->instructions.at(i) << "\n";
    if (!e->feel.isEmpty()) {
        out << Tr::tr("You should feel:") << "\n";
        for (const QString& line : e->feel)
            out << "  - " << line << "\n";
    }
    if (!e->stopIf.isEmpty()) {
        out << Tr::tr("Stop and tell your physiotherapist if:") << "\n";
        for (const QString& line : e->stopIf)
            out << "  - " << line << "\n";
    }
    if (!e->source.isEmpty())
        out << "\n" << Tr::tr("Source: %1").arg(e->source) << "\n";
    out.flush();
    return ExitOk;
}

int exportExercises(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       Tr::tr("Write to FILE instead of standard output."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption clinicOnly(QStringLiteral("clinic-only"),
                                        Tr::tr("Only the clinic's own exercises."));
    const QCommandLineOption force(QStringLiteral("force"), Tr::tr("Replace FILE if it exists."));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("exercise export"),
         .description = Tr::tr(
             "Write exercises, with the clinic's pictures, to a JSON file that 'exercise import' "
             "reads. Without ID, every exercise is written."),
         .positionals = {{.name = QStringLiteral("ID"),
                          .description = Tr::tr("Exercises to write (stable or record ids)."),
                          .optional = true,
                          .many = true}},
         .options = {outOption, clinicOnly, force},
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const QString out = a.value(outOption);
    if (!out.isEmpty() && QFileInfo::exists(out) && !a.isSet(force))
        return ctx.fail(
            Error{QStringLiteral("file.exists"),
                  Tr::tr("%1 already exists; choose another name or add --force.").arg(out)});
    ExerciseRepository repository(a.workspace());
    QList<Exercise> chosen;
    if (a.positionals().isEmpty()) {
        auto all = repository.list();
        if (!all)
            return ctx.fail(all.error());
        for (const Exercise& e : std::as_const(*all)) {
            if (a.isSet(clinicOnly) && e.isBuiltIn())
                continue;
            auto full = repository.byId(e.id); // with the picture
            if (!full)
                return ctx.fail(full.error());
            chosen << *full;
        }
    } else {
        for (const QString& id : a.positionals()) {
            auto e = repository.find(id);
            if (!e)
                return ctx.fail(e.error());
            if (!a.isSet(clinicOnly) || !e->isBuiltIn())
                chosen << *e;
        }
    }
    const QByteArray bytes = ExerciseTransfer::exportJson(chosen, ctx.clock().now());
    if (out.isEmpty()) {
        ctx.out() << QString::fromUtf8(bytes);
        ctx.out().flush();
        return ExitOk;
    }
    if (auto st = writeFile(out, bytes); !st)
        return ctx.fail(st.error());
    ctx.out() << Tr::tr("Exercises written to %1: %2").arg(out).arg(chosen.size()) << Qt::endl;
    return ExitOk;
}

int importExercises(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     Tr::tr("Overwrite exercises that are already present."));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("exercise import"),
         .description = Tr::tr(
             "Add exercises from a file written by 'exercise export'. The whole file is checked "
             "first; if anything is wrong nothing is imported. Exercises already present are "
             "skipped unless --replace is given."),
         .positionals = {{QStringLiteral("FILE"), Tr::tr("The exported JSON file.")}},
         .options = {replace},
         .json = true});
    if (auto stop = a.stop())
        return *stop;
    const QString path = a.text(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(Error{QStringLiteral("file.read"),
                              Tr::tr("Could not read %1: %2").arg(path, file.errorString())});
    // Only now, once the command line is known to be right: this command may create the
    // database, and a mistyped option must not leave an empty one behind.
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto report = ExerciseTransfer::importJson(**ws, file.readAll(), path, a.isSet(replace));
    if (!report)
        return ctx.fail(report.error(), report.error().code == QLatin1String("import.invalid")
                                            ? ExitUsage
                                            : ExitFailure);
    if (a.json()) {
        ctx.printJson(
            QJsonObject{{QStringLiteral("added"), QJsonArray::fromStringList(report->added)},
                        {QStringLiteral("replaced"), QJsonArray::fromStringList(report->replaced)},
                        {QStringLiteral("skipped"), QJsonArray::fromStringList(report->skipped)}});
        return ExitOk;
    }
    ctx.out() << Tr::tr("Added %1, replaced %2, skipped %3 (already present).")
                     .arg(report->added.size())
                     .arg(report->replaced.size())
                     .arg(report->skipped.size())
              << Qt::endl;
    return ExitOk;
}

int image(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption outOption(
        QStringLiteral("out"), Tr::tr("The file to write (.png or .svg)."), QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        Tr::tr("Width in pixels, 16 to 8000 (default 800); drawings are 4:3."),
        QStringLiteral("PX"), QStringLiteral("800"));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("exercise image"),
         .description = Tr::tr(
             "Write an exercise's picture: the clinic's own photo when one is attached, otherwise "
             "the drawing. The format follows the file name (.png or .svg); SVG drawings are "
             "vector and print sharply at any size."),
         .positionals = {{QStringLiteral("ID"), Tr::tr("The exercise (stable or record id).")}},
         .options = {outOption, sizeOption},
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const QString out = a.value(outOption);
    if (out.isEmpty())
        return ctx.usage(Tr::tr("exercise image needs --out FILE.png or FILE.svg."));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return ctx.usage(Tr::tr("--out must end in .png or .svg, not '%1'.").arg(out));
    bool ok = false;
    const int size = a.value(sizeOption).toInt(&ok);
    if (!ok || size < 16 || size > 8000)
        return ctx.usage(Tr::tr("--size must be a whole number of pixels from 16 to 8000."));
    ExerciseRepository repository(a.workspace());
    auto e = repository.find(a.text(0));
    if (!e)
        return ctx.fail(e.error());
    QByteArray bytes;
    if (suffix == QLatin1String("svg")) {
        auto svg = ExercisePicture::svg(*e, size);
        if (!svg)
            return ctx.fail(svg.error());
        bytes = *svg;
    } else {
        auto picture = ExercisePicture::image(*e, size);
        if (!picture)
            return ctx.fail(picture.error());
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!picture->save(&buffer, "PNG"))
            return ctx.fail(
                Error{QStringLiteral("image.encode"), Tr::tr("Could not encode the PNG.")});
    }
    if (auto st = writeFile(out, bytes); !st)
        return ctx.fail(st.error());
    ctx.out() << out << Qt::endl;
    return ExitOk;
}

} // namespace
} // namespace gradus::cli::exercises

namespace gradus::cli {

// `gradus-cli exercise list|show|edit|export|import|image`: the exercise library for scripts.
// In JSON output "id" is the stable text id ("bird_dog") and "record_id" the database id;
// every ID argument accepts either.
CliCommand exerciseCommand()
{
    using namespace exercises;
    return CliCommand(
        QStringLiteral("exercise"),
        Tr::tr("The exercise library: list, show, export, import and pictures"),
        {
            {QStringLiteral("list"), Tr::tr("List the exercises"), list},
            {QStringLiteral("show"), Tr::tr("Show one exercise in full"), show},
            {QStringLiteral("edit"), Tr::tr("Rename, describe, retire or restore an exercise"),
             edit},
            {QStringLiteral("export"), Tr::tr("Write exercises to a JSON file"), exportExercises},
            {QStringLiteral("import"), Tr::tr("Add exercises from an exported JSON file"),
             importExercises},
            {QStringLiteral("image"), Tr::tr("Write an exercise's picture as PNG or SVG"), image},
        });
}

} // namespace gradus::cli
