#pragma once

#include "model/Condition.h"
#include "patients/CarePhase.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace gradus {

class Workspace;

// What the safety rules need to know about a patient, as a plain value so the check itself
// never touches the store: active conditions of the open episode, the phase of care, the age
// and what the latest visit found.
struct SafetyProfile
{
    Q_DECLARE_TR_FUNCTIONS(SafetyProfile)

public:
    struct ProfileCondition
    {
        QString code;
        Condition::Side side = Condition::Side::None;
        std::optional<int> amount;
    };

    QList<ProfileCondition> conditions;
    CarePhase::Phase phase = CarePhase::Phase::Unknown;
    std::optional<int> age;       // whole years today
    bool peripheralising = false; // latest visit: leg symptoms spreading further down
    bool newNeuroSigns = false;   // latest visit: new neurological signs

    // Fills the profile from the store, with "today" from the Workspace clock.
    static Result<SafetyProfile> forPatient(Workspace& workspace, qint64 patientId);
};

} // namespace gradus
