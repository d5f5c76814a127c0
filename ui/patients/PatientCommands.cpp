#include "patients/PatientCommands.h"

#include "i18n/DataTexts.h"
#include "patients/ConditionCatalog.h"
#include "services/EpisodeRecords.h"
#include "services/PatientEdits.h"
#include "services/PatientRecords.h"
#include "undo/SnapshotEditCommand.h"

#include <QCoreApplication>

namespace gradus {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PatientCommands)
};

QString conditionName(const Condition& c)
{
    return DataTexts::display().conditionName(c.code);
}

} // namespace

PatientCommand::PatientCommand(Workspace& workspace, const QString& text)
    : StoreCommand(text), m_workspace(workspace)
{
}

// --- patients ---------------------------------------------------------------------------

AddPatientCommand::AddPatientCommand(Workspace& workspace, Patient patient)
    : PatientCommand(workspace, Tr::tr("Add patient %1").arg(patient.fullName())),
      m_patient(std::move(patient))
{
}

Status AddPatientCommand::applyUndo()
{
    // Refused when anything was recorded for the patient since, or the record was changed:
    // undoing the addition must not take that away. Redo puts back exactly what was stored,
    // version included, so that later commands on the stack still find the record they were
    // based on.
    auto withdrawn = PatientEdits(m_workspace).withdrawAdded(m_patient);
    if (!withdrawn)
        return withdrawn.error();
    m_patient = *withdrawn;
    return {};
}

Status AddPatientCommand::applyRedo()
{
    PatientEdits edits(m_workspace);
    const bool first = firstRedo();
    auto id = first ? edits.add(m_patient) : edits.reinsert(m_patient);
    if (!id)
        return id.error();
    m_patient.id = *id;
    // Undo compares the stored record with what was added: the record as stored (trimmed,
    // stamped), not as typed.
    if (first)
        if (auto stored = PatientRecords(m_workspace).get(*id))
            m_patient = *stored;
    return {};
}

ArchivePatientCommand::ArchivePatientCommand(Workspace& workspace, qint64 patientId,
                                             const QString& name, bool archived)
    : PatientCommand(workspace,
                     archived ? Tr::tr("Archive %1").arg(name) : Tr::tr("Restore %1").arg(name)),
      m_patientId(patientId), m_archived(archived)
{
}

Status ArchivePatientCommand::applyUndo()
{
    return PatientEdits(m_workspace).setArchived(m_patientId, !m_archived);
}

Status ArchivePatientCommand::applyRedo()
{
    return PatientEdits(m_workspace).setArchived(m_patientId, m_archived);
}

// --- episodes ---------------------------------------------------------------------------

AddEpisodeCommand::AddEpisodeCommand(Workspace& workspace, Episode episode)
    : PatientCommand(workspace, Tr::tr("Open episode \"%1\"").arg(episode.complaint)),
      m_episode(std::move(episode))
{
}

Status AddEpisodeCommand::applyUndo()
{
    // As for a patient: refused when anything was recorded in the episode since; redo puts
    // back what was stored, version included.
    auto withdrawn = EpisodeEdits(m_workspace).withdrawAdded(m_episode);
    if (!withdrawn)
        return withdrawn.error();
    m_episode = *withdrawn;
    return {};
}

Status AddEpisodeCommand::applyRedo()
{
    EpisodeEdits edits(m_workspace);
    const bool first = firstRedo();
    auto id = first ? edits.addEpisode(m_episode) : edits.reinsertEpisode(m_episode);
    if (!id)
        return id.error();
    m_episode.id = *id;
    if (first)
        if (auto stored = EpisodeRecords(m_workspace).episode(*id))
            m_episode = *stored;
    return {};
}

// --- conditions -------------------------------------------------------------------------

AddConditionCommand::AddConditionCommand(Workspace& workspace, Condition condition, bool removal)
    : PatientCommand(workspace, removal ? Tr::tr("Remove %1").arg(conditionName(condition))
                                        : Tr::tr("Add %1").arg(conditionName(condition))),
      m_condition(std::move(condition)), m_removal(removal)
{
}

Status AddConditionCommand::add()
{
    EpisodeEdits edits(m_workspace);
    auto id = firstRedo() ? edits.addCondition(m_condition) : edits.reinsertCondition(m_condition);
    if (!id)
        return id.error();
    // A later removal compares with the condition as stored, so it keeps what was stored.
    auto stored = EpisodeRecords(m_workspace).condition(*id);
    if (!stored)
        return stored.error();
    m_condition = *stored;
    return {};
}

Status AddConditionCommand::remove()
{
    // Refused when the condition was changed since it was shown or added, so that the removal
    // (or the undo of an addition) never takes away another desk's edit; what was removed is
    // what a later undo puts back.
    auto removed = EpisodeEdits(m_workspace).withdrawCondition(m_condition);
    if (!removed)
        return removed.error();
    m_condition = *removed;
    return {};
}

StoreCommand* editPatientCommand(Workspace& workspace, const Patient& before, const Patient& after)
{
    return new SnapshotEditCommand<Patient>(
        Tr::tr("Edit %1").arg(after.fullName()), before, after,
        [&workspace](const Patient& p) { return PatientEdits(workspace).update(p); });
}

StoreCommand* editEpisodeCommand(Workspace& workspace, const Episode& before, const Episode& after)
{
    return new SnapshotEditCommand<Episode>(
        before.isOpen() && !after.isOpen() ? Tr::tr("Close episode \"%1\"").arg(after.complaint)
                                           : Tr::tr("Edit episode \"%1\"").arg(after.complaint),
        before, after,
        [&workspace](const Episode& e) { return EpisodeEdits(workspace).updateEpisode(e); });
}

StoreCommand* editConditionCommand(Workspace& workspace, const Condition& before,
                                   const Condition& after)
{
    return new SnapshotEditCommand<Condition>(
        before.status != after.status
            ? (after.isActive() ? Tr::tr("Reactivate %1") : Tr::tr("Resolve %1"))
                  .arg(conditionName(after))
            : Tr::tr("Edit %1").arg(conditionName(after)),
        before, after,
        [&workspace](const Condition& c) { return EpisodeEdits(workspace).updateCondition(c); });
}

} // namespace gradus
