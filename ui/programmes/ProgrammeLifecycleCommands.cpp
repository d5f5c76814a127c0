#include "ProgrammeLifecycleCommands.h"

#include "log/Logging.h"
#include "storage/ProgrammeRepository.h"
#include "storage/ProgrammeTemplateRepository.h"

#include <QCoreApplication>

namespace gradus {
namespace {

auto logger()
{
    static const auto logger = logging::get("ui.programmes");
    return logger;
}

// Reports a refused step and takes the command off the stack: the store is as it was, so the
// stack must not go on as if the step had happened (QUndoStack deletes obsolete commands).
void refuse(QUndoCommand& command, const ProgrammeCommandHooks& hooks, const char* what, qint64 id,
            const Error& error)
{
    logger()->warn("{} {} refused: {}", what, id, error.code.toStdString());
    command.setObsolete(true);
    if (hooks.error)
        hooks.error(error.message);
}

} // namespace

ProgrammeCreateCommand::ProgrammeCreateCommand(Workspace& workspace, const QString& text,
                                               qint64 patientId, qint64 shownBefore,
                                               std::function<Result<qint64>()> create,
                                               ProgrammeCommandHooks hooks)
    : QUndoCommand(text), m_workspace(workspace), m_patientId(patientId),
      m_shownBefore(shownBefore), m_create(std::move(create)), m_hooks(std::move(hooks))
{
}

void ProgrammeCreateCommand::redo()
{
    ProgrammeRepository repo(m_workspace);
    if (m_created.id == 0) {
        auto id = m_create();
        if (!id)
            return refuse(*this, m_hooks, "programme creation for patient", m_patientId,
                          id.error());
        auto stored = repo.get(*id);
        if (!stored)
            return refuse(*this, m_hooks, "new programme", *id, stored.error());
        m_created = *stored;
    } else if (const Status st = repo.restoreDraft(m_created); !st) {
        return refuse(*this, m_hooks, "programme redo", m_created.id, st.error());
    }
    if (m_hooks.show)
        m_hooks.show(m_patientId, m_created.id);
}

void ProgrammeCreateCommand::undo()
{
    if (const Status st = ProgrammeRepository(m_workspace).removeDraft(m_created.id); !st)
        return refuse(*this, m_hooks, "programme undo", m_created.id, st.error());
    if (m_hooks.show)
        m_hooks.show(m_patientId, m_shownBefore);
}

ProgrammeActivateCommand::ProgrammeActivateCommand(Workspace& workspace, const Programme& draft,
                                                   ProgrammeCommandHooks hooks)
    : QUndoCommand(
          QCoreApplication::translate("gradus::ProgrammeActivateCommand", "Activate version %1")
              .arg(draft.version)),
      m_workspace(workspace), m_id(draft.id), m_patientId(draft.patientId),
      m_hooks(std::move(hooks))
{
}

void ProgrammeActivateCommand::redo()
{
    ProgrammeRepository repo(m_workspace);
    m_ok = false;
    auto versions = repo.versions(m_id);
    if (!versions)
        return refuse(*this, m_hooks, "activation of", m_id, versions.error());
    m_previousActive = 0;
    for (const Programme& v : *versions)
        if (v.status == ProgrammeStatus::Active)
            m_previousActive = v.id;
    if (const Status st = repo.activate(m_id); !st)
        return refuse(*this, m_hooks, "activation of", m_id, st.error());
    m_ok = true;
    if (m_hooks.show)
        m_hooks.show(m_patientId, m_id);
}

void ProgrammeActivateCommand::undo()
{
    m_ok = false;
    const Status st = ProgrammeRepository(m_workspace).revertActivation(m_id, m_previousActive);
    if (!st)
        return refuse(*this, m_hooks, "undo of activation of", m_id, st.error());
    m_ok = true;
    if (m_hooks.show)
        m_hooks.show(m_patientId, m_id);
}

TemplateSaveCommand::TemplateSaveCommand(Workspace& workspace, qint64 programmeId,
                                         const QString& name, ProgrammeCommandHooks hooks)
    : QUndoCommand(
          QCoreApplication::translate("gradus::TemplateSaveCommand", "Save as the template \"%1\"")
              .arg(name)),
      m_workspace(workspace), m_programmeId(programmeId), m_name(name), m_hooks(std::move(hooks))
{
}

void TemplateSaveCommand::redo()
{
    ProgrammeTemplateRepository templates(m_workspace);
    // The first time from the programme; afterwards from what was saved then, since the
    // programme may have been undone away meanwhile.
    auto id =
        m_savedOnce ? templates.add(m_saved) : templates.saveFromProgramme(m_programmeId, m_name);
    if (!id)
        return refuse(*this, m_hooks, "template from programme", m_programmeId, id.error());
    m_templateId = *id;
    if (!m_savedOnce) {
        auto saved = templates.get(*id);
        if (!saved) {
            (void)templates.remove(*id); // no template the stack does not know about
            m_templateId = 0;
            return refuse(*this, m_hooks, "template", *id, saved.error());
        }
        m_saved = *saved;
        m_saved.id = 0;
        m_savedOnce = true;
    }
}

void TemplateSaveCommand::undo()
{
    if (const Status st = ProgrammeTemplateRepository(m_workspace).remove(m_templateId); !st)
        return refuse(*this, m_hooks, "template undo", m_templateId, st.error());
    m_templateId = 0;
}

} // namespace gradus
