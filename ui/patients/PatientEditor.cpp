#include "patients/PatientEditor.h"

#include "Workspace.h"
#include "patients/PatientCommands.h"
#include "services/PatientEdits.h"
#include "services/PatientRecords.h"
#include "undo/StoreUndoStack.h"

namespace gradus {

PatientEditor::PatientEditor(Workspace& workspace, StoreUndoStack* undoStack, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_undoStack(undoStack)
{
}

Result<qint64> PatientEditor::addPatient(const Patient& patient)
{
    auto* command = new AddPatientCommand(m_workspace, patient);
    if (auto st = m_undoStack->run(command); !st)
        return st.error();
    return command->patientId();
}

Status PatientEditor::editPatient(const Patient& before, const Patient& after)
{
    return m_undoStack->run(editPatientCommand(m_workspace, before, after));
}

Status PatientEditor::setArchived(qint64 patientId, bool archived)
{
    auto patient = PatientRecords(m_workspace).get(patientId);
    if (!patient)
        return patient.error();
    if (patient->archived == archived)
        return {};
    return m_undoStack->run(
        new ArchivePatientCommand(m_workspace, patientId, patient->fullName(), archived));
}

Result<PatientErasure> PatientEditor::erasePatient(qint64 patientId)
{
    auto erased = PatientEdits(m_workspace).erase(patientId);
    if (erased)
        m_undoStack->clear();
    return erased;
}

Result<qint64> PatientEditor::addEpisode(const Episode& episode)
{
    auto* command = new AddEpisodeCommand(m_workspace, episode);
    if (auto st = m_undoStack->run(command); !st)
        return st.error();
    return command->episodeId();
}

Status PatientEditor::editEpisode(const Episode& before, const Episode& after)
{
    return m_undoStack->run(editEpisodeCommand(m_workspace, before, after));
}

Result<qint64> PatientEditor::addCondition(const Condition& condition)
{
    auto* command = new AddConditionCommand(m_workspace, condition, false);
    if (auto st = m_undoStack->run(command); !st)
        return st.error();
    return command->conditionId();
}

Status PatientEditor::editCondition(const Condition& before, const Condition& after)
{
    return m_undoStack->run(editConditionCommand(m_workspace, before, after));
}

Status PatientEditor::removeCondition(const Condition& condition)
{
    return m_undoStack->run(new AddConditionCommand(m_workspace, condition, true));
}

} // namespace gradus
