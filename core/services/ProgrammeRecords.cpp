#include "services/ProgrammeRecords.h"

#include "storage/ProgrammeRepository.h"
#include "storage/ProgrammeTemplateRepository.h"

namespace gradus {

ProgrammeRecords::ProgrammeRecords(Workspace& workspace) : m_workspace(workspace) {}

Result<Programme> ProgrammeRecords::get(qint64 id)
{
    return ProgrammeRepository(m_workspace).get(id);
}

Result<QList<Programme>> ProgrammeRecords::forPatient(qint64 patientId)
{
    return ProgrammeRepository(m_workspace).forPatient(patientId);
}

Result<QList<Programme>> ProgrammeRecords::versions(qint64 id)
{
    return ProgrammeRepository(m_workspace).versions(id);
}

Result<std::optional<Programme>> ProgrammeRecords::activeOn(qint64 patientId, const QDate& day)
{
    return ProgrammeRepository(m_workspace).activeOn(patientId, day);
}

Result<QList<ProgrammeTemplate>> ProgrammeRecords::templates()
{
    return ProgrammeTemplateRepository(m_workspace).list();
}

Result<int> ProgrammeRecords::ensureBuiltInTemplates()
{
    return ProgrammeTemplateRepository(m_workspace).ensureBuiltIns();
}

ProgrammeVersions::ProgrammeVersions(Workspace& workspace) : m_workspace(workspace) {}

Result<qint64> ProgrammeVersions::create(const Programme& programme)
{
    return ProgrammeRepository(m_workspace).create(programme);
}

Result<qint64> ProgrammeVersions::createFromTemplate(qint64 templateId, qint64 patientId,
                                                     const QDate& start)
{
    return ProgrammeTemplateRepository(m_workspace).apply(templateId, patientId, {}, start);
}

Status ProgrammeVersions::saveDraft(const Programme& draft, const Programme* basedOn)
{
    return ProgrammeRepository(m_workspace).saveDraft(draft, basedOn);
}

Result<Programme> ProgrammeVersions::draftWithChanges(qint64 activeId, const Programme& changed)
{
    return ProgrammeRepository(m_workspace).draftWithChanges(activeId, changed);
}

Status ProgrammeVersions::removeDraft(qint64 id, const Programme* asLeft)
{
    return ProgrammeRepository(m_workspace).removeDraft(id, asLeft);
}

Status ProgrammeVersions::restoreDraft(const Programme& draft)
{
    return ProgrammeRepository(m_workspace).restoreDraft(draft);
}

Status ProgrammeVersions::activate(qint64 id)
{
    return ProgrammeRepository(m_workspace).activate(id);
}

Status ProgrammeVersions::revertActivation(qint64 id, qint64 previousActiveId)
{
    return ProgrammeRepository(m_workspace).revertActivation(id, previousActiveId);
}

Result<qint64> ProgrammeVersions::saveAsTemplate(qint64 programmeId, const QString& name)
{
    return ProgrammeTemplateRepository(m_workspace).saveFromProgramme(programmeId, name);
}

Result<qint64> ProgrammeVersions::addTemplate(const ProgrammeTemplate& saved)
{
    return ProgrammeTemplateRepository(m_workspace).add(saved);
}

Result<ProgrammeTemplate> ProgrammeVersions::getTemplate(qint64 id)
{
    return ProgrammeTemplateRepository(m_workspace).get(id);
}

Status ProgrammeVersions::removeTemplate(qint64 id)
{
    return ProgrammeTemplateRepository(m_workspace).remove(id);
}

} // namespace gradus
