#include "demo/DemoHandout.h"

#include "storage/ExerciseRepository.h"

namespace gradus {

namespace {

struct DemoLine
{
    const char* section;
    const char* stableId;
    DoseType type;
    int sets, reps, hold, minutes, times;
    PrescribedSide side;
    int rest;
    const char* load;
    const char* tempo;
    const char* note;
};

} // namespace

Result<Programme> demoHandoutProgramme(Workspace& workspace, qint64 patientId)
{
    using S = PrescribedSide;
    const DemoLine lines[] = {
        {"Warm-up", "walking", DoseType::Duration, 1, 0, 0, 10, 3, S::NotApplicable, 0, "", "",
         "Flat ground first; a short hill once this feels easy."},
        {"Mobility", "cat_cow", DoseType::Repetitions, 1, 10, 0, 0, 2, S::NotApplicable, 0, "",
         "slowly, 2 seconds each way", ""},
        {"Mobility", "pelvic_tilt", DoseType::Hold, 2, 10, 5, 0, 2, S::NotApplicable, 30, "", "",
         ""},
        {"Mobility", "knee_to_chest", DoseType::Hold, 1, 5, 20, 0, 2, S::Both, 0, "", "", ""},
        {"Strength", "glute_bridge", DoseType::Repetitions, 3, 10, 0, 0, 1, S::NotApplicable, 60,
         "", "", "Keep your ribs down; do not arch your back at the top."},
        {"Strength", "bird_dog", DoseType::Hold, 3, 8, 5, 0, 1, S::Alternate, 45, "", "", ""},
        {"Strength", "side_plank_knees", DoseType::Hold, 2, 3, 15, 0, 1, S::Both, 60, "", "", ""},
        {"Stretches", "hamstring_stretch", DoseType::Hold, 1, 3, 30, 0, 2, S::Left, 0, "", "",
         "Your left leg only for now, the side of your sciatica."},
    };
    Programme programme;
    programme.patientId = patientId;
    programme.name = QStringLiteral("Back to walking and gardening");
    programme.goal = QStringLiteral("Walk to the shops and back (30 minutes) without a flare-up");
    ExerciseRepository exercises(workspace);
    for (const DemoLine& line : lines) {
        auto exercise = exercises.byStableId(QString::fromLatin1(line.stableId));
        if (!exercise)
            return exercise.error();
        const QString section = QString::fromLatin1(line.section);
        if (programme.sections.isEmpty() || programme.sections.last().name != section)
            programme.sections.append(ProgrammeSection{section, {}});
        Prescription p;
        p.exerciseId = exercise->id;
        p.dose = exercise->dose;
        p.dose.type = line.type;
        p.dose.sets = line.sets;
        p.dose.reps = line.reps;
        p.dose.holdSeconds = line.hold;
        p.dose.minutes = line.minutes;
        p.dose.timesPerDay = line.times;
        p.dose.daysPerWeek = 7;
        p.side = line.side;
        p.restSeconds = line.rest;
        p.load = QString::fromUtf8(line.load);
        p.tempo = QString::fromUtf8(line.tempo);
        p.patientNote = QString::fromUtf8(line.note);
        programme.sections.last().prescriptions.append(p);
    }
    return programme;
}

Result<HandoutPacing> demoHandoutPacing(const QDate& start)
{
    PlanParameters parameters;
    parameters.toleranceAttempts = {10, 12, 11};
    parameters.unit = PacingUnit::Minutes;
    parameters.goal = 30;
    parameters.boutsPerDay = 3;
    parameters.start = start;
    auto plan = GradedActivityPlan::create(parameters);
    if (!plan)
        return plan.error();
    return HandoutPacing{QStringLiteral("Walking"), *plan};
}

} // namespace gradus
