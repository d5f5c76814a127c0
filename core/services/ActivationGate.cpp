#include "services/ActivationGate.h"

#include "log/Logging.h"
#include "services/ProgrammeSafety.h"

namespace gradus {

QList<SafetyFinding> ActivationGate::unkept(const QList<SafetyFinding>& findings)
{
    QList<SafetyFinding> open;
    for (const SafetyFinding& f : findings)
        if (f.severity == Severity::Avoid && !f.override)
            open.append(f);
    return open;
}

Status ActivationGate::check(Workspace& workspace, const Programme& programme, Purpose purpose)
{
    if (programme.patientId == 0)
        return {};
    auto findings = checkProgramme(workspace, programme);
    if (!findings)
        return findings.error();
    return check(*findings, programme, purpose);
}

Status ActivationGate::check(const QList<SafetyFinding>& findings, const Programme& programme,
                             Purpose purpose)
{
    const QList<SafetyFinding> open = unkept(findings);
    if (open.isEmpty())
        return {};
    const bool stored = programme.id > 0;
    QStringList lines;
    QStringList commands;
    for (const SafetyFinding& f : open) {
        const QString name = f.exerciseName.isEmpty() ? f.exerciseStableId : f.exerciseName;
        QString line =
            tr("- %1 (%2), rule \"%3\": %4").arg(name, f.exerciseStableId, f.ruleId, f.reason);
        if (!f.alternatives.isEmpty())
            line += tr(" Safer: %1.").arg(f.alternatives.join(u", "));
        lines.append(line);
        if (stored)
            commands.append(QStringLiteral("gradus-cli programme override %1 --exercise %2 "
                                           "--rule %3 --reason \"...\"")
                                .arg(programme.id)
                                .arg(f.exerciseStableId, f.ruleId));
    }
    QString what;
    if (purpose == Purpose::Activate)
        what = tr("Programme %1 cannot be given to the patient: %n exercise(s) in it are to be "
                  "avoided for this patient, and no reason to keep them is recorded:",
                  nullptr, int(open.size()))
                   .arg(programme.id);
    else
        what = tr("No handout: %n exercise(s) in it are to be avoided for this patient, and no "
                  "reason to keep them is recorded:",
                  nullptr, int(open.size()));
    QString how;
    if (stored)
        how = tr("Replace each with a safer exercise, or keep it with your reason: in the "
                 "builder select the finding and choose \"Keep with a Reason…\", or run\n%1")
                  .arg(commands.join(u'\n'));
    else
        how = tr("Replace each with a safer exercise, or put them in a programme and keep them "
                 "there with your reason (\"Keep with a Reason…\" in the builder, or gradus-cli "
                 "programme override).");
    logging::get("safety")->info(
        "programme {} refused ({}): {} avoid finding(s) not kept", programme.id,
        purpose == Purpose::Activate ? "activate" : "handout", open.size());
    Error refused{QStringLiteral("safety.avoid"),
                  QStringLiteral("%1\n%2\n%3").arg(what, lines.join(u'\n'), how)};
    refused.explicitKind = ErrorKind::Refused;
    return refused;
}

} // namespace gradus
