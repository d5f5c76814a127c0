#pragma once

// A patient with an active programme (walking 10 minutes 3 times a day, bird-dog holds) and a
// red-flag screen that is clear, for the stored pacing plan tests.
#include "exercises/ExerciseLibrary.h"
#include "services/PacingPlans.h"
#include "services/PacingReviews.h"
#include "storage/ExerciseRepository.h"
#include "storage/PacingPlanRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RedFlagRepository.h"
#include "storage/VisitRepository.h"
#include "support/PatientFixtures.h"

namespace gradus::test {

// One visit of the pain-monitoring record, with every fact a review reads recorded as fine.
inline VisitRecord goodVisit(const QDate& date)
{
    VisitRecord r;
    r.date = date;
    r.time = QTime(9, 0);
    r.clinician = QStringLiteral("Pat Clinician");
    r.painNow = 3;
    r.painExercise = 2;
    r.painNextMorning = 3;
    r.activityLabel = QStringLiteral("walking");
    r.activityMinutes = 8;
    r.sessionsDone = 7;
    r.sessionsPlanned = 7;
    r.legSymptoms = LegSymptoms::Stable;
    return r;
}

class PacingStore
{
public:
    explicit PacingStore(SqlBackend backend) : fixture(backend) {}

    // Call from the test body; false when the backend is unavailable or setup failed.
    bool open()
    {
        if (!fixture.open())
            return false;
        if (!ExerciseLibrary::ensureLoaded(ws()))
            return false;
        auto patient = PatientRepository(ws()).add(
            samplePatient(QStringLiteral("Ada"), QStringLiteral("Fictional"), QDate(1980, 5, 1)));
        if (!patient)
            return false;
        patientId = *patient;
        Programme p;
        p.patientId = patientId;
        p.name = QStringLiteral("Back to walking");
        p.startDate = QDate(2026, 3, 15);
        Prescription walk;
        walk.exerciseId = exercise(QStringLiteral("walking"));
        walk.dose.type = DoseType::Duration;
        walk.dose.reps = 0;
        // Week 1 of walkingPlan(): storing that plan leaves the programme as it is.
        walk.dose.minutes = 8;
        walk.dose.timesPerDay = 1;
        Prescription bird;
        bird.exerciseId = exercise(QStringLiteral("bird_dog"));
        bird.dose.type = DoseType::Hold;
        bird.dose.reps = 6;
        bird.dose.holdSeconds = 8;
        p.sections = {ProgrammeSection{QStringLiteral("Aerobic"), {walk}},
                      ProgrammeSection{QStringLiteral("Core"), {bird}}};
        ProgrammeRepository programmes(ws());
        auto id = programmes.create(p);
        if (!id || !programmes.activate(*id))
            return false;
        programmeId = *id;
        auto stored = programmes.get(*id);
        if (!stored)
            return false;
        walkingId = stored->sections[0].prescriptions[0].id;
        birdDogId = stored->sections[1].prescriptions[0].id;
        // Visits are recorded up to the end of April.
        fixture.clock.set(QDateTime(QDate(2026, 4, 30), QTime(18, 0), Qt::UTC));
        return true;
    }

    Workspace& ws() { return fixture.ws(); }

    qint64 exercise(const QString& stableId)
    {
        auto e = ExerciseRepository(ws()).byStableId(stableId);
        return e ? e->id : 0;
    }

    // Tolerance 10, 12, 11 minutes: baseline 8, weekly 0.8, goal 12 (weeks 8 9 10 10 11 12).
    static PlanParameters walkingPlan()
    {
        PlanParameters p;
        p.toleranceAttempts = {10, 12, 11};
        p.unit = PacingUnit::Minutes;
        p.goal = 12;
        p.start = QDate(2026, 3, 16);
        return p;
    }

    Result<qint64> createWalkingPlan()
    {
        return PacingPlans(ws()).create(walkingId, walkingPlan(), QStringLiteral("Pat Clinician"));
    }

    Result<qint64> addVisit(const VisitRecord& r)
    {
        return VisitRepository(ws()).add(patientId, std::nullopt, r, r.clinician);
    }

    Result<qint64> screen(QStringList flags, const QDate& date)
    {
        RedFlagScreen s;
        s.patientId = patientId;
        s.date = date;
        s.clinician = QStringLiteral("Pat Clinician");
        s.flags = std::move(flags);
        return RedFlagRepository(ws()).record(s);
    }

    // The baseline visit on the plan's start day and a clear red-flag screen.
    bool baseline()
    {
        return addVisit(goodVisit(QDate(2026, 3, 16))) && screen({}, QDate(2026, 3, 16));
    }

    WorkspaceFixture fixture;
    qint64 patientId = 0;
    qint64 programmeId = 0;
    qint64 walkingId = 0;
    qint64 birdDogId = 0;
};

} // namespace gradus::test
