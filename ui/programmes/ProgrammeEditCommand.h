#pragma once

#include "model/Prescription.h"

#include <QUndoCommand>

#include <functional>

namespace gradus {

class Workspace;

// One clinician's edit of a draft programme (add, remove, move, dose, fields): the draft
// before and after. redo() and undo() store the whole version through
// ProgrammeRepository::saveDraft, so the store always holds exactly what the table shows.
// `onApplied` is told the stored version (the builder shows it); a failed save is reported
// through `onError` and leaves the store as it was.
class ProgrammeEditCommand : public QUndoCommand
{
public:
    ProgrammeEditCommand(Workspace& workspace, const QString& text, Programme before,
                         Programme after, std::function<void(const Programme&)> onApplied,
                         std::function<void(const QString&)> onError);

    void redo() override;
    void undo() override;
    // True when the last redo() or undo() reached the store.
    bool succeeded() const { return m_ok; }

private:
    void apply(const Programme& programme);

    Workspace& m_workspace;
    Programme m_before;
    Programme m_after;
    std::function<void(const Programme&)> m_onApplied;
    std::function<void(const QString&)> m_onError;
    bool m_ok = false;
};

} // namespace gradus
