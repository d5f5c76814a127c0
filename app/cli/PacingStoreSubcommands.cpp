// `gradus-cli pacing` against the store: plans stored per prescription, reviews from the
// recorded visits, and the clinician's decisions (see docs/PACING.md).
#include "PacingCommand.h"

#include "CliArguments.h"
#include "JsonValues.h"
#include "PatientJson.h"
#include "VisitCliSupport.h"
#include "i18n/InSentence.h"
#include "pacing/PacingJson.h"
#include "services/PacingPlans.h"
#include "services/PacingReviews.h"
#include "storage/ExerciseRepository.h"
#include "storage/VisitRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gradus::cli::pacing {
namespace {

QString exerciseName(Workspace& ws, qint64 exerciseId)
{
    auto e = ExerciseRepository(ws).byId(exerciseId);
    return e ? e->name : QString();
}

QJsonObject decisionRecordJson(const PacingDecisionRecord& d)
{
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("plan_id"), d.planId},
        {QStringLiteral("visit_id"), json::orNull(d.visitId)},
        {QStringLiteral("proposed"), reviewOutcome::key(d.proposedOutcome)},
        {QStringLiteral("proposed_quota"), json::orNull(d.proposedQuota)},
        {QStringLiteral("proposed_week"), json::orNull(d.proposedWeek)},
        {QStringLiteral("rules"), QJsonArray::fromStringList(d.rules)},
        {QStringLiteral("proposal"), d.proposal},
        {QStringLiteral("accepted"), d.accepted},
        {QStringLiteral("chosen"), reviewOutcome::key(d.chosenOutcome)},
        {QStringLiteral("chosen_quota"), json::orNull(d.chosenQuota)},
        {QStringLiteral("chosen_week"), json::orNull(d.chosenWeek)},
        {QStringLiteral("reason"), json::orNull(d.reason)},
        {QStringLiteral("from_week"), d.fromWeek},
        {QStringLiteral("from_quota"), d.fromQuota},
        {QStringLiteral("programme_id"), json::orNull(d.programmeId)},
        {QStringLiteral("decided_at"), d.decidedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("decided_by"), d.decidedBy},
    };
}

// The stored plan: where it stands, its inputs and weeks, and every decision so far.
Result<QJsonObject> planRecordJson(Workspace& ws, const PacingPlanRecord& r)
{
    auto plan = PacingReviews::planOf(r);
    if (!plan)
        return plan.error();
    PacingPlanRepository plans(ws);
    auto slot = plans.currentSlot(r);
    if (!slot)
        return slot.error();
    auto decisions = plans.decisions(r.id);
    if (!decisions)
        return decisions.error();
    QJsonArray decided;
    for (const PacingDecisionRecord& d : *decisions)
        decided << decisionRecordJson(d);
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("patient_id"), r.patientId},
        {QStringLiteral("programme_lineage"), r.lineage},
        {QStringLiteral("programme_id"), *slot ? QJsonValue((*slot)->programmeId) : QJsonValue()},
        {QStringLiteral("prescription_id"),
         *slot ? QJsonValue((*slot)->prescription.id) : QJsonValue()},
        {QStringLiteral("exercise_id"), r.exerciseId},
        {QStringLiteral("exercise"), exerciseName(ws, r.exerciseId)},
        {QStringLiteral("status"), pacingPlanStatus::key(r.status)},
        {QStringLiteral("current_week"), r.currentWeek},
        {QStringLiteral("current_quota"), r.currentQuota},
        {QStringLiteral("created_at"), r.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("created_by"), r.createdBy},
        {QStringLiteral("version"), r.version},
        {QStringLiteral("plan"), pacingJson::planToJson(*plan)},
        {QStringLiteral("decisions"), decided},
    };
}

// Bad input (a plan that does not fit the dose, a missing reason) exits 2; missing records
// and storage errors exit 1.
int failPacing(CliContext& ctx, const Error& error)
{
    static const QStringList usageCodes = {QStringLiteral("usage"),
                                           QStringLiteral("pacing.unit_mismatch"),
                                           QStringLiteral("pacing.who"),
                                           QStringLiteral("pacing.reason"),
                                           QStringLiteral("pacing.same_outcome"),
                                           QStringLiteral("pacing.duplicate_exercise"),
                                           QStringLiteral("pacing.exists")};
    if (usageCodes.contains(error.code))
        return ctx.fail(error, ExitUsage);
    return VisitCliSupport::fail(ctx, error);
}

} // namespace

int storePlan(CliContext& ctx, qint64 prescriptionId, const PlanParameters& p,
              const QString& clinician, bool json)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    PacingPlanRepository plans(**ws);
    PlanDoseOutcome dose;
    auto id = PacingPlans(**ws).create(prescriptionId, p, clinician, &dose);
    if (!id)
        return failPacing(ctx, id.error());
    auto record = plans.get(*id);
    if (!record)
        return ctx.fail(record.error());
    if (json) {
        auto object = planRecordJson(**ws, *record);
        if (!object)
            return ctx.fail(object.error());
        // What storing the plan did to the programme's dose (week 1 of the plan).
        QJsonObject programme{{QStringLiteral("dose_changed"), dose.change.has_value()},
                              {QStringLiteral("dose"), describeDose(dose.dose)},
                              {QStringLiteral("message"), dose.message}};
        if (dose.change) {
            programme.insert(QStringLiteral("programme_id"), dose.change->programmeId);
            programme.insert(QStringLiteral("version"), dose.change->version);
            programme.insert(QStringLiteral("new_version"), dose.change->newVersion);
        }
        object->insert(QStringLiteral("programme"), programme);
        ctx.printJson(*object);
        return ExitOk;
    }
    ctx.out() << Tr::tr("Plan %1 saved for prescription %2 (%3).")
                     .arg(*id)
                     .arg(prescriptionId)
                     .arg(exerciseName(**ws, record->exerciseId))
              << "\n"
              << dose.message << "\n";
    auto plan = PacingReviews::planOf(*record);
    if (plan)
        printPlan(ctx, *plan, record->currentWeek);
    return ExitOk;
}

int show(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("pacing show"),
         .description = Tr::tr(
             "Show the graded activity plan stored for a prescription (in any version of its "
             "programme): where the patient stands, the weekly quotas and every review decision."),
         .positionals = {{QStringLiteral("PRESCRIPTION_ID"), Tr::tr("The prescription."),
                          Tr::tr("prescription")}},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 prescriptionId = a.id(0);
    Workspace& ws = a.workspace();
    PacingPlanRepository plans(ws);
    auto record = plans.forPrescription(prescriptionId);
    if (!record)
        return failPacing(ctx, record.error());
    if (!*record)
        return ctx.fail(Error{QStringLiteral("pacing.not_found"),
                              Tr::tr("Prescription %1 has no active graded activity plan; make one "
                                     "with `pacing plan %1 --tolerance ... --unit ... --goal ...`.")
                                  .arg(prescriptionId)});
    const PacingPlanRecord& r = **record;
    if (a.json()) {
        auto object = planRecordJson(ws, r);
        if (!object)
            return ctx.fail(object.error());
        ctx.printJson(*object);
        return ExitOk;
    }
    auto plan = PacingReviews::planOf(r);
    if (!plan)
        return ctx.fail(plan.error());
    QTextStream& out = ctx.out();
    out << Tr::tr("Plan %1: %2, week %3 of %4, %5 a day (%6).")
               .arg(r.id)
               .arg(exerciseName(ws, r.exerciseId))
               .arg(r.currentWeek)
               .arg(plan->weekCount())
               .arg(pacingUnit::format(r.parameters.unit, r.currentQuota),
                    InSentence::pacingPlanStatus(r.status))
        << "\n";
    printPlan(ctx, *plan, r.currentWeek);
    auto decisions = plans.decisions(r.id);
    if (!decisions)
        return ctx.fail(decisions.error());
    out << "\n"
        << (decisions->isEmpty() ? Tr::tr("No review decisions yet.") : Tr::tr("Decisions:"))
        << "\n";
    for (const PacingDecisionRecord& d : *decisions) {
        const QString to = d.chosenQuota ? pacingUnit::format(r.parameters.unit, *d.chosenQuota)
                                         : Tr::tr("no quota");
        out << "  " << d.decidedAt.toLocalTime().date().toString(Qt::ISODate) << "  "
            << (d.accepted
                    ? Tr::tr("%1 to %2, as proposed (%3)")
                          .arg(reviewOutcome::name(d.chosenOutcome), to, d.decidedBy)
                    : Tr::tr("%1 to %2 instead of %3 (%4): %5")
                          .arg(reviewOutcome::name(d.chosenOutcome), to,
                               InSentence::reviewOutcome(d.proposedOutcome), d.decidedBy, d.reason))
            << "\n";
    }
    out.flush();
    return ExitOk;
}

int reviewStored(CliContext& ctx, qint64 patientId, bool json)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    if (auto st = VisitRepository(**ws).checkPatient(patientId); !st)
        return ctx.fail(st.error());
    auto reviews = PacingReviews(**ws).reviewPatient(patientId);
    if (!reviews)
        return ctx.fail(reviews.error());
    if (json) {
        QJsonArray out;
        for (const PacingReview& r : *reviews) {
            QJsonArray visits;
            for (qint64 v : r.visitIds)
                visits << v;
            out << QJsonObject{
                {QStringLiteral("plan_id"), r.plan.id},
                {QStringLiteral("exercise"), exerciseName(**ws, r.plan.exerciseId)},
                {QStringLiteral("current_week"), r.plan.currentWeek},
                {QStringLiteral("current_quota"), r.plan.currentQuota},
                {QStringLiteral("unit"), pacingUnit::key(r.plan.parameters.unit)},
                {QStringLiteral("visit_ids"), visits},
                {QStringLiteral("not_recorded"), QJsonArray::fromStringList(r.data.notRecorded)},
                {QStringLiteral("decision"), pacingJson::decisionToJson(r.decision)},
            };
        }
        ctx.printJson(out);
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    if (reviews->isEmpty()) {
        out << Tr::tr("Patient %1 has no active graded activity plan.").arg(patientId) << "\n";
        out.flush();
        return ExitOk;
    }
    for (const PacingReview& r : *reviews) {
        out << Tr::tr("Plan %1: %2, week %3, %4 a day; visits since the last decision: %5.")
                   .arg(r.plan.id)
                   .arg(exerciseName(**ws, r.plan.exerciseId))
                   .arg(r.plan.currentWeek)
                   .arg(pacingUnit::format(r.plan.parameters.unit, r.plan.currentQuota))
                   .arg(r.visitIds.size())
            << "\n";
        out.flush();
        printDecision(ctx, r.decision);
        out << Tr::tr("Decide with: gradus-cli pacing decide %1 --accept, or --override OUTCOME "
                      "--reason TEXT")
                   .arg(r.plan.id)
            << "\n\n";
    }
    out.flush();
    return ExitOk;
}

int decide(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption accept(QStringLiteral("accept"), Tr::tr("Accept the proposal."));
    const QCommandLineOption overrideOption(QStringLiteral("override"),
                                            Tr::tr("Choose this outcome instead of the proposal."),
                                            QStringLiteral("OUTCOME"));
    const QCommandLineOption reason(QStringLiteral("reason"), Tr::tr("Why (needed to override)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption clinician(QStringLiteral("clinician"),
                                       Tr::tr("Who decides (default: the operating-system user)."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption ifVersion = PatientArgs::ifVersionOption();
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("pacing decide"),
         .description = Tr::tr(
             "Record the clinician's decision on a plan's review (as `pacing review PATIENT_ID` "
             "proposes it from the recorded visits): --accept the proposal, or --override it "
             "with another outcome (progress, hold, regress, stop_and_refer) and a --reason. A "
             "change of dose or exercise becomes a new, active version of the programme, in the "
             "same transaction as the decision. Refused while the programme has a draft being "
             "edited."),
         .positionals = {{QStringLiteral("PLAN_ID"), Tr::tr("The plan."), Tr::tr("plan")}},
         .options = {accept, overrideOption, reason, clinician, ifVersion},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const auto basedOn = PatientArgs::parseIfVersion(a.parser(), ifVersion);
    if (!basedOn)
        return ctx.usage(basedOn.error().message);
    if (a.isSet(accept) == a.isSet(overrideOption))
        return ctx.usage(Tr::tr("pacing decide needs either --accept or --override OUTCOME."));
    PacingChoice choice;
    choice.planId = a.id(0);
    choice.accept = a.isSet(accept);
    if (!choice.accept) {
        const auto chosen = reviewOutcome::fromKey(a.value(overrideOption).trimmed());
        if (!chosen)
            return ctx.usage(Tr::tr("--override must be progress, hold, regress or stop_and_refer, "
                                    "not \"%1\".")
                                 .arg(a.value(overrideOption)));
        choice.chosen = *chosen;
        choice.reason = a.value(reason);
    } else if (a.isSet(reason)) {
        return ctx.usage(Tr::tr("--reason goes with --override; an accepted proposal needs none."));
    }
    choice.who = VisitCliSupport::clinician(a.parser(), clinician);
    choice.ifVersion = *basedOn;
    auto result = PacingReviews(a.workspace()).decide(choice);
    if (!result)
        return failPacing(ctx, result.error());
    if (a.json()) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("decision"), decisionRecordJson(result->record)},
            {QStringLiteral("programme_changed"), result->programmeChanged},
            {QStringLiteral("summary"), result->summary},
        });
        return ExitOk;
    }
    ctx.out() << Tr::tr("Decision %1 recorded: %2 (%3).")
                     .arg(result->decisionId)
                     .arg(reviewOutcome::name(result->record.chosenOutcome),
                          result->record.accepted
                              ? Tr::tr("as proposed")
                              : Tr::tr("overriding %1")
                                    .arg(InSentence::reviewOutcome(result->record.proposedOutcome)))
              << "\n"
              << result->summary << "\n";
    ctx.out().flush();
    return ExitOk;
}

} // namespace gradus::cli::pacing
