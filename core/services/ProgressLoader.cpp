#include "services/ProgressLoader.h"

#include "Workspace.h"
#include "storage/MeasureRepository.h"
#include "storage/VisitRepository.h"

namespace gradus {

Result<ProgressData> ProgressLoader::load(Workspace& workspace, qint64 patientId,
                                          PatientLookup lookup)
{
    VisitRepository visitRepo(workspace);
    if (lookup == PatientLookup::Check)
        if (auto st = visitRepo.checkPatient(patientId); !st)
            return st.error();
    auto visits = visitRepo.listForPatient(patientId);
    if (!visits)
        return visits.error();
    MeasureRepository measureRepo(workspace);
    auto measures = measureRepo.listForPatient(patientId);
    if (!measures)
        return measures.error();
    // PSFS activities belong to the episode of the latest PSFS (or to the patient).
    QList<PsfsActivity> activities;
    for (auto it = measures->crbegin(); it != measures->crend(); ++it) {
        if (it->instrument != Instrument::Psfs)
            continue;
        auto named = measureRepo.psfsActivities(patientId, it->episodeId);
        if (!named)
            return named.error();
        activities = *named;
        break;
    }
    return ProgressData::build(std::move(*visits), std::move(*measures), std::move(activities));
}

} // namespace gradus
