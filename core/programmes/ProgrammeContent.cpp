#include "programmes/ProgrammeContent.h"

namespace gradus {
namespace {

bool samePrescription(const Prescription& a, const Prescription& b)
{
    return a.exerciseId == b.exerciseId && a.dose == b.dose && a.restSeconds == b.restSeconds &&
           a.side == b.side && a.load == b.load && a.tempo == b.tempo &&
           a.patientNote == b.patientNote;
}

bool sameSection(const ProgrammeSection& a, const ProgrammeSection& b)
{
    return a.name.trimmed() == b.name.trimmed() &&
           std::equal(a.prescriptions.cbegin(), a.prescriptions.cend(), b.prescriptions.cbegin(),
                      b.prescriptions.cend(), samePrescription);
}

} // namespace

bool sameContent(const Programme& a, const Programme& b)
{
    return a.name.trimmed() == b.name.trimmed() && a.goal == b.goal && a.startDate == b.startDate &&
           a.reviewDate == b.reviewDate &&
           std::equal(a.sections.cbegin(), a.sections.cend(), b.sections.cbegin(),
                      b.sections.cend(), sameSection);
}

} // namespace gradus
