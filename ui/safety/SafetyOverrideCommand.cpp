#include "safety/SafetyOverrideCommand.h"

#include "storage/SafetyOverrideRepository.h"

namespace gradus {

SafetyOverrideCommand::SafetyOverrideCommand(Workspace& workspace, SafetyOverride entry,
                                             const QString& text, std::function<void()> onApplied,
                                             std::function<void(const QString&)> onError)
    : QUndoCommand(text), m_workspace(workspace), m_entry(std::move(entry)),
      m_onApplied(std::move(onApplied)), m_onError(std::move(onError))
{
}

void SafetyOverrideCommand::redo()
{
    // Redo after undo records it again with its first time: it is the same decision.
    auto id = SafetyOverrideRepository(m_workspace).record(m_entry);
    if (!id) {
        setObsolete(true);
        if (m_onError)
            m_onError(id.error().message);
        return;
    }
    m_id = *id;
    if (!m_entry.recordedAt.isValid()) {
        auto stored = SafetyOverrideRepository(m_workspace).forProgramme(m_entry.programmeId);
        if (stored)
            for (const SafetyOverride& o : *stored)
                if (o.id == m_id)
                    m_entry.recordedAt = o.recordedAt;
    }
    if (m_onApplied)
        m_onApplied();
}

void SafetyOverrideCommand::undo()
{
    if (m_id == 0)
        return;
    if (const Status removed = SafetyOverrideRepository(m_workspace).remove(m_id); !removed) {
        if (m_onError)
            m_onError(removed.error().message);
        return;
    }
    m_id = 0;
    if (m_onApplied)
        m_onApplied();
}

} // namespace gradus
