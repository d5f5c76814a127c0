#pragma once

#include "model/Visit.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace gradus {

class Workspace;

// Visits of a patient, stored as an append-only history (see resources/sql/0004_visits.sql).
// There is no update and no delete: a correction is an amendment that adds a revision with
// who, when and why, and an undo or retraction is an "entered in error" revision. Every
// write is one transaction and is announced on the StoreNotifier after it commits.
class VisitRepository
{
    Q_DECLARE_TR_FUNCTIONS(VisitRepository)

public:
    explicit VisitRepository(Workspace& workspace);

    // Validates (VisitValidator, with the Workspace clock) and saves a new visit. `recordedBy`
    // is who is entering it, usually the record's clinician.
    Result<qint64> add(qint64 patientId, std::optional<qint64> episodeId, const VisitRecord& record,
                       const QString& recordedBy);

    // Each change below adds a revision in one unit that holds the visit and decides from the
    // visit as it stands then. `seen`, when given, is the visit the change was made from (as a
    // dialog showed it, or as an undo step left it): when its content or its entered-in-error
    // mark differ now, the change is refused as a conflict ("visit.conflict") and nothing is
    // written, so that it never reverts another desk's correction. Revision numbers are not
    // compared: undone steps add revisions and leave the content as it was. Each returns the
    // new revision number.

    // Saves `corrected` as the visit's next revision; the earlier ones stay. Needs a reason
    // and a name, and refuses a "correction" that changes nothing.
    Result<int> amend(qint64 visitId, const VisitRecord& corrected, const QString& who,
                      const QString& reason, const Visit* seen = nullptr);
    // Withdraws a visit (wrong patient, duplicate, or an undo) by adding a revision marked
    // "entered in error" that keeps the content. It then no longer counts in lists or charts.
    Result<int> markEnteredInError(qint64 visitId, const QString& who, const QString& reason,
                                   const Visit* seen = nullptr);
    // Reinstates a visit marked entered in error (a redo), again as a new revision.
    Result<int> reinstate(qint64 visitId, const QString& who, const QString& reason,
                          const Visit* seen = nullptr);

    Result<Visit> find(qint64 visitId);
    // The patient's visits as they stand now, oldest first (by date, time, then id). Visits
    // entered in error are left out unless asked for.
    Result<QList<Visit>> listForPatient(qint64 patientId, bool includeEnteredInError = false);
    // Every revision of a visit, oldest (the original) first.
    Result<QList<VisitRevision>> history(qint64 visitId);

    Status checkPatient(qint64 patientId);

private:
    // The content of the next revision, decided from the visit as it stands.
    struct NextRevision
    {
        VisitRecord record;
        bool enteredInError = false;
    };
    Result<int> revise(qint64 visitId, const Visit* seen, const QString& who, const QString& reason,
                       const std::function<Result<NextRevision>(const Visit&)>& next);

    Workspace& m_workspace;
};

} // namespace gradus
