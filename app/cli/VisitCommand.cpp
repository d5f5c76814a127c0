#include "Commands.h"

#include "CliArguments.h"
#include "VisitCliSupport.h"
#include "model/VisitValidator.h"
#include "storage/VisitRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gradus::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VisitCommand)
};

// The options that set a field of a visit, shared by `add` and `amend`.
struct FieldOptions
{
    QCommandLineOption date{QStringLiteral("date"), Tr::tr("Date of the visit."),
                            QStringLiteral("YYYY-MM-DD")};
    QCommandLineOption time{QStringLiteral("time"), Tr::tr("Time of the visit."),
                            QStringLiteral("HH:MM")};
    QCommandLineOption pain{QStringLiteral("pain"), Tr::tr("Pain now, NPRS 0-10."),
                            QStringLiteral("N")};
    QCommandLineOption painBest{QStringLiteral("pain-best"),
                                Tr::tr("Best pain in the last 24 h, 0-10."), QStringLiteral("N")};
    QCommandLineOption painWorst{QStringLiteral("pain-worst"),
                                 Tr::tr("Worst pain in the last 24 h, 0-10."), QStringLiteral("N")};
    QCommandLineOption painExercise{QStringLiteral("pain-exercise"),
                                    Tr::tr("Pain during exercise, 0-10."), QStringLiteral("N")};
    QCommandLineOption painMorning{QStringLiteral("pain-morning"),
                                   Tr::tr("Pain the next morning, 0-10."), QStringLiteral("N")};
    QCommandLineOption activity{QStringLiteral("activity"),
                                Tr::tr("The daily activity counted (default walking)."),
                                QStringLiteral("NAME")};
    QCommandLineOption activityMinutes{QStringLiteral("activity-minutes"),
                                       Tr::tr("Minutes of that activity a day."),
                                       QStringLiteral("M")};
    QCommandLineOption steps{QStringLiteral("steps"), Tr::tr("Steps a day."), QStringLiteral("N")};
    QCommandLineOption adherence{
        QStringLiteral("adherence"),
        Tr::tr("Sessions done of sessions prescribed since the last visit."),
        QStringLiteral("DONE/PLANNED")};
    QCommandLineOption legs{QStringLiteral("legs"),
                            Tr::tr("Leg symptoms: none, centralising, stable or "
                                   "peripheralising."),
                            QStringLiteral("STATE")};
    QCommandLineOption neuro{QStringLiteral("neuro"), Tr::tr("New neurological signs were found.")};
    QCommandLineOption noNeuro{QStringLiteral("no-neuro"),
                               Tr::tr("No new neurological signs (amend only).")};
    QCommandLineOption notes{QStringLiteral("notes"), Tr::tr("Free notes."),
                             QStringLiteral("TEXT")};

    // --no-neuro exists for amendments only; asking the parser about an option it was never
    // given makes Qt warn "option not defined" on every `visit add`.
    bool amending = false;

    // The options for the CliSpec of `add` (amendment false) or `amend`.
    QList<QCommandLineOption> options(bool amendment)
    {
        amending = amendment;
        QList<QCommandLineOption> list = {date,        time,      pain,
                                          painBest,    painWorst, painExercise,
                                          painMorning, activity,  activityMinutes,
                                          steps,       adherence, legs,
                                          neuro,       notes};
        if (amending)
            list << noNeuro;
        return list;
    }

    // Applies every option given to `r`; options not given leave the field as it is.
    Status apply(const QCommandLineParser& p, VisitRecord& r) const
    {
        if (p.isSet(date)) {
            auto d = VisitCliSupport::parseDate(p.value(date), QStringLiteral("--date"));
            if (!d)
                return d.error();
            r.date = *d;
        }
        if (p.isSet(time)) {
            const QTime t = QTime::fromString(p.value(time), QStringLiteral("H:mm"));
            if (!t.isValid())
                return Error{QStringLiteral("usage"),
                             Tr::tr("--time must be HH:MM, not '%1'.").arg(p.value(time))};
            r.time = t;
        }
        const auto pain0to10 = [&](const QCommandLineOption& o,
                                   std::optional<int>& field) -> Status {
            if (!p.isSet(o))
                return {};
            auto v =
                VisitValidator::parsePain(p.value(o), QStringLiteral("--") + o.names().first());
            if (!v)
                return v.error();
            field = *v;
            return {};
        };
        std::optional<int> now;
        for (auto [o, field] :
             {std::pair{&pain, &now}, std::pair{&painBest, &r.painBest},
              std::pair{&painWorst, &r.painWorst}, std::pair{&painExercise, &r.painExercise},
              std::pair{&painMorning, &r.painNextMorning}}) {
            if (auto st = pain0to10(*o, *field); !st)
                return st;
        }
        if (now)
            r.painNow = *now;
        if (p.isSet(activity))
            r.activityLabel = p.value(activity).trimmed();
        if (p.isSet(activityMinutes)) {
            auto v = VisitCliSupport::parseInt(p.value(activityMinutes),
                                               QStringLiteral("--activity-minutes"), 0,
                                               VisitValidator::kMaxActivityMinutes);
            if (!v)
                return v.error();
            r.activityMinutes = *v;
            if (r.activityLabel.isEmpty())
                r.activityLabel = Tr::tr("walking");
        }
        if (p.isSet(steps)) {
            auto v = VisitCliSupport::parseInt(p.value(steps), QStringLiteral("--steps"), 0,
                                               VisitValidator::kMaxSteps);
            if (!v)
                return v.error();
            r.steps = *v;
        }
        if (p.isSet(adherence)) {
            auto v = VisitValidator::parseAdherence(p.value(adherence));
            if (!v)
                return v.error();
            r.sessionsDone = v->first;
            r.sessionsPlanned = v->second;
        }
        if (p.isSet(legs)) {
            const auto v = VisitValidator::legSymptomsFromCode(p.value(legs));
            if (!v || *v == LegSymptoms::NotRecorded)
                return Error{QStringLiteral("usage"),
                             Tr::tr("--legs must be none, centralising, stable or "
                                    "peripheralising, not '%1'.")
                                 .arg(p.value(legs))};
            r.legSymptoms = *v;
        }
        const bool noNeuroSet = amending && p.isSet(noNeuro);
        if (p.isSet(neuro) && noNeuroSet)
            return Error{QStringLiteral("usage"), Tr::tr("Give --neuro or --no-neuro, not both.")};
        if (p.isSet(neuro))
            r.newNeuroSigns = true;
        if (noNeuroSet)
            r.newNeuroSigns = false;
        if (p.isSet(notes))
            r.notes = p.value(notes);
        return {};
    }
};

// `--clear` names optional fields to empty in an amendment (a value recorded by mistake).
Status clearFields(const QString& list, VisitRecord& r)
{
    for (const QString& raw : list.split(u',', Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed();
        if (name == QLatin1String("time"))
            r.time.reset();
        else if (name == QLatin1String("pain-best"))
            r.painBest.reset();
        else if (name == QLatin1String("pain-worst"))
            r.painWorst.reset();
        else if (name == QLatin1String("pain-exercise"))
            r.painExercise.reset();
        else if (name == QLatin1String("pain-morning"))
            r.painNextMorning.reset();
        else if (name == QLatin1String("activity-minutes")) {
            r.activityMinutes.reset();
            r.activityLabel.clear();
        } else if (name == QLatin1String("steps"))
            r.steps.reset();
        else if (name == QLatin1String("adherence")) {
            r.sessionsDone.reset();
            r.sessionsPlanned.reset();
        } else if (name == QLatin1String("legs"))
            r.legSymptoms = LegSymptoms::NotRecorded;
        else if (name == QLatin1String("notes"))
            r.notes.clear();
        else
            return Error{QStringLiteral("usage"),
                         Tr::tr("--clear cannot clear '%1'; it takes time, pain-best, "
                                "pain-worst, pain-exercise, pain-morning, "
                                "activity-minutes, steps, adherence, legs, notes.")
                             .arg(name)};
    }
    return {};
}

QString optionalText(const std::optional<int>& v)
{
    return v ? QString::number(*v) : QStringLiteral("-");
}

int add(CliContext& ctx, const QStringList& args)
{
    FieldOptions fields;
    const QCommandLineOption episode(QStringLiteral("episode"), Tr::tr("The episode of care."),
                                     QStringLiteral("ID"));
    const QCommandLineOption clinician(QStringLiteral("clinician"),
                                       Tr::tr("Who saw the patient (default: your user name)."),
                                       QStringLiteral("NAME"));
    // The store is opened once every option has been checked, as before.
    const CliArgs a(ctx, args,
                    {.usageName = QStringLiteral("visit add"),
                     .description = Tr::tr("Record a visit for patient PATIENT_ID. Prints the new "
                                           "visit's id."),
                     .positionals = {{QStringLiteral("PATIENT_ID"), Tr::tr("The patient's id."),
                                      Tr::tr("patient")}},
                     .options = fields.options(false) << episode << clinician,
                     .json = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 patient = a.id(0);
    if (!a.isSet(fields.date))
        return ctx.usage(Tr::tr("visit add needs --date YYYY-MM-DD."));
    if (!a.isSet(fields.pain))
        return ctx.usage(Tr::tr("visit add needs --pain N (pain now, 0-10)."));

    VisitRecord record;
    record.clinician = VisitCliSupport::clinician(a.parser(), clinician);
    if (auto st = fields.apply(a.parser(), record); !st)
        return VisitCliSupport::fail(ctx, st.error());
    std::optional<qint64> episodeId;
    if (a.isSet(episode)) {
        auto e = VisitCliSupport::parseId(a.value(episode), QStringLiteral("--episode"));
        if (!e)
            return ctx.usage(e.error().message);
        episodeId = *e;
    }
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    VisitRepository repo(**ws);
    auto id = repo.add(patient, episodeId, record, record.clinician);
    if (!id)
        return VisitCliSupport::fail(ctx, id.error());
    if (a.json())
        ctx.printJson(QJsonObject{{QStringLiteral("id"), *id}});
    else
        ctx.out() << *id << Qt::endl;
    return ExitOk;
}

int list(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption all(QStringLiteral("all"),
                                 Tr::tr("Include visits marked as entered in error."));
    const CliArgs a(ctx, args,
                    {.usageName = QStringLiteral("visit list"),
                     .description = Tr::tr("List the visits of patient PATIENT_ID, oldest first."),
                     .positionals = {{QStringLiteral("PATIENT_ID"), Tr::tr("The patient's id."),
                                      Tr::tr("patient")}},
                     .options = {all},
                     .json = true,
                     .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 patient = a.id(0);
    VisitRepository repo(a.workspace());
    if (auto st = repo.checkPatient(patient); !st)
        return ctx.fail(st.error());
    auto visits = repo.listForPatient(patient, a.isSet(all));
    if (!visits)
        return ctx.fail(visits.error());
    if (a.json()) {
        QJsonArray array;
        for (const Visit& v : *visits)
            array.append(VisitCliSupport::json(v));
        ctx.printJson(array);
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    out << Tr::tr("id      date        pain  best-worst  activity  adherence  legs") << "\n";
    for (const Visit& v : *visits) {
        const VisitRecord& r = v.record;
        out << QString::number(v.id).leftJustified(8) << r.date.toString(Qt::ISODate) << "  "
            << QString::number(r.painNow).leftJustified(6)
            << (r.painBest || r.painWorst
                    ? optionalText(r.painBest) + u'-' + optionalText(r.painWorst)
                    : QStringLiteral("-"))
                   .leftJustified(12)
            << (r.activityMinutes ? Tr::tr("%1 min").arg(*r.activityMinutes) : QStringLiteral("-"))
                   .leftJustified(10)
            << (r.sessionsDone
                    ? QStringLiteral("%1/%2").arg(*r.sessionsDone).arg(*r.sessionsPlanned)
                    : QStringLiteral("-"))
                   .leftJustified(11)
            << VisitValidator::legSymptomsLabel(r.legSymptoms) << VisitCliSupport::revisionMarker(v)
            << "\n";
    }
    out.flush();
    return ExitOk;
}

int show(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("visit show"),
         .description = Tr::tr("Show visit VISIT_ID with every revision."),
         .positionals = {{QStringLiteral("VISIT_ID"), Tr::tr("The visit's id."), Tr::tr("visit")}},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    return VisitCliSupport::showWithHistory<VisitRepository>(
        ctx, a, [](QTextStream& out, const VisitRevision& r) {
            out << (r.revision == 1
                        ? Tr::tr("Revision 1 (original), %1 by %2")
                              .arg(r.recordedAt.toLocalTime().toString(Qt::ISODate), r.recordedBy)
                        : Tr::tr("Revision %1, %2 by %3: %4")
                              .arg(r.revision)
                              .arg(r.recordedAt.toLocalTime().toString(Qt::ISODate), r.recordedBy,
                                   r.reason))
                << (r.enteredInError ? Tr::tr(" [entered in error]") : QString()) << "\n"
                << Tr::tr("  %1, pain %2 (best %3, worst %4), clinician %5")
                       .arg(r.record.date.toString(Qt::ISODate))
                       .arg(r.record.painNow)
                       .arg(optionalText(r.record.painBest), optionalText(r.record.painWorst),
                            r.record.clinician)
                << "\n";
        });
}

int amend(CliContext& ctx, const QStringList& args)
{
    FieldOptions fields;
    const QCommandLineOption reason(QStringLiteral("reason"), Tr::tr("Why the visit is corrected."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption clear(QStringLiteral("clear"),
                                   Tr::tr("Comma-separated optional fields to empty."),
                                   QStringLiteral("FIELDS"));
    const QCommandLineOption who(QStringLiteral("clinician"),
                                 Tr::tr("Who makes the correction (default: your user name)."),
                                 QStringLiteral("NAME"));
    const QCommandLineOption visitClinician(QStringLiteral("visit-clinician"),
                                            Tr::tr("Correct the name of who saw the patient."),
                                            QStringLiteral("NAME"));
    // The store is opened once --reason has been checked, as before.
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("visit amend"),
         .description = Tr::tr(
             "Correct visit VISIT_ID. The fields given replace those of the current revision; the "
             "original and every earlier revision are kept. Prints the new revision number."),
         .positionals = {{QStringLiteral("VISIT_ID"), Tr::tr("The visit's id."), Tr::tr("visit")}},
         .options = fields.options(true) << reason << clear << who << visitClinician,
         .json = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 id = a.id(0);
    if (a.value(reason).trimmed().isEmpty())
        return ctx.usage(Tr::tr("visit amend needs --reason TEXT: the original is kept and the "
                                "reason is shown with the correction."));
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    VisitRepository repo(**ws);
    auto current = repo.find(id);
    if (!current)
        return ctx.fail(current.error());
    VisitRecord corrected = current->record;
    if (a.isSet(clear))
        if (auto st = clearFields(a.value(clear), corrected); !st)
            return VisitCliSupport::fail(ctx, st.error());
    if (auto st = fields.apply(a.parser(), corrected); !st)
        return VisitCliSupport::fail(ctx, st.error());
    if (a.isSet(visitClinician))
        corrected.clinician = a.value(visitClinician).trimmed();
    auto revision =
        repo.amend(id, corrected, VisitCliSupport::clinician(a.parser(), who), a.value(reason));
    return VisitCliSupport::printAmended(ctx, a.json(), id, revision);
}

} // namespace

// `gradus-cli visit add|list|show|amend`: visits of a patient. A saved visit is never
// overwritten; `amend` adds a revision with who and why, and `show` prints the history.
CliCommand visitCommand()
{
    return CliCommand(
        QStringLiteral("visit"), Tr::tr("Record, list, show and amend visits"),
        {
            {QStringLiteral("add"), Tr::tr("Record a visit for a patient; prints the visit id"),
             add},
            {QStringLiteral("list"), Tr::tr("List a patient's visits"), list},
            {QStringLiteral("show"), Tr::tr("Show a visit with its amendment history"), show},
            {QStringLiteral("amend"), Tr::tr("Correct a visit; the original is kept"), amend},
        });
}

} // namespace gradus::cli
