#include "storage/PacingProgrammeUpdate.h"

#include "Workspace.h"
#include "programmes/DoseValidator.h"
#include "storage/PacingPlanRepository.h"
#include "storage/ProgrammeRepository.h"

namespace gradus {

Result<PacingProgrammeChange> PacingProgrammeUpdate::apply(Workspace& workspace, qint64 programmeId,
                                                           qint64 lineage, qint64 exerciseId,
                                                           const Prescription& changed)
{
    Database& db = workspace.db();
    ProgrammeRepository programmes(workspace);
    // Held before the programme is read, so that the version changed is the one stored now:
    // a draft another desk is editing is never saved back as it was before that edit.
    if (auto st = programmes.lockLineage(programmeId); !st)
        return st.error();
    auto current = programmes.get(programmeId);
    if (!current)
        return current.error();
    if (current->status == ProgrammeStatus::Superseded)
        return Error{QStringLiteral("pacing.superseded"),
                     tr("Version %1 of the programme has been replaced by a newer one; choose "
                        "the exercise in the version in force.")
                         .arg(current->version)};
    PacingProgrammeChange change;
    change.dose = changed.dose;
    const bool wasDraft = current->status == ProgrammeStatus::Draft;
    if (!wasDraft) {
        // Never activate a clinician's half-finished edit along with a pacing change.
        auto open = db.exec(QStringLiteral("SELECT version FROM programme WHERE lineage = ? "
                                           "AND status = ?"),
                            {lineage, statusName(ProgrammeStatus::Draft)});
        if (!open)
            return open.error();
        if (open->next())
            return Error{QStringLiteral("pacing.draft_open"),
                         tr("The programme has a draft (version %1) being edited. Give it to "
                            "the patient or discard it first, so that this change of dose "
                            "does not hand over unfinished changes.")
                             .arg(open->value(0).toInt())};
    }
    // A draft is changed as it is (draftFor() on a draft reads it in a transaction it never
    // commits, which would roll back the caller's).
    Result<Programme> draft = *current;
    if (!wasDraft)
        draft = programmes.draftFor(programmeId);
    if (!draft)
        return draft.error();
    for (ProgrammeSection& s : draft->sections)
        for (Prescription& r : s.prescriptions)
            if (r.exerciseId == exerciseId) {
                change.previousDose = r.dose;
                const qint64 keepId = r.id;
                r = changed;
                r.id = keepId;
            }
    if (auto st = programmes.saveDraft(*draft); !st)
        return st.error();
    if (!wasDraft) {
        if (auto st = programmes.activate(draft->id); !st)
            return st.error();
        change.newVersion = true;
        change.previousActiveId = programmeId;
    } else {
        change.draftChanged = true;
    }
    change.programmeId = draft->id;
    change.version = draft->version;
    return change;
}

Status PacingProgrammeUpdate::revert(Workspace& workspace, const PacingProgrammeChange& change,
                                     qint64 exerciseId)
{
    ProgrammeRepository programmes(workspace);
    const Error refused{QStringLiteral("pacing.not_reversible"),
                        tr("The programme has been changed since the plan changed its dose "
                           "(version %1); the plan cannot be undone.")
                            .arg(change.version)};
    if (change.newVersion) {
        auto st = programmes.revertActivation(change.programmeId, change.previousActiveId);
        if (!st)
            return st.error().code == QStringLiteral("programme.not_reversible") ? refused
                                                                                 : st.error();
        return programmes.removeDraft(change.programmeId);
    }
    if (!change.draftChanged)
        return {};
    if (auto st = programmes.lockLineage(change.programmeId); !st)
        return st;
    auto draft = programmes.get(change.programmeId);
    if (!draft || draft->status != ProgrammeStatus::Draft)
        return refused;
    bool restored = false;
    for (ProgrammeSection& s : draft->sections)
        for (Prescription& r : s.prescriptions)
            if (r.exerciseId == exerciseId && r.dose == change.dose) {
                r.dose = change.previousDose;
                restored = true;
            }
    // A dose the clinician has edited since is theirs; it is never overwritten.
    if (!restored)
        return refused;
    return programmes.saveDraft(*draft);
}

} // namespace gradus
