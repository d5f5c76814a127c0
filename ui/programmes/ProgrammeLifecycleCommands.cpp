#include "ProgrammeLifecycleCommands.h"

#include "services/ProgrammeRecords.h"

#include <QCoreApplication>

namespace gradus {

ProgrammeCreateCommand::ProgrammeCreateCommand(Workspace& workspace, const QString& text,
                                               qint64 patientId, qint64 shownBefore,
                                               std::function<Result<qint64>()> create,
                                               ProgrammeCommandHooks hooks)
    : StoreCommand(text), m_workspace(workspace), m_patientId(patientId),
      m_shownBefore(shownBefore), m_create(std::move(create)), m_hooks(std::move(hooks))
{
}

Status ProgrammeCreateCommand::applyRedo()
{
    if (m_created.id == 0) {
        auto id = m_create();
        if (!id)
            return id.error();
        auto stored = ProgrammeRecords(m_workspace).get(*id);
        if (!stored)
            return stored.error();
        m_created = *stored;
    } else if (Status st = ProgrammeVersions(m_workspace).restoreDraft(m_created); !st) {
        return st;
    }
    if (m_hooks.show)
        m_hooks.show(m_patientId, m_created.id);
    return {};
}

Status ProgrammeCreateCommand::applyUndo()
{
    if (Status st = ProgrammeVersions(m_workspace).removeDraft(m_created.id, &m_created); !st)
        return st;
    if (m_hooks.show)
        m_hooks.show(m_patientId, m_shownBefore);
    return {};
}

ProgrammeActivateCommand::ProgrammeActivateCommand(Workspace& workspace, const Programme& draft,
                                                   ProgrammeCommandHooks hooks)
    : StoreCommand(
          QCoreApplication::translate("gradus::ProgrammeActivateCommand", "Activate version %1")
              .arg(draft.version)),
      m_workspace(workspace), m_id(draft.id), m_patientId(draft.patientId),
      m_hooks(std::move(hooks))
{
}

Status ProgrammeActivateCommand::applyRedo()
{
    auto versions = ProgrammeRecords(m_workspace).versions(m_id);
    if (!versions)
        return versions.error();
    m_previousActive = 0;
    for (const Programme& v : *versions)
        if (v.status == ProgrammeStatus::Active)
            m_previousActive = v.id;
    if (Status st = ProgrammeVersions(m_workspace).activate(m_id); !st)
        return st;
    if (m_hooks.show)
        m_hooks.show(m_patientId, m_id);
    return {};
}

Status ProgrammeActivateCommand::applyUndo()
{
    Status st = ProgrammeVersions(m_workspace).revertActivation(m_id, m_previousActive);
    if (!st)
        return st;
    if (m_hooks.show)
        m_hooks.show(m_patientId, m_id);
    return {};
}

TemplateSaveCommand::TemplateSaveCommand(Workspace& workspace, qint64 programmeId,
                                         const QString& name)
    : StoreCommand(
          QCoreApplication::translate("gradus::TemplateSaveCommand", "Save as the template \"%1\"")
              .arg(name)),
      m_workspace(workspace), m_programmeId(programmeId), m_name(name)
{
}

Status TemplateSaveCommand::applyRedo()
{
    ProgrammeVersions templates(m_workspace);
    // The first time from the programme; afterwards from what was saved then, since the
    // programme may have been undone away meanwhile.
    auto id = m_savedOnce ? templates.addTemplate(m_saved)
                          : templates.saveAsTemplate(m_programmeId, m_name);
    if (!id)
        return id.error();
    m_templateId = *id;
    if (!m_savedOnce) {
        auto saved = templates.getTemplate(*id);
        if (!saved) {
            (void)templates.removeTemplate(*id); // no template the stack does not know about
            m_templateId = 0;
            return saved.error();
        }
        m_saved = *saved;
        m_saved.id = 0;
        m_savedOnce = true;
    }
    return {};
}

Status TemplateSaveCommand::applyUndo()
{
    if (Status st = ProgrammeVersions(m_workspace).removeTemplate(m_templateId); !st)
        return st;
    m_templateId = 0;
    return {};
}

} // namespace gradus
