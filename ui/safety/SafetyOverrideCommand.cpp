#include "safety/SafetyOverrideCommand.h"

#include "services/SafetyOverrides.h"

namespace gradus {

SafetyOverrideCommand::SafetyOverrideCommand(Workspace& workspace, SafetyOverride entry,
                                             const QString& text)
    : StoreCommand(text), m_workspace(workspace), m_entry(std::move(entry))
{
}

Status SafetyOverrideCommand::applyRedo()
{
    // Redo after undo records it again with its first time: it is the same decision.
    SafetyOverrides repo(m_workspace);
    auto id = repo.record(m_entry);
    if (!id)
        return id.error();
    m_id = *id;
    if (!m_entry.recordedAt.isValid()) {
        if (auto stored = repo.forProgramme(m_entry.programmeId))
            for (const SafetyOverride& o : *stored)
                if (o.id == m_id)
                    m_entry.recordedAt = o.recordedAt;
    }
    return {};
}

Status SafetyOverrideCommand::applyUndo()
{
    SafetyOverride recorded = m_entry;
    recorded.id = m_id;
    if (Status removed = SafetyOverrides(m_workspace).withdraw(recorded); !removed)
        return removed;
    m_id = 0;
    return {};
}

} // namespace gradus
