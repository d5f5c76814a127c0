#include "ProgrammeEditCommand.h"

#include "log/Logging.h"
#include "storage/ProgrammeRepository.h"

namespace gradus {

ProgrammeEditCommand::ProgrammeEditCommand(Workspace& workspace, const QString& text,
                                           Programme before, Programme after,
                                           std::function<void(const Programme&)> onApplied,
                                           std::function<void(const QString&)> onError)
    : QUndoCommand(text), m_workspace(workspace), m_before(std::move(before)),
      m_after(std::move(after)), m_onApplied(std::move(onApplied)), m_onError(std::move(onError))
{
}

void ProgrammeEditCommand::redo()
{
    apply(m_after);
}

void ProgrammeEditCommand::undo()
{
    apply(m_before);
}

void ProgrammeEditCommand::apply(const Programme& programme)
{
    ProgrammeRepository repo(m_workspace);
    const Status saved = repo.saveDraft(programme);
    m_ok = bool(saved);
    if (!saved) {
        logging::get("ui.programmes")
            ->warn("programme {} not saved: {}", programme.id, saved.error().code.toStdString());
        if (m_onError)
            m_onError(saved.error().message);
        return;
    }
    auto stored = repo.get(programme.id);
    if (stored && m_onApplied)
        m_onApplied(*stored);
}

} // namespace gradus
