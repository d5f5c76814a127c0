#pragma once

#include <QCoreApplication>
#include <QString>

namespace gradus {

// Something a safety finding rests on that is not recorded, and was therefore taken as the
// riskier value (CLINICAL.md section 4: missing data is never "safe"). It says so in a plain
// sentence and names the record where one entry removes the assumption.
struct SafetyAssumption
{
    Q_DECLARE_TR_FUNCTIONS(SafetyAssumption)

public:
    enum class Missing
    {
        ConditionOnset,  // a condition's onset (for recent surgery: the date of surgery)
        EpisodeOnset,    // the episode's onset
        NoEpisode,       // no episode of care is open, so no onset at all
        ConditionAmount, // the number a condition carries (weeks of pregnancy)
        LegSymptoms,     // how leg symptoms behaved, at the latest visit
    };

    Missing missing = Missing::EpisodeOnset;
    // The record that takes the missing value: the condition (ConditionOnset,
    // ConditionAmount), the episode (EpisodeOnset) or the patient (NoEpisode, LegSymptoms).
    // 0 in hand-made profiles.
    qint64 recordId = 0;
    QString text; // "Onset of Sciatica not recorded (nor the episode's): treated as acute."

    // Stable spelling for JSON: condition_onset, episode_onset, no_episode, condition_amount,
    // leg_symptoms.
    QString code() const;
    // The gradus-cli command that records the missing value, e.g.
    // "gradus-cli condition edit 12 --onset YYYY-MM-DD".
    QString command() const;

    friend bool operator==(const SafetyAssumption&, const SafetyAssumption&) = default;
};

} // namespace gradus
