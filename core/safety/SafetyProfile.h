#pragma once

#include "model/Condition.h"
#include "patients/CarePhase.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace gradus {

// What the safety rules need to know about a patient, as a plain value so the check itself
// never touches the store: active conditions of the open episode with their own phase, the
// episode's phase, the age and what the latest visit found. What is not recorded stays
// "unknown" here; the check (SafetyCheck) treats it as the riskier value and says so.
struct SafetyProfile
{
    Q_DECLARE_TR_FUNCTIONS(SafetyProfile)

public:
    struct ProfileCondition
    {
        QString code;
        Condition::Side side = Condition::Side::None;
        std::optional<int> amount; // not recorded: std::nullopt
        // The phase from the condition's own onset date; Unknown when none is recorded (the
        // check then falls back to the episode's phase where the code allows it).
        CarePhase::Phase ownPhase = CarePhase::Phase::Unknown;
        qint64 id = 0; // the condition's record id; 0 in hand-made profiles
    };

    qint64 patientId = 0;
    qint64 episodeId = 0; // the open episode; 0 when none is open
    QList<ProfileCondition> conditions;
    // The open episode's phase from its onset date; Unknown when not recorded or no episode.
    CarePhase::Phase phase = CarePhase::Phase::Unknown;
    std::optional<int> age;       // whole years today
    bool peripheralising = false; // latest visit: leg symptoms spreading further down
    // False when no visit recorded how the leg symptoms behaved (no visit, or "not
    // recorded" at the latest); true in hand-made profiles unless a test says otherwise.
    bool legSymptomsRecorded = true;
    bool newNeuroSigns = false; // latest visit: new neurological signs

    // SafetyProfileLoader (core/services) fills one from the store.
};

} // namespace gradus
