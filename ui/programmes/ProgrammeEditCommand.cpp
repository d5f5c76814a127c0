#include "ProgrammeEditCommand.h"

#include "services/ProgrammeRecords.h"

namespace gradus {

ProgrammeEditCommand::ProgrammeEditCommand(Workspace& workspace, const QString& text,
                                           Programme before, Programme after,
                                           ProgrammeCommandHooks hooks)
    : StoreCommand(text), m_workspace(workspace), m_before(std::move(before)),
      m_after(std::move(after)), m_hooks(std::move(hooks))
{
}

Status ProgrammeEditCommand::applyRedo()
{
    if (!createsDraft())
        return save(m_after, m_before);
    ProgrammeVersions versions(m_workspace);
    if (!m_draftMade) {
        auto draft = versions.draftWithChanges(m_before.id, m_after);
        if (!draft)
            return draft.error();
        m_after = *draft;
        m_draftMade = true;
    } else if (Status st = versions.restoreDraft(m_after); !st) {
        return st;
    }
    if (m_hooks.show)
        m_hooks.show(m_after.patientId, m_after.id);
    return {};
}

Status ProgrammeEditCommand::applyUndo()
{
    if (!createsDraft())
        return save(m_before, m_after);
    // Only the draft this step made goes; the active version was never touched.
    if (Status st = ProgrammeVersions(m_workspace).removeDraft(m_after.id, &m_after); !st)
        return st;
    if (m_hooks.show)
        m_hooks.show(m_before.patientId, m_before.id);
    return {};
}

Status ProgrammeEditCommand::save(const Programme& programme, const Programme& basedOn)
{
    // Only over the draft as this step found or left it: a change another desk made in between
    // is a conflict, never written over.
    if (Status saved = ProgrammeVersions(m_workspace).saveDraft(programme, &basedOn); !saved)
        return saved;
    if (m_hooks.show)
        m_hooks.show(programme.patientId, programme.id);
    return {};
}

} // namespace gradus
