#pragma once

#include "model/Patient.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace gradus {

class Workspace;

// Changes to a patient's record. A change is a function applied to the record as stored at
// that moment, inside one unit of work that holds the record: two desks changing different
// fields at once both keep their change, and nothing is written over unseen.
class PatientEdits
{
    Q_DECLARE_TR_FUNCTIONS(PatientEdits)

public:
    explicit PatientEdits(Workspace& workspace);

    // Reads patient `id` as stored now, applies `change` and saves it. Errors: NotFound,
    // Invalid (the changed record does not validate), Busy.
    // With `ifVersion`, refused (kind Conflict, naming who changed what) unless the record is
    // still at that version.
    Result<Patient> edit(qint64 id, const std::function<Status(Patient&)>& change,
                         std::optional<int> ifVersion = std::nullopt);

private:
    Workspace& m_workspace;
};

} // namespace gradus
