#include "Commands.h"

#include "CliArguments.h"
#include "PatientJson.h"
#include "Workspace.h"
#include "i18n/DataTexts.h"
#include "model/VisitClinician.h"
#include "safety/RedFlagCatalog.h"
#include "services/HandoutGate.h"
#include "services/PatientRecords.h"
#include "services/RedFlagScreens.h"
#include "settings/DeskSettings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gradus::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScreenCommand)
};

int failure(CliContext& ctx, const Error& error)
{
    if (error.code.startsWith(u"screen."_qs))
        return ctx.fail(error, ExitUsage);
    return ctx.fail(error, PatientArgs::exitCodeFor(error));
}

QJsonObject screenJson(const RedFlagScreen& s)
{
    const auto& catalog = DataTexts::display().redFlagCatalog();
    QJsonArray flags;
    for (const auto& code : s.flags) {
        const auto* def = catalog.find(code);
        QJsonObject flag{{u"code"_qs, code},
                         {u"tier"_qs, def ? def->tier : QString()},
                         {u"label"_qs, def ? def->label : QString()},
                         {u"decision"_qs, QJsonValue()},
                         {u"note"_qs, QJsonValue()},
                         {u"decided_by"_qs, QJsonValue()},
                         {u"decided_at"_qs, QJsonValue()}};
        if (const auto it = s.flagDecisions.constFind(code); it != s.flagDecisions.cend()) {
            flag.insert(u"decision"_qs, redFlagDecisionCode(it->decision));
            flag.insert(u"note"_qs, it->note);
            flag.insert(u"decided_by"_qs, it->decidedBy);
            flag.insert(u"decided_at"_qs, it->decidedAt.toUTC().toString(Qt::ISODate));
        }
        flags.append(flag);
    }
    return QJsonObject{
        {u"id"_qs, s.id},
        {u"patient_id"_qs, s.patientId},
        {u"date"_qs, s.date.toString(Qt::ISODate)},
        {u"clinician"_qs, s.clinician},
        {u"flags"_qs, flags},
        {u"decision"_qs, s.decision ? QJsonValue(redFlagDecisionCode(*s.decision)) : QJsonValue()},
        {u"note"_qs, s.note},
        {u"decided_by"_qs, s.decision ? QJsonValue(s.decidedBy) : QJsonValue()},
        {u"unresolved"_qs, s.unresolved()}};
}

QCommandLineOption decisionOption()
{
    return {u"decision"_qs, Tr::tr("referred, discussed or not_applicable."), u"D"_qs};
}

std::optional<RedFlagDecision> decisionArg(const QString& text)
{
    return redFlagDecisionFromCode(text.trimmed().toLower().replace(u'-', u'_'));
}

int codes(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(
        ctx, args,
        {.usageName = u"screen codes"_qs,
         .description = Tr::tr("List the red-flag codes.\nJSON: an array of objects with "
                               "code, tier, label, action (what the app suggests) and "
                               "source."),
         .json = true});
    if (auto stop = a.stop())
        return *stop;
    const auto& catalog = DataTexts::display().redFlagCatalog();
    if (a.json()) {
        QJsonArray array;
        for (const auto& f : catalog.flags()) {
            const auto* tier = catalog.tier(f.tier);
            array.append(QJsonObject{{u"code"_qs, f.code},
                                     {u"tier"_qs, f.tier},
                                     {u"label"_qs, f.label},
                                     {u"action"_qs, tier ? tier->action : QString()},
                                     {u"source"_qs, tier ? tier->source : QString()}});
        }
        ctx.printJson(array);
        return ExitOk;
    }
    for (const auto& tier : catalog.tiers()) {
        ctx.out() << tier.label << " — " << tier.action << "\n";
        for (const auto& f : catalog.flagsOfTier(tier.id))
            ctx.out() << "  " << f.code.leftJustified(26) << f.label << "\n";
    }
    return ExitOk;
}

int record(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption flag(u"flag"_qs, Tr::tr("A red-flag code present (repeatable)."),
                                  u"CODE"_qs);
    const QCommandLineOption decision = decisionOption();
    const QCommandLineOption note(
        u"note"_qs, Tr::tr("What was decided (required with --decision)."), u"TEXT"_qs);
    const QCommandLineOption date(u"date"_qs, Tr::tr("Screen date, YYYY-MM-DD (default today)."),
                                  u"DATE"_qs);
    const QCommandLineOption clinician(u"clinician"_qs, Tr::tr("Who screened (default: you)."),
                                       u"NAME"_qs);
    const CliArgs a(
        ctx, args,
        {.usageName = u"screen record"_qs,
         .description =
             Tr::tr("Record a red-flag screen. Without --flag the screen is clear. A "
                    "positive screen without --decision blocks handouts until one is "
                    "recorded ('screen decide'). Prints the screen's id (with --json, the "
                    "screen)."),
         .positionals = {{u"PATIENT_ID"_qs, Tr::tr("The patient's id."), Tr::tr("patient")}},
         .options = {flag, decision, note, date, clinician},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const QCommandLineParser& parser = a.parser();
    RedFlagScreen s;
    s.patientId = a.id(0);
    for (const auto& value : parser.values(flag))
        for (const auto& code : value.split(u',', Qt::SkipEmptyParts))
            s.flags.append(code.trimmed());
    if (parser.isSet(decision)) {
        s.decision = decisionArg(parser.value(decision));
        if (!s.decision)
            return ctx.usage(Tr::tr("--decision must be referred, discussed or not_applicable (not "
                                    "'%1').")
                                 .arg(parser.value(decision)));
    }
    s.note = parser.value(note);
    if (parser.isSet(date)) {
        s.date = PatientArgs::parseDate(parser.value(date));
        if (!s.date.isValid())
            return ctx.usage(Tr::tr("--date must be a date written YYYY-MM-DD (not '%1').")
                                 .arg(parser.value(date)));
    }
    s.clinician =
        parser.isSet(clinician) ? parser.value(clinician) : DeskSettings().clinicianName();
    Workspace& ws = a.workspace();
    if (auto patient = PatientRecords(ws).get(s.patientId); !patient)
        return failure(ctx, patient.error());
    auto id = RedFlagScreens(ws).record(s);
    if (!id)
        return failure(ctx, id.error());
    if (a.json()) {
        auto stored = RedFlagScreens(ws).screen(*id);
        if (!stored)
            return ctx.fail(stored.error());
        ctx.printJson(screenJson(*stored));
    } else {
        ctx.out() << *id << "\n";
    }
    return ExitOk;
}

int decide(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption flag(u"flag"_qs, Tr::tr("A red-flag code of the screen (repeatable)."),
                                  u"CODE"_qs);
    const QCommandLineOption decision = decisionOption();
    const QCommandLineOption note(u"note"_qs, Tr::tr("What was decided."), u"TEXT"_qs);
    const QCommandLineOption clinician(u"clinician"_qs, Tr::tr("Who decided (default: you)."),
                                       u"NAME"_qs);
    const CliArgs a(
        ctx, args,
        {.usageName = u"screen decide"_qs,
         .description = Tr::tr(
             "Record the decision on red flags of a screen that have none yet: the flags named "
             "with --flag, or without it every undecided flag of the screen. A decision is never "
             "changed afterwards. Each flag keeps its own decision; a later screen does not "
             "decide an earlier flag ('screen show' lists the undecided ones)."),
         .positionals = {{u"SCREEN_ID"_qs, Tr::tr("The screen's id."), Tr::tr("screen")}},
         .options = {flag, decision, note, clinician}});
    if (auto stop = a.stop())
        return *stop;
    const QCommandLineParser& parser = a.parser();
    const qint64 id = a.id(0);
    const auto d = decisionArg(parser.value(decision));
    if (!d)
        return ctx.usage(Tr::tr("--decision must be referred, discussed or not_applicable."));
    const QString who =
        parser.isSet(clinician) ? parser.value(clinician) : DeskSettings().clinicianName();
    QList<RedFlagRef> flags;
    for (const auto& value : parser.values(flag))
        for (const auto& code : value.split(u',', Qt::SkipEmptyParts))
            flags.append({id, code.trimmed()});
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    RedFlagScreens screens(**ws);
    const Status st = flags.isEmpty() ? screens.decideScreen(id, *d, parser.value(note), who)
                                      : screens.decide(flags, *d, parser.value(note), who);
    if (!st)
        return failure(ctx, st.error());
    return ExitOk;
}

int show(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(
        ctx, args,
        {.usageName = u"screen show"_qs,
         .description = Tr::tr(
             "Show a patient's red-flag screens, oldest first, each flag with its decision.\n"
             "JSON: {patient_id, latest, unresolved (a flag of any screen has no decision: "
             "handouts are held back), undecided: [{screen_id, date, code, tier, label}], screens: "
             "[{id, date, clinician, flags: [{code, tier, label, decision, note, decided_by, "
             "decided_at}], decision, note, decided_by (a decision recorded for the whole screen "
             "at "
             "once), unresolved}]}."),
         .positionals = {{u"PATIENT_ID"_qs, Tr::tr("The patient's id."), Tr::tr("patient")}},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 patientId = a.id(0);
    Workspace& ws = a.workspace();
    if (auto patient = PatientRecords(ws).get(patientId); !patient)
        return failure(ctx, patient.error());
    auto screens = RedFlagScreens(ws).forPatient(patientId);
    if (!screens)
        return ctx.fail(screens.error());
    auto undecided = HandoutGate::undecided(ws, patientId);
    if (!undecided)
        return ctx.fail(undecided.error());
    if (a.json()) {
        QJsonArray array;
        for (const auto& s : *screens)
            array.append(screenJson(s));
        const auto& catalog = RedFlagCatalog::builtIn();
        QJsonArray open;
        for (const auto& f : *undecided) {
            const auto* def = catalog.find(f.code);
            open.append(QJsonObject{{u"screen_id"_qs, f.screenId},
                                    {u"date"_qs, f.screenDate.toString(Qt::ISODate)},
                                    {u"code"_qs, f.code},
                                    {u"tier"_qs, def ? def->tier : QString()},
                                    {u"label"_qs, def ? def->label : QString()}});
        }
        ctx.printJson(QJsonObject{{u"patient_id"_qs, patientId},
                                  {u"latest"_qs, screens->isEmpty()
                                                     ? QJsonValue()
                                                     : QJsonValue(screenJson(screens->last()))},
                                  {u"unresolved"_qs, !undecided->isEmpty()},
                                  {u"undecided"_qs, open},
                                  {u"screens"_qs, array}});
        return ExitOk;
    }
    if (screens->isEmpty())
        ctx.out() << Tr::tr("No red-flag screen recorded.") << "\n";
    for (const auto& s : *screens) {
        ctx.out() << s.id << "  " << s.date.toString(Qt::ISODate) << "  " << s.clinician << "  ";
        if (!s.positive())
            ctx.out() << Tr::tr("clear");
        QStringList flags;
        for (const auto& code : s.flags) {
            const auto it = s.flagDecisions.constFind(code);
            flags.append(u"%1 (%2)"_qs.arg(code, it != s.flagDecisions.cend()
                                                     ? redFlagDecisionLabel(it->decision)
                                                     : Tr::tr("NO DECISION")));
        }
        ctx.out() << flags.join(u", ") << "\n";
    }
    if (!undecided->isEmpty())
        ctx.out() << Tr::tr("%n red flag(s) without a decision: handouts are held back.", nullptr,
                            int(undecided->size()))
                  << "\n";
    return ExitOk;
}

int gate(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(
        ctx, args,
        {.usageName = u"screen gate"_qs,
         .description = Tr::tr("Check whether a handout may be printed or exported for a patient: "
                               "exit 0 when allowed, 1 with the reason while a red flag of any "
                               "screen has no decision."),
         .positionals = {{u"PATIENT_ID"_qs, Tr::tr("The patient's id."), Tr::tr("patient")}},
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 patientId = a.id(0);
    Workspace& ws = a.workspace();
    if (auto patient = PatientRecords(ws).get(patientId); !patient)
        return failure(ctx, patient.error());
    if (auto st = HandoutGate::check(ws, patientId); !st) {
        ctx.fail(st.error());
        ctx.err() << Tr::tr("Record a decision: gradus-cli screen decide SCREEN_ID [--flag CODE] "
                            "--decision referred|discussed|not_applicable --note TEXT")
                  << Qt::endl;
        return exitCodeForKind(st.error().kind());
    }
    ctx.out() << Tr::tr("Handouts allowed.") << "\n";
    return ExitOk;
}

} // namespace

// `gradus-cli screen codes|record|decide|show|gate`: the red-flag screen (CLINICAL.md 1) and
// the handout gate it drives.
CliCommand screenCommand()
{
    return CliCommand(
        QStringLiteral("screen"),
        Tr::tr("Red-flag screen: list codes, record a screen and decision, show, check the gate"),
        {
            {u"codes"_qs, Tr::tr("List the red-flag codes by tier"), codes},
            {u"record"_qs, Tr::tr("Record a red-flag screen for a patient"), record},
            {u"decide"_qs, Tr::tr("Record the decision on a screen's undecided flags"), decide},
            {u"show"_qs, Tr::tr("Show a patient's screens"), show},
            {u"gate"_qs, Tr::tr("Check whether a handout may be printed for a patient"), gate},
        });
}

} // namespace gradus::cli
