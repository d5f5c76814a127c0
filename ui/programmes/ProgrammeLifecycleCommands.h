#pragma once

#include "ProgrammeCommandHooks.h"
#include "model/Prescription.h"
#include "model/ProgrammeTemplate.h"
#include "util/Result.h"

#include "undo/StoreCommand.h"

#include <functional>

namespace gradus {

class Workspace;

// The undo commands for what happens to a programme as a whole (the row edits are
// ProgrammeEditCommand). Each tells the builder what to show through ProgrammeCommandHooks;
// a step the store refuses is dropped from the stack with a message (StoreCommand).

// A new draft programme: empty, or from a template. The first redo() runs `create`; undo()
// deletes the draft (only while it is still a draft, ProgrammeRepository::removeDraft), and a
// later redo() puts the same draft back with the SAME id (restoreDraft), so the edits stacked
// after this one, which name that id, still apply.
class ProgrammeCreateCommand : public StoreCommand
{
public:
    ProgrammeCreateCommand(Workspace& workspace, const QString& text, qint64 patientId,
                           qint64 shownBefore, std::function<Result<qint64>()> create,
                           ProgrammeCommandHooks hooks);

    // The new draft's id; 0 when the first redo() failed.
    qint64 programmeId() const { return m_created.id; }

private:
    Status applyRedo() override;
    Status applyUndo() override;

    Workspace& m_workspace;
    qint64 m_patientId;
    qint64 m_shownBefore;
    std::function<Result<qint64>()> m_create;
    ProgrammeCommandHooks m_hooks;
    Programme m_created; // as it was just after creation, to put back on redo
};

// Activates a draft (superseding the lineage's active version). undo() makes it a draft again
// and the version it superseded active again, in one transaction
// (ProgrammeRepository::revertActivation); refused with a message when the programme has
// moved on since.
class ProgrammeActivateCommand : public StoreCommand
{
public:
    ProgrammeActivateCommand(Workspace& workspace, const Programme& draft,
                             ProgrammeCommandHooks hooks);

private:
    Status applyRedo() override;
    Status applyUndo() override;

    Workspace& m_workspace;
    qint64 m_id;
    qint64 m_patientId;
    qint64 m_previousActive = 0;
    ProgrammeCommandHooks m_hooks;
};

// Saves a programme version as a clinic template. undo() deletes the template; redo() adds it
// again from what was saved.
class TemplateSaveCommand : public StoreCommand
{
public:
    TemplateSaveCommand(Workspace& workspace, qint64 programmeId, const QString& name);

    // The template's id while it exists; 0 after undo() or a failure.
    qint64 templateId() const { return m_templateId; }

private:
    Status applyRedo() override;
    Status applyUndo() override;

    Workspace& m_workspace;
    qint64 m_programmeId;
    QString m_name;
    qint64 m_templateId = 0;
    ProgrammeTemplate m_saved;
    bool m_savedOnce = false;
};

} // namespace gradus
