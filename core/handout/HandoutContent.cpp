#include "handout/HandoutContent.h"

#include <algorithm>

namespace gradus {

Programme HandoutContent::adHocProgramme(qint64 patientId, const QList<Exercise>& exercises,
                                         const QString& name)
{
    Programme programme;
    programme.patientId = patientId;
    programme.name = name;
    ProgrammeSection section;
    for (const Exercise& exercise : exercises) {
        Prescription p;
        p.exerciseId = exercise.id;
        p.dose = exercise.dose;
        p.side = exercise.dose.perSide ? PrescribedSide::Both : PrescribedSide::NotApplicable;
        section.prescriptions.append(p);
    }
    programme.sections.append(section);
    return programme;
}

int HandoutContent::diaryWeeks() const
{
    if (!reviewDate.isValid() || !date.isValid() || reviewDate <= date)
        return 4;
    const qint64 days = date.daysTo(reviewDate);
    return static_cast<int>(std::clamp<qint64>((days + 6) / 7, 1, 6));
}

} // namespace gradus
