#pragma once

#include "model/Condition.h"
#include "model/Episode.h"
#include "model/Patient.h"
#include "util/Result.h"

#include "undo/StoreCommand.h"

namespace gradus {

class Workspace;

// Undo commands for patient data, made and run by PatientEditor. The first redo() makes the
// change; later ones put it back as it was stored, with the same id, so that the steps above
// it on the stack still find their record.
class PatientCommand : public StoreCommand
{
public:
    PatientCommand(Workspace& workspace, const QString& text);

protected:
    Workspace& m_workspace;
};

class AddPatientCommand final : public PatientCommand
{
public:
    AddPatientCommand(Workspace& workspace, Patient patient);
    qint64 patientId() const { return m_patient.id; }

private:
    Status applyUndo() override;
    Status applyRedo() override;
    Patient m_patient;
};

class ArchivePatientCommand final : public PatientCommand
{
public:
    ArchivePatientCommand(Workspace& workspace, qint64 patientId, const QString& name,
                          bool archived);

private:
    Status applyUndo() override;
    Status applyRedo() override;
    qint64 m_patientId;
    bool m_archived;
};

class AddEpisodeCommand final : public PatientCommand
{
public:
    AddEpisodeCommand(Workspace& workspace, Episode episode);
    qint64 episodeId() const { return m_episode.id; }

private:
    Status applyUndo() override;
    Status applyRedo() override;
    Episode m_episode;
};

class AddConditionCommand final : public PatientCommand
{
public:
    AddConditionCommand(Workspace& workspace, Condition condition, bool removal);
    qint64 conditionId() const { return m_condition.id; }

private:
    Status add();
    Status remove();
    Status applyUndo() override { return m_removal ? add() : remove(); }
    Status applyRedo() override { return m_removal ? remove() : add(); }
    Condition m_condition;
    bool m_removal; // true: this command removed the condition rather than added it
};

// Edits of a patient, an episode and a condition: before/after snapshots, named for the
// Edit menu ("Edit Ann Example", "Close episode \"…\"", "Resolve Sciatica").
StoreCommand* editPatientCommand(Workspace& workspace, const Patient& before, const Patient& after);
StoreCommand* editEpisodeCommand(Workspace& workspace, const Episode& before, const Episode& after);
StoreCommand* editConditionCommand(Workspace& workspace, const Condition& before,
                                   const Condition& after);

} // namespace gradus
