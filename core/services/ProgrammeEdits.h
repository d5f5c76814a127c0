#pragma once

#include "model/Prescription.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace gradus {

class Workspace;

// Every change to a patient's programme, as one place for the rules that say what a change
// means (used by gradus-cli, the builder's undo commands and pacing alike):
// - a programme the patient has been given (active) is never changed: the change goes into
//   the lineage's draft, made from the active version when there is none;
// - a superseded version is never changed;
// - a retired exercise cannot be prescribed;
// - the whole change is one unit of work that holds the programme while it reads and writes,
//   so two desks adding to one programme both land, in one draft.
class ProgrammeEdits
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeEdits)

public:
    explicit ProgrammeEdits(Workspace& workspace);

    struct Edited
    {
        Programme programme; // the version that was changed, as stored
        // The version the patient keeps until the draft is activated (when the change went
        // into the draft of an active programme); 0 when none.
        qint64 activeId = 0;
        int activeVersion = 0;
    };

    // Applies `change` to the editable version of `programmeId`. Nothing is stored when
    // `change` or a check fails. Error kinds: NotFound, Invalid (a superseded version, an
    // invalid dose), Busy.
    // With `ifVersion`, the change is refused (kind Conflict, naming who changed what) unless
    // programme `programmeId` is still at that row version.
    Result<Edited> edit(qint64 programmeId, const std::function<Status(Programme&)>& change,
                        std::optional<int> ifVersion = std::nullopt);

    // Adds `prescription` to the section named `sectionName` (case-insensitive; created at
    // the end when missing; empty means the last section, or "Exercises" for an empty
    // programme).
    Result<Edited> addPrescription(qint64 programmeId, const Prescription& prescription,
                                   const QString& sectionName = {},
                                   std::optional<int> ifVersion = std::nullopt);
    // Removes the first prescription of `exerciseId`. Error kind Invalid when the programme
    // does not include it.
    Result<Edited> removeExercise(qint64 programmeId, qint64 exerciseId,
                                  std::optional<int> ifVersion = std::nullopt);
    // Gives the draft to the patient (ProgrammeRepository::activate), refused like edit()
    // when `ifVersion` no longer holds.
    Status activate(qint64 programmeId, std::optional<int> ifVersion = std::nullopt);

    // Refuses an exercise that does not exist or is retired (kind NotFound / Invalid).
    Status checkPrescribable(qint64 exerciseId);

private:
    Status checkVersion(qint64 programmeId, std::optional<int> ifVersion);

    Workspace& m_workspace;
};

} // namespace gradus
