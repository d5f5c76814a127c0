#include "Commands.h"

#include "CliArguments.h"
#include "FindingsOutput.h"
#include "PatientJson.h"
#include "i18n/DataTexts.h"
#include "safety/SafetyCheck.h"
#include "services/SafetyProfileLoader.h"
#include "storage/ExerciseRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gradus::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SafetyCommand)
};

int check(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption patient(u"patient"_qs, Tr::tr("The patient's id."), u"ID"_qs);
    const QCommandLineOption exercises(
        u"exercises"_qs, Tr::tr("Comma-separated exercise stable ids or record ids."), u"LIST"_qs);
    const CliArgs a(
        ctx, args,
        {.usageName = u"safety check"_qs,
         .description = Tr::tr(
             "Check exercises, in order, against the patient's conditions, phase of care, age and "
             "latest visit. Exit 0 whatever it finds.\nJSON: an array of findings, each with "
             "exercise (stable id), exercise_id, index, severity (avoid|caution|prefer), reason, "
             "source, rule, alternatives (stable ids) and assumptions: what the finding took as "
             "the riskier value because it is not recorded, each with missing "
             "(condition_onset, episode_onset, no_episode, condition_amount, leg_symptoms), text, "
             "record_id and the command that records it."),
         .options = {patient, exercises},
         .json = true});
    if (auto stop = a.stop())
        return *stop;
    if (!a.isSet(patient))
        return ctx.usage(Tr::tr("safety check needs --patient."));
    const auto patientId = parseRecordId(a.value(patient), Tr::tr("patient"));
    if (!patientId)
        return ctx.usage(patientId.error().message);
    const QStringList ids = a.value(exercises).split(u',', Qt::SkipEmptyParts);
    if (ids.isEmpty())
        return ctx.usage(Tr::tr("--exercises needs at least one exercise."));
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    ExerciseRepository repo(**ws);
    QList<CheckItem> items;
    for (const auto& id : ids) {
        auto exercise = repo.find(id.trimmed());
        if (!exercise)
            return ctx.fail(exercise.error(), exercise.error().code == u"exercise.not_found"_qs
                                                  ? ExitUsage
                                                  : PatientArgs::exitCodeFor(exercise.error()));
        Prescription p;
        p.exerciseId = exercise->id;
        p.dose = exercise->dose;
        items.append({p, DataTexts::display().exercise(*exercise)});
    }
    auto profile = SafetyProfileLoader::forPatient(**ws, *patientId);
    if (!profile)
        return ctx.fail(profile.error(), PatientArgs::exitCodeFor(profile.error()));
    auto library = repo.list(ExerciseRepository::Retired::Exclude);
    if (!library)
        return ctx.fail(library.error());
    // Reasons and built-in exercise names in the language of messages.
    const SafetyCheck engine(DataTexts::display().safetyRules(),
                             DataTexts::display().exercises(*library));
    const auto findings = engine.check(*profile, items);
    printFindings(ctx, findings, a.json());
    return ExitOk;
}

int rules(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(
        ctx, args,
        {.usageName = u"safety rules"_qs,
         .description = Tr::tr("List the safety rules.\nJSON: {version, rules: [{id, "
                               "severity, conditions, reason, source, source_key}]}; "
                               "conditions lists the condition codes the rule is about."),
         .json = true});
    if (auto stop = a.stop())
        return *stop;
    const auto& rules = DataTexts::display().safetyRules();
    if (a.json()) {
        QJsonArray array;
        for (const auto& r : rules.rules()) {
            QStringList conditions;
            for (const auto& w : r.when)
                if (!w.condition.isEmpty() && !conditions.contains(w.condition))
                    conditions.append(w.condition);
            array.append(QJsonObject{{u"id"_qs, r.id},
                                     {u"severity"_qs, severityCode(r.severity)},
                                     {u"conditions"_qs, QJsonArray::fromStringList(conditions)},
                                     {u"reason"_qs, r.reason},
                                     {u"source"_qs, r.source},
                                     {u"source_key"_qs, r.sourceKey}});
        }
        ctx.printJson(QJsonObject{{u"version"_qs, rules.version()}, {u"rules"_qs, array}});
        return ExitOk;
    }
    for (const auto& r : rules.rules())
        ctx.out() << r.id.leftJustified(40) << severityCode(r.severity) << "\n";
    return ExitOk;
}

} // namespace

// `gradus-cli safety check|rules`: checks exercises against a patient with the safety engine
// (core/safety). `programme check ID` will call the same engine and findingsToJson().
CliCommand safetyCommand()
{
    return CliCommand(
        QStringLiteral("safety"),
        Tr::tr("Check exercises against a patient's conditions; list the safety rules"),
        {
            {u"check"_qs, Tr::tr("Check a list of exercises against a patient"), check},
            {u"rules"_qs, Tr::tr("List the safety rules with their sources"), rules},
        });
}

} // namespace gradus::cli
