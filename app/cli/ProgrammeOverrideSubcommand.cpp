// `gradus-cli programme override ID --exercise E --rule R --reason T [--by NAME]`: keep an
// exercise that a rule says to avoid, with the clinician's reason (who and when are stored).
#include "CliArguments.h"
#include "ProgrammeCommand.h"
#include "safety/SafetyRules.h"
#include "services/ProgrammeSafety.h"
#include "services/SafetyOverrides.h"
#include "settings/DeskSettings.h"
#include "storage/ExerciseRepository.h"
#include "storage/ProgrammeRepository.h"

namespace gradus::cli::programmes {

int keepWithReason(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption exercise(QStringLiteral("exercise"),
                                      Tr::tr("Stable id (sit_up) or record id of the exercise."),
                                      QStringLiteral("E"));
    const QCommandLineOption rule(QStringLiteral("rule"),
                                  Tr::tr("The \"avoid\" rule's id, as `programme check` shows it."),
                                  QStringLiteral("R"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    Tr::tr("Why the exercise is kept (required)."),
                                    QStringLiteral("T"));
    const QCommandLineOption by(QStringLiteral("by"),
                                Tr::tr("Who keeps it; default: this account's name."),
                                QStringLiteral("NAME"));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("programme override"),
         .description = Tr::tr(
             "Keep an exercise in a programme although a safety rule says to avoid it, with your "
             "reason. The override is stored with who and when, shows on `programme check`, and "
             "stays with the exercise in later versions of the programme. Prints its id."),
         .positionals = {{QStringLiteral("ID"), Tr::tr("The programme's id."),
                          Tr::tr("programme")}},
         .options = {exercise, rule, reason, by},
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 programmeId = a.id(0);
    if (!a.isSet(exercise) || a.value(exercise).trimmed().isEmpty())
        return ctx.usage(Tr::tr("Name the exercise to keep with --exercise."));
    if (!a.isSet(rule) || a.value(rule).trimmed().isEmpty())
        return ctx.usage(
            Tr::tr("Name the rule with --rule (see `programme check %1`).").arg(programmeId));
    const QString ruleId = a.value(rule).trimmed();
    const SafetyRule* found = SafetyRules::builtIn().find(ruleId);
    if (!found)
        return ctx.usage(Tr::tr("\"%1\" is not a safety rule (see `safety rules`).").arg(ruleId));
    if (found->severity != Severity::Avoid)
        return ctx.usage(Tr::tr("Rule \"%1\" is a \"%2\" rule; only \"avoid\" findings need an "
                                "override.")
                             .arg(ruleId, severityCode(found->severity)));
    const QString why = a.value(reason).trimmed();
    if (why.isEmpty())
        return ctx.usage(Tr::tr("Say why the exercise is kept with --reason."));
    const QString who = a.isSet(by) ? a.value(by).trimmed() : DeskSettings().clinicianName();
    if (who.isEmpty())
        return ctx.usage(Tr::tr("--by must name the clinician."));

    auto kept = ExerciseRepository(a.workspace()).find(a.value(exercise).trimmed());
    if (!kept)
        return ctx.fail(kept.error(), ExitUsage);
    auto programme = ProgrammeRepository(a.workspace()).get(programmeId);
    if (!programme)
        return ctx.fail(programme.error(), ExitUsage);
    if (programme->status == ProgrammeStatus::Superseded)
        return ctx.usage(
            Tr::tr("Programme %1 is an old version and cannot be changed.").arg(programmeId));
    auto findings = checkProgramme(a.workspace(), *programme);
    if (!findings)
        return ctx.fail(findings.error());
    bool inProgramme = false;
    const SafetyFinding* finding = nullptr;
    for (const SafetyFinding& f : *findings) {
        if (f.exerciseId != kept->id)
            continue;
        if (f.ruleId == ruleId && !finding)
            finding = &f;
    }
    for (const ProgrammeSection& s : programme->sections)
        for (const Prescription& p : s.prescriptions)
            inProgramme = inProgramme || p.exerciseId == kept->id;
    if (!inProgramme)
        return ctx.usage(
            Tr::tr("Exercise %1 is not in programme %2.").arg(kept->stableId).arg(programmeId));
    if (!finding)
        return ctx.usage(Tr::tr("Rule \"%1\" does not flag %2 for this patient: there is nothing "
                                "to keep.")
                             .arg(ruleId, kept->stableId));
    if (finding->override)
        return ctx.usage(Tr::tr("%1 is already kept despite rule \"%2\" (by %3).")
                             .arg(kept->stableId, ruleId, finding->override->recordedBy));

    SafetyOverride entry;
    entry.programmeId = programmeId;
    entry.position = finding->index;
    entry.prescriptionId = finding->prescriptionId;
    entry.exerciseId = kept->id;
    entry.ruleId = ruleId;
    entry.reason = why;
    entry.recordedBy = who;
    auto id = SafetyOverrides(a.workspace()).record(entry);
    if (!id)
        return ctx.fail(id.error(), ExitUsage);
    ctx.out() << *id << "\n";
    return ExitOk;
}

} // namespace gradus::cli::programmes
