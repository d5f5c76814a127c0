#include "services/SafetyOverrides.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "notify/StoreNotifier.h"
#include "storage/ProgrammeRepository.h"
#include "storage/SafetyOverrideRepository.h"

namespace gradus {
namespace {

const auto log = &logging::module<"safety">;

} // namespace

SafetyOverrides::SafetyOverrides(Workspace& workspace) : m_workspace(workspace) {}

Result<qint64> SafetyOverrides::record(const SafetyOverride& entry)
{
    if (auto st = check(entry); !st)
        return st.error();
    const QDateTime at = entry.recordedAt.isValid() ? entry.recordedAt : m_workspace.clock().now();
    // The programme is read and the override written in one unit, with the programme's lineage
    // held: a version another desk activates meanwhile cannot leave the override on one that
    // is superseded, or on an exercise the new version dropped.
    auto added = m_workspace.db().write<qint64>([&]() -> Result<qint64> {
        ProgrammeRepository programmes(m_workspace);
        if (auto st = programmes.lockLineage(entry.programmeId); !st)
            return st.error();
        auto programme = programmes.get(entry.programmeId);
        if (!programme)
            return programme.error();
        if (auto st = checkProgramme(entry, *programme); !st)
            return st.error();
        return SafetyOverrideRepository(m_workspace).insert(entry, at);
    });
    if (!added)
        return added.error();
    log()->info("override {} of rule {} in programme {}", *added, entry.ruleId.toStdString(),
                entry.programmeId);
    // The programme's findings changed, not the programme's list.
    m_workspace.db().notify(
        StoreNotice::changed(StoreNotifier::Kind::Programme, entry.programmeId));
    return *added;
}

Status SafetyOverrides::check(const SafetyOverride& entry)
{
    if (entry.programmeId <= 0)
        return Error{QStringLiteral("override.programme"), tr("Name the programme.")};
    if (entry.position < 0)
        return Error{QStringLiteral("override.position"),
                     tr("The prescription position must be 0 or more.")};
    const SafetyRule* rule = SafetyRules::builtIn().find(entry.ruleId);
    if (!rule)
        return Error{QStringLiteral("override.rule"),
                     tr("\"%1\" is not a safety rule.").arg(entry.ruleId)};
    if (rule->severity != Severity::Avoid)
        return Error{QStringLiteral("override.rule"),
                     tr("Rule \"%1\" is not an \"avoid\" rule; only those need an override.")
                         .arg(entry.ruleId)};
    if (entry.reason.trimmed().isEmpty())
        return Error{
            QStringLiteral("override.reason"),
            tr("Say why this exercise is kept despite the rule \"%1\".").arg(entry.ruleId)};
    if (entry.recordedBy.trimmed().isEmpty())
        return Error{QStringLiteral("override.who"),
                     tr("Name the clinician keeping the exercise.")};
    if (entry.exerciseId <= 0)
        return Error{QStringLiteral("override.exercise"), tr("Name the exercise kept.")};
    return {};
}

Status SafetyOverrides::checkProgramme(const SafetyOverride& entry, const Programme& programme)
{
    if (programme.status == ProgrammeStatus::Superseded)
        return Error{
            QStringLiteral("override.programme"),
            tr("Programme %1 is an earlier version and cannot be changed.").arg(entry.programmeId)};
    for (const ProgrammeSection& section : programme.sections)
        for (const Prescription& p : section.prescriptions)
            if (p.exerciseId == entry.exerciseId)
                return {};
    return Error{
        QStringLiteral("override.exercise"),
        tr("Exercise %1 is not in programme %2.").arg(entry.exerciseId).arg(entry.programmeId)};
}

Result<QList<SafetyOverride>> SafetyOverrides::forProgramme(qint64 programmeId)
{
    return SafetyOverrideRepository(m_workspace).forProgramme(programmeId);
}

Status SafetyOverrides::withdraw(const SafetyOverride& recorded)
{
    return m_workspace.db().write([&]() -> Status {
        ProgrammeRepository programmes(m_workspace);
        if (auto st = programmes.lockLineage(recorded.programmeId); !st)
            return st;
        auto programme = programmes.get(recorded.programmeId);
        if (!programme)
            return programme.error();
        const bool activatedSince = programme->status == ProgrammeStatus::Active &&
                                    programme->activatedAt.isValid() &&
                                    programme->activatedAt >= recorded.recordedAt;
        if (programme->status == ProgrammeStatus::Superseded || activatedSince)
            return Error{QStringLiteral("override.relied_on"),
                         tr("The reason for keeping this exercise was on record when version %1 "
                            "of the programme was given to the patient, so it stays on record. "
                            "To stop keeping the exercise, change the programme.")
                             .arg(programme->version),
                         ErrorKind::Refused};
        return SafetyOverrideRepository(m_workspace).remove(recorded.id);
    });
}

} // namespace gradus
