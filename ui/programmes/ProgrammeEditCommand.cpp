#include "ProgrammeEditCommand.h"

#include "log/Logging.h"
#include "storage/ProgrammeRepository.h"

namespace gradus {

ProgrammeEditCommand::ProgrammeEditCommand(Workspace& workspace, const QString& text,
                                           Programme before, Programme after,
                                           ProgrammeCommandHooks hooks)
    : QUndoCommand(text), m_workspace(workspace), m_before(std::move(before)),
      m_after(std::move(after)), m_hooks(std::move(hooks))
{
}

void ProgrammeEditCommand::redo()
{
    if (!createsDraft()) {
        save(m_after);
        return;
    }
    ProgrammeRepository repo(m_workspace);
    if (!m_draftMade) {
        auto draft = repo.draftWithChanges(m_before.id, m_after);
        if (!draft)
            return fail(m_before.id, draft.error());
        m_after = *draft;
        m_draftMade = true;
    } else if (const Status st = repo.restoreDraft(m_after); !st) {
        return fail(m_after.id, st.error());
    }
    m_ok = true;
    if (m_hooks.show)
        m_hooks.show(m_after.patientId, m_after.id);
}

void ProgrammeEditCommand::undo()
{
    if (!createsDraft()) {
        save(m_before);
        return;
    }
    // Only the draft this step made goes; the active version was never touched.
    if (const Status st = ProgrammeRepository(m_workspace).removeDraft(m_after.id); !st)
        return fail(m_after.id, st.error());
    m_ok = true;
    if (m_hooks.show)
        m_hooks.show(m_before.patientId, m_before.id);
}

void ProgrammeEditCommand::save(const Programme& programme)
{
    if (const Status saved = ProgrammeRepository(m_workspace).saveDraft(programme); !saved)
        return fail(programme.id, saved.error());
    m_ok = true;
    if (m_hooks.show)
        m_hooks.show(programme.patientId, programme.id);
}

void ProgrammeEditCommand::fail(qint64 id, const Error& error)
{
    m_ok = false;
    logging::get("ui.programmes")->warn("programme {} not saved: {}", id, error.code.toStdString());
    setObsolete(true);
    if (m_hooks.error)
        m_hooks.error(error.message);
}

} // namespace gradus
