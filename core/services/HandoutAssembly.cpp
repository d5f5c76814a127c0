#include "services/HandoutAssembly.h"

#include "Workspace.h"
#include "handout/HandoutLanguage.h"
#include "services/PacingReviews.h"
#include "settings/ClinicSettingsSnapshot.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"

namespace gradus {

Result<HandoutContent> HandoutAssembly::assemble(Workspace& workspace, const Programme& programme,
                                                 const HandoutContent::Options& options)
{
    auto patient = PatientRepository(workspace).get(programme.patientId);
    if (!patient)
        return patient.error();
    HandoutContent content;
    content.patientId = patient->id;
    content.patientName = patient->fullName();
    // One read of the clinic's settings for the letterhead, pain thresholds and language.
    const ClinicSettingsSnapshot settings = ClinicSettingsSnapshot::read(workspace.db());
    content.clinicName = settings.stringValue(ClinicSettings::Key::ClinicName);
    content.clinicAddress = settings.stringValue(ClinicSettings::Key::ClinicAddress);
    content.clinicPhone = settings.stringValue(ClinicSettings::Key::ClinicPhone);
    content.clinicEmail = settings.stringValue(ClinicSettings::Key::ClinicEmail);
    content.clinicWebsite = settings.stringValue(ClinicSettings::Key::ClinicWebsite);
    content.clinicLogo = settings.logo();
    content.painSafeMax = settings.intValue(ClinicSettings::Key::PainSafeMax);
    content.painAcceptableMax = settings.intValue(ClinicSettings::Key::PainAcceptableMax);
    content.clinician = options.clinician.trimmed();
    content.date = options.date.isValid() ? options.date : workspace.clock().today();
    content.programmeName = programme.name;
    content.goal = programme.goal;
    content.reviewDate = programme.reviewDate;
    const QString clinicLanguage = settings.isStored(ClinicSettings::Key::HandoutLanguage)
                                       ? settings.stringValue(ClinicSettings::Key::HandoutLanguage)
                                       : QString();
    content.language = HandoutLanguage::choose(options.language, patient->language, clinicLanguage);
    content.pacing = options.pacing;
    // Without a plan given, the programme's stored graded activity plan (docs/PACING.md).
    if (!content.pacing) {
        auto stored = PacingReviews(workspace).handoutPacing(programme, content.date);
        if (!stored)
            return Error{stored.error().code,
                         tr("The patient's graded activity plans could not be read, so the "
                            "handout would leave out their daily amounts. Cause: %1")
                             .arg(stored.error().message),
                         stored.error().kind()};
        content.pacing = *stored;
    }

    // The programme's exercises in one statement rather than one each: each is a round trip
    // on a clinic server.
    QList<qint64> ids;
    for (const ProgrammeSection& section : programme.sections)
        for (const Prescription& prescription : section.prescriptions)
            ids << prescription.exerciseId;
    auto exercises = ExerciseRepository(workspace).byIds(ids);
    if (!exercises)
        return exercises.error();
    for (const ProgrammeSection& section : programme.sections) {
        for (const Prescription& prescription : section.prescriptions) {
            const auto exercise = exercises->constFind(prescription.exerciseId);
            if (exercise == exercises->constEnd())
                return Error{QStringLiteral("handout.exercise"),
                             HandoutContent::tr(
                                 "The programme refers to exercise %1, which could not be read: "
                                 "%2")
                                 .arg(prescription.exerciseId)
                                 .arg(ExerciseRepository::tr("There is no exercise %1.")
                                          .arg(prescription.exerciseId))};
            content.items.append({section.name, *exercise, prescription});
        }
    }
    if (content.items.isEmpty())
        return Error{
            QStringLiteral("handout.empty"),
            HandoutContent::tr("The programme has no exercises; there is nothing to print.")};
    return content;
}

} // namespace gradus
