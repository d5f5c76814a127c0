#include "Commands.h"

#include "CliArguments.h"
#include "VisitCliSupport.h"
#include "Workspace.h"
#include "storage/MeasureRepository.h"
#include "storage/PatientRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gradus::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MeasureCommand)
};

int add(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption type(QStringLiteral("type"),
                                  Tr::tr("odi, rmdq, startback, psfs or tsk."),
                                  QStringLiteral("INSTRUMENT"));
    const QCommandLineOption answers(
        QStringLiteral("answers"), Tr::tr("The answers, comma-separated."), QStringLiteral("LIST"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  Tr::tr("When it was taken (default today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption visit(QStringLiteral("visit"), Tr::tr("The visit it was taken at."),
                                   QStringLiteral("ID"));
    const QCommandLineOption episode(QStringLiteral("episode"), Tr::tr("The episode of care."),
                                     QStringLiteral("ID"));
    const QCommandLineOption activities(
        QStringLiteral("activities"),
        Tr::tr(
            "PSFS only: the activities, separated by ';', named at the first PSFS of an episode."),
        QStringLiteral("A;B;C"));
    const QCommandLineOption clinician(QStringLiteral("clinician"),
                                       Tr::tr("Who records it (default: your user name)."),
                                       QStringLiteral("NAME"));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("measure add"),
         .description = Tr::tr(
             "Record an outcome measure for patient PATIENT_ID. Answers are by item number, in "
             "the same LIST format as 'gradus-cli score'. Prints the new measure's id."),
         .positionals = {{QStringLiteral("PATIENT_ID"), Tr::tr("The patient's id."),
                          Tr::tr("patient")}},
         .options = {type, answers, date, visit, episode, activities, clinician},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 patient = a.id(0);
    const auto instrument = Instruments::fromCode(a.value(type));
    if (!instrument)
        return ctx.usage(Tr::tr("measure add needs --type odi, rmdq, startback, psfs or tsk."));
    if (!a.isSet(answers))
        return ctx.usage(Tr::tr("measure add needs --answers LIST."));
    auto parsed = OutcomeScoring::parseAnswers(*instrument, a.value(answers));
    if (!parsed)
        return ctx.usage(parsed.error().message);

    MeasureInput input;
    input.patientId = patient;
    input.instrument = *instrument;
    input.answers = *parsed;
    input.takenOn = ctx.clock().today();
    if (a.isSet(date)) {
        auto d = VisitCliSupport::parseDate(a.value(date), QStringLiteral("--date"));
        if (!d)
            return ctx.usage(d.error().message);
        input.takenOn = *d;
    }
    for (const auto& [option, target] :
         {std::pair{&visit, &input.visitId}, std::pair{&episode, &input.episodeId}}) {
        if (!a.isSet(*option))
            continue;
        auto id = VisitCliSupport::parseId(a.value(*option),
                                           QStringLiteral("--") + option->names().first());
        if (!id)
            return ctx.usage(id.error().message);
        *target = *id;
    }
    if (a.isSet(activities)) {
        if (*instrument != Instrument::Psfs)
            return ctx.usage(Tr::tr("--activities is for PSFS only."));
        input.psfsActivities = a.value(activities).split(u';');
    }

    MeasureRepository repo(a.workspace());
    auto id = repo.add(input, VisitCliSupport::clinician(a.parser(), clinician));
    if (!id)
        return VisitCliSupport::fail(ctx, id.error());
    if (a.json()) {
        auto m = repo.find(*id);
        if (!m)
            return ctx.fail(m.error());
        ctx.printJson(VisitCliSupport::json(*m));
    } else {
        ctx.out() << *id << Qt::endl;
        // Saved, but worth knowing (ODI with 3+ sections unanswered): stderr, so stdout stays
        // just the id.
        if (auto m = repo.find(*id))
            for (const QString& warning : m->score.warnings)
                ctx.err() << Tr::tr("gradus-cli: warning: %1").arg(warning) << Qt::endl;
    }
    return ExitOk;
}

int list(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption type(QStringLiteral("type"), Tr::tr("Only this instrument."),
                                  QStringLiteral("INSTRUMENT"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 Tr::tr("Include measures marked as entered in error."));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("measure list"),
         .description = Tr::tr("List the outcome measures of patient PATIENT_ID, oldest "
                               "first."),
         .positionals = {{QStringLiteral("PATIENT_ID"), Tr::tr("The patient's id."),
                          Tr::tr("patient")}},
         .options = {type, all},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 patient = a.id(0);
    std::optional<Instrument> instrument;
    if (a.isSet(type)) {
        instrument = Instruments::fromCode(a.value(type));
        if (!instrument)
            return ctx.usage(Tr::tr("--type must be odi, rmdq, startback, psfs or tsk."));
    }
    if (auto known = PatientRepository(a.workspace()).get(patient); !known)
        return ctx.fail(known.error());
    MeasureRepository repo(a.workspace());
    auto measures = repo.listForPatient(patient, instrument, a.isSet(all));
    if (!measures)
        return ctx.fail(measures.error());
    if (a.json()) {
        QJsonArray array;
        for (const Measure& m : *measures)
            array.append(VisitCliSupport::json(m));
        ctx.printJson(array);
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    out << Tr::tr("id      date        measure      score            band") << "\n";
    for (const Measure& m : *measures) {
        out << QString::number(m.id).leftJustified(8) << m.takenOn.toString(Qt::ISODate) << "  "
            << Instruments::shortName(m.instrument).leftJustified(13)
            << OutcomeScoring::formatScore(m.score).leftJustified(17)
            << OutcomeScoring::bandLabel(m.instrument, m.score.band)
            << VisitCliSupport::revisionMarker(m) << "\n";
    }
    out.flush();
    return ExitOk;
}

int show(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(ctx, args,
                    {.usageName = QStringLiteral("measure show"),
                     .description = Tr::tr("Show measure MEASURE_ID with every revision."),
                     .positionals = {{QStringLiteral("MEASURE_ID"), Tr::tr("The measure's id."),
                                      Tr::tr("measure")}},
                     .json = true,
                     .store = true});
    if (auto stop = a.stop())
        return *stop;
    return VisitCliSupport::showWithHistory<MeasureRepository>(
        ctx, a, [](QTextStream& out, const MeasureRevision& r) {
            out << Tr::tr("Revision %1, %2 by %3%4: %5 %6 [%7]")
                       .arg(r.revision)
                       .arg(r.recordedAt.toLocalTime().toString(Qt::ISODate), r.recordedBy,
                            r.reason.isEmpty() ? QString() : QStringLiteral(" (") + r.reason + u')',
                            r.takenOn.toString(Qt::ISODate), OutcomeScoring::formatScore(r.score),
                            OutcomeScoring::formatAnswers(r.answers))
                << (r.enteredInError ? Tr::tr(" [entered in error]") : QString()) << "\n";
        });
}

int amend(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption answers(QStringLiteral("answers"), Tr::tr("The corrected answers."),
                                     QStringLiteral("LIST"));
    const QCommandLineOption date(QStringLiteral("date"), Tr::tr("The corrected date."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption reason(QStringLiteral("reason"), Tr::tr("Why it is corrected."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption clinician(
        QStringLiteral("clinician"), Tr::tr("Who makes the correction (default: your user name)."),
        QStringLiteral("NAME"));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("measure amend"),
         .description = Tr::tr("Correct measure MEASURE_ID; the original is kept. Prints "
                               "the new revision number."),
         .positionals = {{QStringLiteral("MEASURE_ID"), Tr::tr("The measure's id."),
                          Tr::tr("measure")}},
         .options = {answers, date, reason, clinician},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 id = a.id(0);
    if (a.value(reason).trimmed().isEmpty())
        return ctx.usage(Tr::tr("measure amend needs --reason TEXT."));
    MeasureRepository repo(a.workspace());
    auto current = repo.find(id);
    if (!current)
        return ctx.fail(current.error());
    MeasureAnswers newAnswers = current->answers;
    QDate takenOn = current->takenOn;
    if (a.isSet(answers)) {
        auto parsed = OutcomeScoring::parseAnswers(current->instrument, a.value(answers));
        if (!parsed)
            return ctx.usage(parsed.error().message);
        newAnswers = *parsed;
    }
    if (a.isSet(date)) {
        auto d = VisitCliSupport::parseDate(a.value(date), QStringLiteral("--date"));
        if (!d)
            return ctx.usage(d.error().message);
        takenOn = *d;
    }
    auto revision = repo.amend(id, takenOn, newAnswers,
                               VisitCliSupport::clinician(a.parser(), clinician), a.value(reason));
    return VisitCliSupport::printAmended(ctx, a.json(), id, revision);
}

} // namespace

// `gradus-cli measure add|list|show|amend`: outcome measures (ODI, RMDQ, STarT Back, PSFS,
// TSK-17) recorded by item number and scored on the way in.
CliCommand measureCommand()
{
    return CliCommand(
        QStringLiteral("measure"), Tr::tr("Record, list, show and amend outcome measures"),
        {
            {QStringLiteral("add"), Tr::tr("Record a measure for a patient; prints the measure id"),
             add},
            {QStringLiteral("list"), Tr::tr("List a patient's measures"), list},
            {QStringLiteral("show"), Tr::tr("Show a measure with its amendment history"), show},
            {QStringLiteral("amend"), Tr::tr("Correct a measure; the original is kept"), amend},
        });
}

} // namespace gradus::cli
