#include "services/SafetyProfileLoader.h"

#include "Workspace.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/PatientRepository.h"
#include "storage/VisitRepository.h"

namespace gradus {

Result<SafetyProfile> SafetyProfileLoader::forPatient(Workspace& workspace, qint64 patientId)
{
    auto patient = PatientRepository(workspace).get(patientId);
    if (!patient)
        return patient.error();
    SafetyProfile profile;
    profile.patientId = patientId;
    const QDate today = workspace.clock().today();
    if (const int age = patient->ageOn(today); age >= 0)
        profile.age = age;

    auto episode = EpisodeRepository(workspace).openEpisode(patientId);
    if (!episode)
        return episode.error();
    if (episode->has_value()) {
        profile.episodeId = (*episode)->id;
        profile.phase = CarePhase::of(**episode, workspace.clock());
        auto conditions = ConditionRepository(workspace).active((*episode)->id);
        if (!conditions)
            return conditions.error();
        for (const auto& c : *conditions)
            profile.conditions.append(
                {c.code, c.side, c.amount, CarePhase::at(c.onsetDate, today), c.id});
    }

    auto visits = VisitRepository(workspace).listForPatient(patientId);
    if (!visits)
        return visits.error();
    profile.legSymptomsRecorded = false;
    if (!visits->isEmpty()) {
        const auto& latest = visits->last().record; // oldest first
        profile.peripheralising = latest.legSymptoms == LegSymptoms::Peripheralising;
        profile.legSymptomsRecorded = latest.legSymptoms != LegSymptoms::NotRecorded;
        profile.newNeuroSigns = latest.newNeuroSigns;
    }
    return profile;
}

} // namespace gradus
