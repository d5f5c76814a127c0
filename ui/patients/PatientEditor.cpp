#include "patients/PatientEditor.h"

#include "Workspace.h"
#include "patients/PatientCommands.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"

#include <QUndoStack>

namespace gradus {

PatientEditor::PatientEditor(Workspace& workspace, QUndoStack* undoStack, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_undoStack(undoStack)
{
}

Result<qint64> PatientEditor::addPatient(const Patient& patient)
{
    PatientRepository repo(m_workspace);
    auto id = repo.add(patient);
    if (!id)
        return id.error();
    auto stored = repo.get(*id);
    if (stored)
        m_undoStack->push(new AddPatientCommand(*this, *stored));
    return id;
}

Status PatientEditor::editPatient(const Patient& before, const Patient& after)
{
    auto stored = PatientRepository(m_workspace).update(after);
    if (!stored)
        return stored.error();
    m_undoStack->push(new EditPatientCommand(*this, before, *stored));
    return {};
}

Status PatientEditor::setArchived(qint64 patientId, bool archived)
{
    PatientRepository repo(m_workspace);
    auto patient = repo.get(patientId);
    if (!patient)
        return patient.error();
    if (patient->archived == archived)
        return {};
    if (auto st = repo.setArchived(patientId, archived); !st)
        return st;
    m_undoStack->push(new ArchivePatientCommand(*this, patientId, patient->fullName(), archived));
    return {};
}

Result<PatientRepository::Erasure> PatientEditor::erasePatient(qint64 patientId)
{
    auto erased = PatientRepository(m_workspace).erase(patientId);
    if (erased)
        m_undoStack->clear();
    return erased;
}

Result<qint64> PatientEditor::addEpisode(const Episode& episode)
{
    EpisodeRepository repo(m_workspace);
    auto id = repo.add(episode);
    if (!id)
        return id.error();
    if (auto stored = repo.get(*id))
        m_undoStack->push(new AddEpisodeCommand(*this, *stored));
    return id;
}

Status PatientEditor::editEpisode(const Episode& before, const Episode& after)
{
    auto stored = EpisodeRepository(m_workspace).update(after);
    if (!stored)
        return stored.error();
    m_undoStack->push(new EditEpisodeCommand(*this, before, *stored));
    return {};
}

Result<qint64> PatientEditor::addCondition(const Condition& condition)
{
    ConditionRepository repo(m_workspace);
    auto id = repo.add(condition);
    if (!id)
        return id.error();
    if (auto stored = repo.get(*id))
        m_undoStack->push(new AddConditionCommand(*this, *stored, false));
    return id;
}

Status PatientEditor::editCondition(const Condition& before, const Condition& after)
{
    auto stored = ConditionRepository(m_workspace).update(after);
    if (!stored)
        return stored.error();
    m_undoStack->push(new EditConditionCommand(*this, before, *stored));
    return {};
}

Status PatientEditor::removeCondition(const Condition& condition)
{
    ConditionRepository repo(m_workspace);
    auto stored = repo.get(condition.id);
    if (!stored)
        return stored.error();
    if (auto st = repo.remove(condition.id); !st)
        return st;
    m_undoStack->push(new AddConditionCommand(*this, *stored, true));
    return {};
}

} // namespace gradus
