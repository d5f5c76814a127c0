#include "PacingCommand.h"

#include "CliArguments.h"
#include "VisitCliSupport.h"
#include "pacing/PacingJson.h"
#include "settings/ClinicSettings.h"

#include <QFile>
#include <QJsonDocument>

namespace gradus::cli::pacing {
namespace {

// "10,12,11" -> {10, 12, 11}; names the item that is not a number.
Result<QList<double>> parseNumbers(const QString& text)
{
    QList<double> values;
    const QStringList parts = text.split(u',');
    for (const QString& part : parts) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok)
            return usageError(CliCommand::tr("--tolerance must be numbers separated by commas "
                                             "(e.g. 10,12,11); \"%1\" is not a number.")
                                  .arg(part.trimmed()));
        values << v;
    }
    return values;
}

Result<int> parseInt(const QString& option, const QString& text)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok)
        return usageError(
            CliCommand::tr("--%1 must be a whole number, not \"%2\".").arg(option, text));
    return v;
}

QString boutText(const PlanWeek& w)
{
    QStringList parts;
    for (int b : w.bouts)
        parts << QString::number(b);
    return parts.join(QStringLiteral(" + "));
}

} // namespace

Defaults defaults(CliContext& ctx)
{
    Defaults d;
    using K = ClinicSettings::Key;
    const auto documented = [](K key) {
        return ClinicSettings::definition(key).defaultValue.toInt();
    };
    d.plan.baselinePercent = documented(K::PacingBaselinePercent);
    d.plan.weeklyPercent = documented(K::PacingWeeklyPercent);
    d.thresholds.painSafeMax = documented(K::PainSafeMax);
    d.thresholds.painAcceptableMax = documented(K::PainAcceptableMax);
    d.thresholds.badDaysInRow = documented(K::PacingRegressBadDays);
    d.thresholds.regressPercent = documented(K::PacingRegressPercent);
    if (!ctx.storeAvailable())
        return d;
    auto ws = ctx.workspace();
    if (!ws) {
        // A calculator must work without the store: say why the clinic's values are not
        // used, and go on with the documented ones.
        ctx.err() << Tr::tr("gradus-cli: note: clinic settings not read (%1); using the documented "
                            "defaults.")
                         .arg(ws.error().message)
                  << Qt::endl;
        return d;
    }
    const ClinicSettings& settings = (*ws)->settings();
    d.plan.baselinePercent = settings.intValue(K::PacingBaselinePercent);
    d.plan.weeklyPercent = settings.intValue(K::PacingWeeklyPercent);
    d.thresholds = ReviewThresholds::fromSettings(settings);
    d.fromStore = true;
    return d;
}

namespace {

// The options of `pacing plan` that make the plan.
struct PlanOptions
{
    QCommandLineOption tolerance, unit, goal, baseline, weekly, bouts, start;

    QList<QCommandLineOption> all() const
    {
        return {tolerance, unit, goal, baseline, weekly, bouts, start};
    }
};

PlanOptions planOptions()
{
    return {
        QCommandLineOption(
            QStringLiteral("tolerance"),
            Tr::tr("Tolerance measured over several attempts, comma-separated (e.g. 10,12,11)."),
            QStringLiteral("LIST")),
        QCommandLineOption(QStringLiteral("unit"),
                           Tr::tr("Unit of tolerance and goal: %1.").arg(pacingUnit::allKeys()),
                           QStringLiteral("UNIT")),
        QCommandLineOption(QStringLiteral("goal"), Tr::tr("The daily goal (ceiling)."),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("baseline-percent"),
                           Tr::tr("Baseline as % of mean tolerance (50-100; default 80)."),
                           QStringLiteral("PCT")),
        QCommandLineOption(QStringLiteral("weekly-percent"),
                           Tr::tr("Weekly increase as % of the baseline (5-20; default 10)."),
                           QStringLiteral("PCT")),
        QCommandLineOption(QStringLiteral("bouts"),
                           Tr::tr("Split each day's quota into N bouts (1-%1; default 1).")
                               .arg(GradedActivityPlan::kMaxBouts),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("start"),
                           Tr::tr("First day of week 1, YYYY-MM-DD (default: today)."),
                           QStringLiteral("DATE")),
    };
}

// The plan the options ask for; the percentages not given come from the clinic's settings
// when there is a store, else the documented defaults. An error is the command line's.
Result<PlanParameters> planParameters(CliContext& ctx, const CliArgs& a, const PlanOptions& o)
{
    for (const QCommandLineOption* required : {&o.tolerance, &o.unit, &o.goal})
        if (!a.isSet(*required))
            return usageError(
                Tr::tr("pacing plan needs --%1.").arg(required->names().constFirst()));
    PlanParameters p;
    if (!a.isSet(o.baseline) || !a.isSet(o.weekly))
        p = defaults(ctx).plan;
    auto attempts = parseNumbers(a.value(o.tolerance));
    if (!attempts)
        return usageError(attempts.error().message);
    p.toleranceAttempts = *attempts;
    const auto parsedUnit = pacingUnit::fromKey(a.value(o.unit));
    if (!parsedUnit)
        return usageError(Tr::tr("--unit must be one of %1, not \"%2\".")
                              .arg(pacingUnit::allKeys(), a.value(o.unit)));
    p.unit = *parsedUnit;
    bool ok = false;
    p.goal = a.value(o.goal).trimmed().toDouble(&ok);
    if (!ok)
        return usageError(Tr::tr("--goal must be a number, not \"%1\".").arg(a.value(o.goal)));
    const QList<QPair<const QCommandLineOption*, int*>> integers = {
        {&o.baseline, &p.baselinePercent},
        {&o.weekly, &p.weeklyPercent},
        {&o.bouts, &p.boutsPerDay}};
    for (const auto& [option, target] : integers) {
        if (!a.isSet(*option))
            continue;
        auto v = parseInt(option->names().constFirst(), a.value(*option));
        if (!v)
            return usageError(v.error().message);
        *target = *v;
    }
    p.start = ctx.clock().today();
    if (a.isSet(o.start)) {
        p.start = QDate::fromString(a.value(o.start).trimmed(), Qt::ISODate);
        if (!p.start.isValid())
            return usageError(Tr::tr("--start must be a date written YYYY-MM-DD, not \"%1\".")
                                  .arg(a.value(o.start)));
    }
    return p;
}

int plan(CliContext& ctx, const QStringList& args)
{
    const PlanOptions options = planOptions();
    const QCommandLineOption clinicianOption(
        QStringLiteral("clinician"),
        Tr::tr("Who makes a stored plan (default: the operating-system user)."),
        QStringLiteral("NAME"));
    // With a PRESCRIPTION_ID the plan is stored for it; without, this is a calculator that
    // needs no store (and the store, when there is one, is opened only for its settings).
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("pacing plan"),
         .description = Tr::tr(
             "Work out a time-contingent graded activity plan (CLINICAL.md section 3): the "
             "baseline is a percentage of the mean measured tolerance, rounded down to a whole "
             "step; each week adds a percentage of the baseline, rounded to the nearest step "
             "(whole minutes and repetitions, 5-second holds, 10-metre distances), until the "
             "goal, which the last week reaches exactly. Works without a database; when one "
             "exists and no percentage is given, the clinic's settings supply them.\n\n"
             "With --json, prints an array with one object per week: week, start, end (when "
             "dated), quota (the daily quota), unit, bouts, per_bout (the daily quota split "
             "into bouts, largest first), increase and at_goal.\n\n"
             "With PRESCRIPTION_ID, the plan is stored for that prescription (it then follows "
             "the exercise into new versions of the programme) and printed; with --json the "
             "stored plan is printed as in `pacing show`."),
         .positionals = {{.name = QStringLiteral("PRESCRIPTION_ID"),
                          .description = Tr::tr("The prescription."),
                          .idOf = Tr::tr("prescription"),
                          .optional = true}},
         .options = options.all() << clinicianOption,
         .json = true});
    if (auto stop = a.stop())
        return *stop;
    auto parameters = planParameters(ctx, a, options);
    if (!parameters)
        return ctx.usage(parameters.error().message);
    const PlanParameters& p = *parameters;

    auto plan = GradedActivityPlan::create(p);
    if (!plan)
        return ctx.usage(plan.error().message);
    if (a.has(0))
        return storePlan(ctx, a.id(0), p, VisitCliSupport::clinician(a.parser(), clinicianOption),
                         a.json());

    if (a.json()) {
        ctx.printJson(pacingJson::weeksToJson(*plan));
        return ExitOk;
    }
    printPlan(ctx, *plan);
    return ExitOk;
}

} // namespace

void printPlan(CliContext& ctx, const GradedActivityPlan& plan, std::optional<int> currentWeek)
{
    const PlanParameters& p = plan.parameters();
    QTextStream& out = ctx.out();
    out << Tr::tr("Graded activity plan in %1").arg(pacingUnit::name(plan.unit())) << "\n"
        << plan.summary() << "\n";
    for (const QString& note : plan.notes())
        out << Tr::tr("Note: %1").arg(note) << "\n";
    const bool split = p.boutsPerDay > 1;
    out << "\n"
        << Tr::tr("Week").rightJustified(4) << "  " << Tr::tr("Starts").leftJustified(10) << "  "
        << Tr::tr("Daily quota").leftJustified(16);
    if (split)
        out << "  " << Tr::tr("Bouts");
    out << "\n";
    for (const PlanWeek& w : plan.weeks()) {
        out << QString::number(w.week).rightJustified(4) << "  "
            << w.start.toString(Qt::ISODate).leftJustified(10) << "  "
            << pacingUnit::format(plan.unit(), w.quota).leftJustified(16);
        if (split)
            out << "  " << boutText(w);
        if (currentWeek && *currentWeek == w.week)
            out << "  " << Tr::tr("<- now");
        out << "\n";
    }
    out.flush();
}

namespace {

int review(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption input(QStringLiteral("input"),
                                   Tr::tr("The review data (JSON, see above)."),
                                   QStringLiteral("FILE"));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("pacing review"),
         .description = Tr::tr(
             "Propose progress, hold, regress or stop-and-refer from the data recorded since the "
             "last review, and show the rule that fired, the data behind it and its source "
             "(CLINICAL.md section 3). Precedence: stop-and-refer > regress > hold > progress. "
             "Thresholds come from the clinic settings when a database exists, else the "
             "documented defaults (safe pain 2, acceptable pain 5, 2 bad days in a row, regress "
             "15%).\n\n"
             "FILE is JSON (\"-\" reads standard input). Every field is optional, but progress "
             "needs evidence for each criterion; unknown fields are refused:\n"
             "  days                  list, oldest first, one per day or session:\n"
             "    date                YYYY-MM-DD\n"
             "    quota_met           true/false\n"
             "    exercise_pain       0-10, highest pain during the exercise\n"
             "    next_morning_pain   0-10, pain the morning after\n"
             "  baseline_pain         0-10, usual morning pain at the last review\n"
             "  previous_week_pain    0-10, usual pain over the week before\n"
             "  this_week_pain        0-10, usual pain over the last week\n"
             "  leg_symptoms          none, centralising, stable, peripheralising, not_recorded\n"
             "  new_neurological_sign true/false (neurological_detail: text)\n"
             "  red_flag              true/false (red_flag_detail: text)\n"
             "  step                  where the patient is: {unit, current, next, last_tolerated, "
             "week}\n"
             "  plan                  or the plan: {tolerance, unit, goal, baseline_percent,\n"
             "                        weekly_percent, bouts, week}\n"
             "  thresholds            {pain_safe_max, pain_acceptable_max, bad_days_in_row,\n"
             "                        regress_percent}, overriding the clinic's for this review\n"
             "Example: {\"baseline_pain\": 2, \"previous_week_pain\": 3, \"this_week_pain\": 3,\n"
             "  \"days\": [{\"quota_met\": true, \"exercise_pain\": 4, \"next_morning_pain\": "
             "2}],\n"
             "  \"step\": {\"unit\": \"minutes\", \"current\": 12, \"next\": 13}}\n\n"
             "With PATIENT_ID instead of --input, reviews each of the patient's stored plans from "
             "the visits recorded since its last decision (see docs/PACING.md); nothing is "
             "changed until `pacing decide`."),
         .positionals = {{QStringLiteral("PATIENT_ID"),
                          Tr::tr("A patient whose stored plans to review, instead of --input."),
                          Tr::tr("patient"), true}},
         .options = {input},
         .json = true});
    if (auto stop = a.stop())
        return *stop;
    if (a.has(0) && a.isSet(input))
        return ctx.usage(
            Tr::tr("pacing review takes either PATIENT_ID or --input FILE, not both."));
    if (a.has(0))
        return reviewStored(ctx, a.id(0), a.json());
    if (!a.isSet(input))
        return ctx.usage(Tr::tr("pacing review needs --input FILE, or a PATIENT_ID."));

    const QString path = a.value(input);
    const QString shownPath = path == QLatin1String("-") ? Tr::tr("standard input") : path;
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return ctx.usage(Tr::tr("Cannot read %1: %2.").arg(shownPath, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ctx.usage(Tr::tr("%1 is not valid JSON: %2 at character %3.")
                             .arg(shownPath, parseError.errorString())
                             .arg(parseError.offset));
    if (!doc.isObject())
        return ctx.usage(Tr::tr("%1 must hold one JSON object ({...}).").arg(shownPath));

    const Defaults d = defaults(ctx);
    auto request = pacingJson::reviewRequestFromJson(doc.object(), d.thresholds, d.plan);
    if (!request)
        return ctx.usage(request.error().message);
    auto decision = ReviewEngine(request->thresholds).evaluate(request->data);
    if (!decision)
        return ctx.usage(decision.error().message);

    if (a.json()) {
        ctx.printJson(pacingJson::decisionToJson(*decision));
        return ExitOk;
    }
    printDecision(ctx, *decision);
    return ExitOk;
}

} // namespace

void printDecision(CliContext& ctx, const ReviewDecision& decisionValue)
{
    const ReviewDecision* decision = &decisionValue;
    QTextStream& out = ctx.out();
    const auto printFinding = [&out](const ReviewFinding& f) {
        out << "  " << f.explanation << "\n";
        for (const ReviewFact& fact : f.data)
            out << "    - " << fact.label << ": " << fact.value << "\n";
        out << "    " << Tr::tr("Rule: %1. Source: %2").arg(f.rule, f.source) << "\n";
    };
    out << Tr::tr("Decision: %1").arg(reviewOutcome::name(decision->outcome)) << "\n"
        << Tr::tr("Proposal: %1").arg(decision->proposal) << "\n\n"
        << Tr::tr("Why:") << "\n";
    for (const ReviewFinding& f : decision->reasons)
        printFinding(f);
    if (!decision->alsoNoted.isEmpty()) {
        out << "\n" << Tr::tr("Also noted (outweighed by the above):") << "\n";
        for (const ReviewFinding& f : decision->alsoNoted)
            printFinding(f);
    }
    out.flush();
}

} // namespace gradus::cli::pacing

namespace gradus::cli {

// `gradus-cli pacing plan|review`: the graded activity calculator and the review decision
// for data recorded since the last review (CLINICAL.md 3). Neither needs a store; when one
// exists, clinic settings supply the defaults.
CliCommand pacingCommand()
{
    using namespace pacing;
    return CliCommand(
        QStringLiteral("pacing"), Tr::tr("Graded activity plans and review decisions"),
        {
            {QStringLiteral("plan"),
             Tr::tr("Work out a week-by-week graded activity plan (no database needed)"), plan},
            {QStringLiteral("review"),
             Tr::tr("Propose progress, hold, regress or stop from recorded review data"), review},
            {QStringLiteral("show"),
             Tr::tr("Show the stored plan of a prescription and its decisions"), show},
            {QStringLiteral("decide"),
             Tr::tr("Accept a plan's review proposal, or override it with a reason"), decide},
        });
}

} // namespace gradus::cli
