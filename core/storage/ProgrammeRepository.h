#pragma once

#include "model/Prescription.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace gradus {

class Workspace;

// Stores exercise programmes (schema step 5) with their sections and prescriptions.
//
// Versioning: a draft may change freely (saveDraft). An active programme is what the patient
// was given and is never changed: draftFor(id) returns the lineage's draft, copying the
// active version into a new draft (version + 1) when there is none; activate(draftId) makes
// it active and supersedes the lineage's previous active version in one transaction.
// Superseded versions stay readable; activeOn() answers "what was the patient given on D?".
//
// Every write validates first (DoseValidator), is one transaction, and is announced on the
// StoreNotifier (Kind::Programme; Kind::Prescription reset for the content) after commit.
class ProgrammeRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeRepository)

public:
    explicit ProgrammeRepository(Workspace& workspace);

    // A new draft, version 1. With episodeId 0 it belongs to the patient's open episode
    // (opening one when none is open). Errors: "programme.invalid", "dose.invalid",
    // "patient.not_found", "exercise.not_found".
    Result<qint64> create(const Programme& programme);
    // One version with its sections and prescriptions. Error: "programme.not_found".
    Result<Programme> get(qint64 id);
    // The lineage of programme `id`: the id of its first version, shared by every version.
    // Error "programme.not_found".
    Result<qint64> lineageOf(qint64 id);
    // The patient's programmes, newest version of each lineage only, newest first; without
    // sections.
    Result<QList<Programme>> forPatient(qint64 patientId);
    // Every version of the programme `id` belongs to, oldest first; without sections.
    Result<QList<Programme>> versions(qint64 id);
    // The version that was active for the patient at the end of `day` (the most recently
    // activated one if several lineages were), or std::nullopt.
    Result<std::optional<Programme>> activeOn(qint64 patientId, const QDate& day);

    // Replaces a draft's fields and content. Error "programme.not_draft" for an active or
    // superseded version: use draftFor() first. With `basedOn` (what the caller saw), refused as
    // a conflict ("programme.conflict") unless the stored draft still holds that
    // (programmes/ProgrammeContent): a change another desk made meanwhile is never written over.
    Status saveDraft(const Programme& programme, const Programme* basedOn = nullptr);
    // The draft to edit in place of `id`: `id` itself when it is a draft, the lineage's
    // existing draft, or a new draft copied from the active version. Error
    // "programme.superseded" for an old version that has a newer one.
    Result<Programme> draftFor(qint64 id);
    // Activates a draft, superseding the lineage's active version. Error "programme.not_draft",
    // "programme.empty" for a programme without prescriptions.
    Status activate(qint64 id);
    // Deletes a draft (undoing its creation). Active and superseded versions are kept. With
    // `asLeft` (the draft as the undone step left it), refused as a conflict unless the draft
    // still holds that, and ("programme.in_use", kind Refused) when a kept exercise or a review
    // decision has been recorded on it since: an undo never takes away another desk's work.
    Status removeDraft(qint64 id, const Programme* asLeft = nullptr);

    // For redo: puts back a draft that removeDraft() took away, with the same id, version,
    // previous version, creation time and content (ids are never handed out twice, so the id
    // is still free and undo steps that refer to it stay valid). Errors "programme.exists"
    // when the id is in use, "programme.changed" when the lineage has moved on meanwhile
    // (another draft, or the previous version is no longer the newest).
    Status restoreDraft(const Programme& draft);
    // A new draft of the active version `activeId` holding `changed`'s fields and content, in
    // one transaction (draftFor and saveDraft in one step, so a refused change leaves no
    // empty draft behind). Error "programme.changed" when the lineage already has a draft or
    // `activeId` is not its active version.
    Result<Programme> draftWithChanges(qint64 activeId, const Programme& changed);
    // Undoes activate(id): `id` becomes a draft again and `previousActiveId` (0: none), which
    // that activation superseded, active again, in one transaction. Error
    // "programme.not_reversible" when `id` is no longer the lineage's active newest version or
    // `previousActiveId` was not superseded by it.
    Status revertActivation(qint64 id, qint64 previousActiveId);

    // Holds the lineage of `programmeId` (its first version's row) until the unit of work
    // ends, so that concurrent edits of one programme take turns: each sees the draft the
    // previous one left, a lineage never gets two drafts, and what a unit read of a version
    // (its status, its exercises) stays so until it has written what depends on it.
    Status lockLineage(qint64 programmeId);

private:
    // The versions of `programmeId`'s lineage, oldest first, held by lockLineage. Error
    // "programme.not_found" when there are none.
    Result<QList<Programme>> lockedVersions(qint64 programmeId);
    Result<qint64> insertVersion(const Programme& programme, qint64 lineage);
    Status writeContent(qint64 programmeId, const QList<ProgrammeSection>& sections);
    Result<QList<ProgrammeSection>> readContent(qint64 programmeId);
    Result<QList<Programme>> readHeaders(const QString& where, const QVariantList& binds);
    // A conflict unless draft `id` still holds what `seen` holds (programmes/ProgrammeContent).
    Status checkUnchangedSince(qint64 id, const Programme& seen);
    // Every exercise exists and every dose is of a type it allows (DoseValidator).
    Status checkExercises(const Programme& programme);
    // Activation: the programme's exercise rows, whose properties the safety rules read, held
    // until the unit ends (PostgreSQL; a clinic exercise edited meanwhile is checked as saved).
    Status holdExercisesOf(qint64 programmeId);

    Workspace& m_workspace;
};

} // namespace gradus
