#include "ProgrammeCommand.h"

#include "CliArguments.h"
#include "PatientJson.h"
#include "ProgrammeArgs.h"
#include "programmes/DoseValidator.h"
#include "programmes/ProgrammeJson.h"
#include "services/ProgrammeEdits.h"
#include "storage/ExerciseRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/ProgrammeTemplateRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gradus::cli::programmes {
namespace {

// Tells the user on stderr when a change went into the draft of an active programme (the
// patient's copy is never changed).
void sayWhereTheChangeWent(CliContext& ctx, qint64 id, const ProgrammeEdits::Edited& edited)
{
    if (edited.programme.id == id || edited.activeId == 0)
        return;
    ctx.err() << CliCommand::tr("gradus-cli: programme %1 is active, so the change goes into "
                                "draft version %2 (id %3); the patient keeps version %4 "
                                "until 'gradus-cli programme activate %3'.")
                     .arg(id)
                     .arg(edited.programme.version)
                     .arg(edited.programme.id)
                     .arg(edited.activeVersion)
              << Qt::endl;
}

int create(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("Programme name."),
                                  QStringLiteral("N"));
    const QCommandLineOption goal(QStringLiteral("goal"), Tr::tr("Goal."), QStringLiteral("TEXT"));
    const QCommandLineOption start(
        QStringLiteral("start"), Tr::tr("Start date (yyyy-MM-dd; today)."), QStringLiteral("DATE"));
    const QCommandLineOption review(QStringLiteral("review"), Tr::tr("Review date (yyyy-MM-dd)."),
                                    QStringLiteral("DATE"));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("programme create"),
         .description = Tr::tr(
             "Start a draft programme for the patient, in their open episode (one is opened today "
             "when none is). Prints the programme id."),
         .positionals = {{QStringLiteral("PATIENT_ID"), Tr::tr("The patient's id."),
                          Tr::tr("patient")}},
         .options = {name, goal, start, review},
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 patientId = a.id(0);
    if (!a.isSet(name) || a.value(name).trimmed().isEmpty())
        return ctx.usage(Tr::tr("programme create needs --name."));
    Programme p;
    p.patientId = patientId;
    p.name = a.value(name);
    p.goal = a.value(goal);
    p.startDate = ctx.clock().today();
    for (const auto& [option, target] :
         {std::pair{&start, &p.startDate}, std::pair{&review, &p.reviewDate}}) {
        if (!a.isSet(*option))
            continue;
        const auto day = isoDate(a.value(*option));
        if (!day)
            return ctx.usage(Tr::tr("--%1 must be a date as yyyy-MM-dd, found '%2'.")
                                 .arg(option->names().first(), a.value(*option)));
        *target = *day;
    }
    auto id = ProgrammeRepository(a.workspace()).create(p);
    if (!id) {
        const bool bad = id.error().code.endsWith(QLatin1String(".invalid")) ||
                         id.error().code.endsWith(QLatin1String(".not_found"));
        return ctx.fail(id.error(), bad ? ExitUsage : ExitFailure);
    }
    ctx.out() << *id << "\n";
    return ExitOk;
}

// The options of `programme add` that say what the patient does.
struct DoseOptions
{
    QCommandLineOption sets, reps, hold, minutes, metres, perDay, days, rest;
    QCommandLineOption side, perSide, load, tempo, note;

    QList<const QCommandLineOption*> numbers() const
    {
        return {&sets, &reps, &hold, &minutes, &metres, &perDay, &days, &rest};
    }
    QList<QCommandLineOption> all() const
    {
        return {sets, reps, hold,    minutes, metres, perDay, days,
                rest, side, perSide, load,    tempo,  note};
    }
};

DoseOptions doseOptions()
{
    auto number = [](const char* name, const QString& help) {
        return QCommandLineOption(QLatin1String(name), help, QStringLiteral("N"));
    };
    auto text = [](const char* name, const QString& help) {
        return QCommandLineOption(QLatin1String(name), help, QStringLiteral("TEXT"));
    };
    return {
        number("sets", Tr::tr("Sets (1-10; default 1).")),
        number("reps", Tr::tr("Repetitions per set, or holds with --hold.")),
        number("hold", Tr::tr("Seconds each hold lasts (1-300).")),
        number("minutes", Tr::tr("Minutes (1-180).")),
        number("metres", Tr::tr("Metres (1-50000).")),
        number("per-day", Tr::tr("Bouts per day (1-12; default 1).")),
        number("days-per-week", Tr::tr("Days per week (1-7; default: the exercise's usual days, at "
                                       "most 3 for loaded exercises).")),
        number("rest", Tr::tr("Rest between sets in seconds (0-600).")),
        QCommandLineOption(QStringLiteral("side"), Tr::tr("left, right, both or alternate."),
                           QStringLiteral("SIDE")),
        QCommandLineOption(QStringLiteral("per-side"),
                           Tr::tr("Repetitions or holds are done on each side.")),
        text("load", Tr::tr("Load or resistance.")),
        text("tempo", Tr::tr("Tempo.")),
        text("note", Tr::tr("Note to the patient.")),
    };
}

// The prescription the dose options describe, checked as far as it can be without the
// exercise (its days per week are 7 until the exercise's usual days replace them, unless
// `daysGiven`). A problem is a usage error that names the option.
Result<Prescription> prescriptionFrom(const CliArgs& a, const DoseOptions& o, bool& daysGiven)
{
    // Read the numbers; an option given with a non-number is named.
    QHash<QString, int> values;
    for (const QCommandLineOption* option : o.numbers()) {
        if (!a.isSet(*option))
            continue;
        bool ok = false;
        const int v = a.value(*option).toInt(&ok);
        if (!ok)
            return usageError(Tr::tr("--%1 must be a whole number, found '%2'.")
                                  .arg(option->names().first(), a.value(*option)));
        values.insert(option->names().first(), v);
    }
    const bool hasReps = values.contains(QStringLiteral("reps"));
    const bool hasHold = values.contains(QStringLiteral("hold"));
    const bool hasMinutes = values.contains(QStringLiteral("minutes"));
    const bool hasMetres = values.contains(QStringLiteral("metres"));
    const int measures = int(hasReps || hasHold) + int(hasMinutes) + int(hasMetres);
    if (measures != 1)
        return usageError(
            Tr::tr("Give exactly one of --reps, --hold SECONDS --reps R, --minutes or "
                   "--metres."));
    if (hasHold && !hasReps)
        return usageError(Tr::tr("--hold needs --reps (how many holds per set)."));

    Prescription p;
    Dose& d = p.dose;
    d.type = hasHold      ? DoseType::Hold
             : hasReps    ? DoseType::Repetitions
             : hasMinutes ? DoseType::Duration
                          : DoseType::Distance;
    d.sets = values.value(QStringLiteral("sets"), 1);
    d.reps = values.value(QStringLiteral("reps"), 0);
    d.holdSeconds = values.value(QStringLiteral("hold"), 0);
    d.minutes = values.value(QStringLiteral("minutes"), 0);
    d.metres = values.value(QStringLiteral("metres"), 0);
    d.timesPerDay = values.value(QStringLiteral("per-day"), 1);
    daysGiven = values.contains(QStringLiteral("days-per-week"));
    d.daysPerWeek = values.value(QStringLiteral("days-per-week"), 7);
    d.perSide = a.isSet(o.perSide);
    p.restSeconds = values.value(QStringLiteral("rest"), 0);
    if (a.isSet(o.side)) {
        const auto parsed = sideFromName(a.value(o.side));
        if (!parsed || *parsed == PrescribedSide::NotApplicable)
            return usageError(Tr::tr("--side must be left, right, both or alternate, found '%1'.")
                                  .arg(a.value(o.side)));
        p.side = *parsed;
    }
    p.load = a.value(o.load);
    p.tempo = a.value(o.tempo);
    p.patientNote = a.value(o.note);
    p.exerciseId = 1; // the real id comes with the exercise; lets the dose be checked first
    if (auto st = DoseValidator::check(p); !st)
        return usageError(st.error().message);
    return p;
}

int add(CliContext& ctx, const QStringList& args)
{
    const DoseOptions dose = doseOptions();
    const QCommandLineOption section(
        QStringLiteral("section"),
        Tr::tr("Section to add to (made when missing; default the last "
               "section, or \"Exercises\")."),
        QStringLiteral("NAME"));
    const QCommandLineOption ifVersion = PatientArgs::ifVersionOption();
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("programme add"),
         .description = Tr::tr(
             "Add an exercise to a programme with its dose: --sets and exactly one of --reps, "
             "--hold with --reps, --minutes or --metres, of a kind the exercise allows ('exercise "
             "show ID' lists its dose_types: no walking in sets of repetitions, no plank in "
             "minutes). On an active programme the change goes into its draft version (made when "
             "needed; its id is printed)."),
         .positionals = {{QStringLiteral("PROGRAMME_ID"), Tr::tr("The programme's id."),
                          Tr::tr("programme")},
                         {QStringLiteral("EXERCISE_ID"),
                          Tr::tr("Stable id (bird_dog) or record id of the exercise.")}},
         .options = dose.all() << section << ifVersion,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 programmeId = a.id(0);
    bool daysGiven = false;
    auto p = prescriptionFrom(a, dose, daysGiven);
    if (!p)
        return ctx.usage(p.error().message);
    auto exercise = ExerciseRepository(a.workspace()).find(a.text(1));
    if (!exercise)
        return ctx.fail(exercise.error(), ExitUsage);
    p->exerciseId = exercise->id;
    // Loaded work is 2-3 days a week, not daily, unless the clinician says otherwise.
    if (!daysGiven)
        p->dose.daysPerWeek = DoseValidator::startingDose(*exercise).daysPerWeek;
    if (auto st = DoseValidator::check(p->dose, *exercise); !st)
        return ctx.usage(st.error().message);

    const auto basedOn = PatientArgs::parseIfVersion(a.parser(), ifVersion);
    if (!basedOn)
        return ctx.usage(basedOn.error().message);
    auto edited = ProgrammeEdits(a.workspace())
                      .addPrescription(programmeId, *p,
                                       a.isSet(section) ? a.value(section) : QString(), *basedOn);
    if (!edited)
        return ctx.fail(edited.error(), PatientArgs::exitCodeFor(edited.error()));
    sayWhereTheChangeWent(ctx, programmeId, *edited);
    ctx.out() << edited->programme.id << "\n";
    return ExitOk;
}

int remove(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption ifVersion = PatientArgs::ifVersionOption();
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("programme remove"),
         .description = Tr::tr(
             "Remove an exercise (its first occurrence) from a programme. On an active programme "
             "the change goes into its draft version; the id changed is printed."),
         .positionals = {{QStringLiteral("PROGRAMME_ID"), Tr::tr("The programme's id."),
                          Tr::tr("programme")},
                         {QStringLiteral("EXERCISE_ID"),
                          Tr::tr("Stable id or record id of the exercise.")}},
         .options = {ifVersion},
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 programmeId = a.id(0);
    auto exercise = ExerciseRepository(a.workspace()).find(a.text(1));
    if (!exercise)
        return ctx.fail(exercise.error(), ExitUsage);
    ProgrammeRepository repository(a.workspace());
    auto existing = repository.get(programmeId);
    if (!existing)
        return ctx.fail(existing.error(), ExitUsage);
    bool present = false;
    for (const ProgrammeSection& s : existing->sections)
        for (const Prescription& p : s.prescriptions)
            present = present || p.exerciseId == exercise->id;
    if (!present)
        return ctx.usage(
            Tr::tr("Programme %1 does not include '%2'.").arg(programmeId).arg(a.text(1)));
    const auto basedOn = PatientArgs::parseIfVersion(a.parser(), ifVersion);
    if (!basedOn)
        return ctx.usage(basedOn.error().message);
    auto edited = ProgrammeEdits(a.workspace()).removeExercise(programmeId, exercise->id, *basedOn);
    if (!edited)
        return ctx.fail(edited.error(), PatientArgs::exitCodeFor(edited.error()));
    sayWhereTheChangeWent(ctx, programmeId, *edited);
    ctx.out() << edited->programme.id << "\n";
    return ExitOk;
}

int show(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(ctx, args,
                    {.usageName = QStringLiteral("programme show"),
                     .description = Tr::tr("Show a programme (any version) with its doses."),
                     .positionals = {{QStringLiteral("ID"), Tr::tr("The programme's id."),
                                      Tr::tr("programme")}},
                     .json = true,
                     .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 id = a.id(0);
    auto p = ProgrammeRepository(a.workspace()).get(id);
    if (!p)
        return ctx.fail(p.error());
    auto refs = ProgrammeTemplateRepository(a.workspace()).exerciseRefs();
    if (!refs)
        return ctx.fail(refs.error());
    if (a.json()) {
        ctx.printJson(ProgrammeJson::programmeToJson(*p, *refs));
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    out << p->name << "  [" << statusName(p->status) << ", " << Tr::tr("version %1").arg(p->version)
        << "]\n";
    if (!p->goal.isEmpty())
        out << Tr::tr("Goal: %1").arg(p->goal) << "\n";
    if (p->startDate.isValid())
        out << Tr::tr("Start: %1").arg(p->startDate.toString(Qt::ISODate)) << "\n";
    if (p->reviewDate.isValid())
        out << Tr::tr("Review: %1").arg(p->reviewDate.toString(Qt::ISODate)) << "\n";
    for (const ProgrammeSection& s : std::as_const(p->sections)) {
        out << "\n" << s.name << "\n";
        for (const Prescription& item : s.prescriptions) {
            const ExerciseRef ref = refs->value(item.exerciseId);
            // The record id first: `pacing plan` takes it.
            out << "  " << QStringLiteral("#%1").arg(item.id).leftJustified(6) << " "
                << ref.stableId.leftJustified(22) << " " << ref.name << ": "
                << describeDose(item.dose);
            if (item.side != PrescribedSide::NotApplicable)
                out << " (" << sideLabel(item.side).toLower() << ")";
            out << "\n";
        }
    }
    return ExitOk;
}

int list(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(ctx, args,
                    {.usageName = QStringLiteral("programme list"),
                     .description = Tr::tr(
                         "List a patient's programmes, each at its newest version, newest first."),
                     .positionals = {{QStringLiteral("PATIENT_ID"), Tr::tr("The patient's id."),
                                      Tr::tr("patient")}},
                     .json = true,
                     .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 patientId = a.id(0);
    auto list = ProgrammeRepository(a.workspace()).forPatient(patientId);
    if (!list)
        return ctx.fail(list.error());
    if (a.json()) {
        QJsonArray array;
        for (const Programme& p : std::as_const(*list)) {
            QJsonObject o = ProgrammeJson::programmeToJson(p, {});
            o.remove(QStringLiteral("sections"));
            array.append(o);
        }
        ctx.printJson(array);
        return ExitOk;
    }
    for (const Programme& p : std::as_const(*list))
        ctx.out() << p.id << "  " << p.name << "  [" << statusName(p.status) << ", "
                  << Tr::tr("version %1").arg(p.version) << "]\n";
    return ExitOk;
}

int activate(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption ifVersion = PatientArgs::ifVersionOption();
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("programme activate"),
         .description = Tr::tr(
             "Give a draft programme to the patient. The version it replaces is superseded and "
             "kept. Refused (exit 1) while the programme holds an exercise a safety rule says to "
             "avoid for this patient and no reason to keep it is recorded ('programme check' "
             "lists the findings; 'programme override' records the reason)."),
         .positionals = {{QStringLiteral("ID"), Tr::tr("The draft's id."), Tr::tr("programme")}},
         .options = {ifVersion},
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 id = a.id(0);
    const auto basedOn = PatientArgs::parseIfVersion(a.parser(), ifVersion);
    if (!basedOn)
        return ctx.usage(basedOn.error().message);
    if (auto st = ProgrammeEdits(a.workspace()).activate(id, *basedOn); !st) {
        // A draft that cannot be activated is the caller's mistake (2); a conflict or a busy
        // store is not.
        const Error& e = st.error();
        const bool environment = e.kind() == ErrorKind::Conflict ||
                                 e.kind() == ErrorKind::Refused || e.kind() == ErrorKind::Busy ||
                                 e.code.startsWith(QLatin1String("transaction."));
        return ctx.fail(e, environment ? exitCodeForKind(e.kind()) : ExitUsage);
    }
    return ExitOk;
}

} // namespace
} // namespace gradus::cli::programmes

namespace gradus::cli {

// `gradus-cli programme create|add|remove|show|list|activate|template`: exercise programmes.
//
// Versioning: `add` and `remove` on an ACTIVE programme never change what the patient was
// given. They make (or reuse) the programme's draft version, change that, say so on stderr
// and print the draft's id on stdout; `programme activate DRAFT_ID` then gives it to the
// patient and supersedes the old version. On a draft they change it in place.
CliCommand programmeCommand()
{
    using namespace programmes;
    return CliCommand(
        QStringLiteral("programme"),
        Tr::tr("Exercise programmes: create, add, remove, show, list, activate, templates"),
        {
            {QStringLiteral("create"),
             Tr::tr("Start a draft programme for a patient; prints its id"), create},
            {QStringLiteral("add"), Tr::tr("Add an exercise with its dose"), add},
            {QStringLiteral("remove"), Tr::tr("Remove an exercise"), remove},
            {QStringLiteral("show"), Tr::tr("Show a programme with its doses"), show},
            {QStringLiteral("list"), Tr::tr("List a patient's programmes"), list},
            {QStringLiteral("activate"),
             Tr::tr("Give a draft to the patient (supersedes the old version)"), activate},
            {QStringLiteral("template"), Tr::tr("Clinic templates: list, save, apply"), templates},
            {QStringLiteral("check"),
             Tr::tr("Check a programme against the patient's safety rules"), check},
            {QStringLiteral("override"), Tr::tr("Keep an \"avoid\" exercise, with your reason"),
             keepWithReason},
        });
}

} // namespace gradus::cli
