#pragma once

#include "model/Prescription.h"
#include "model/ProgrammeTemplate.h"
#include "util/Result.h"

#include <QList>

#include <optional>

namespace gradus {

class Workspace;

// Reading programmes and the clinic's templates, as the views do.
class ProgrammeRecords
{
public:
    explicit ProgrammeRecords(Workspace& workspace);

    // One version with its sections and prescriptions.
    Result<Programme> get(qint64 id);
    // The patient's programmes, the newest version of each, newest first; without sections.
    Result<QList<Programme>> forPatient(qint64 patientId);
    // Every version of the programme `id` belongs to, oldest first; without sections.
    Result<QList<Programme>> versions(qint64 id);
    // The version active for the patient at the end of `day`, or none.
    Result<std::optional<Programme>> activeOn(qint64 patientId, const QDate& day);
    // The clinic's templates by name, built-ins first; without sections.
    Result<QList<ProgrammeTemplate>> templates();
    // The built-in templates missing from the store are added; returns how many.
    Result<int> ensureBuiltInTemplates();

private:
    Workspace& m_workspace;
};

// The versions of a programme as the builder's undo steps change them. The rule that a
// version given to the patient is never changed lives in storage's draft operations, which
// these run: an edit of an active version goes into a new draft made in the same step.
class ProgrammeVersions
{
public:
    explicit ProgrammeVersions(Workspace& workspace);

    // A new draft, version 1, in the patient's open episode.
    Result<qint64> create(const Programme& programme);
    // A new draft from a template for the patient, starting on `start`.
    Result<qint64> createFromTemplate(qint64 templateId, qint64 patientId, const QDate& start);
    // Replaces a draft's fields and content (refused for a version given to the patient).
    // With `basedOn`, refused as a conflict unless the stored draft still holds what it holds.
    Status saveDraft(const Programme& draft, const Programme* basedOn = nullptr);
    // A new draft of active version `activeId` holding `changed`, in one unit of work.
    Result<Programme> draftWithChanges(qint64 activeId, const Programme& changed);
    // Deletes a draft (undo of its creation), and puts it back with its id (redo). With
    // `asLeft`, refused unless the draft still holds that and nothing has been recorded on it.
    Status removeDraft(qint64 id, const Programme* asLeft = nullptr);
    Status restoreDraft(const Programme& draft);
    // Gives draft `id` to the patient (the safety gate of ActivationGate applies), and makes
    // it a draft again with `previousActiveId` active again (undo of an activation).
    Status activate(qint64 id);
    Status revertActivation(qint64 id, qint64 previousActiveId);

    // Saves a version's sections as a clinic template; add puts a saved one back (redo),
    // remove takes it away (undo).
    Result<qint64> saveAsTemplate(qint64 programmeId, const QString& name);
    Result<qint64> addTemplate(const ProgrammeTemplate& saved);
    Result<ProgrammeTemplate> getTemplate(qint64 id);
    Status removeTemplate(qint64 id);

private:
    Workspace& m_workspace;
};

} // namespace gradus
