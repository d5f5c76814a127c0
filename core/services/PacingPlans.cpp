#include "services/PacingPlans.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "notify/StoreNotifier.h"
#include "pacing/PacingDose.h"
#include "programmes/DoseValidator.h"
#include "services/PacingReviews.h"
#include "storage/ExerciseRepository.h"
#include "storage/PacingPlanRepository.h"
#include "storage/ProgrammeRepository.h"

namespace gradus {
namespace {

const auto logger = &logging::module<"pacing">;

} // namespace

PacingPlans::PacingPlans(Workspace& workspace) : m_workspace(workspace) {}

Result<QList<PacingPlanRecord>> PacingPlans::forPatient(qint64 patientId)
{
    return PacingPlanRepository(m_workspace).forPatient(patientId);
}

Result<std::optional<PacingPlanRecord>> PacingPlans::forPrescription(qint64 prescriptionId)
{
    return PacingPlanRepository(m_workspace).forPrescription(prescriptionId);
}

Result<QList<PacingDecisionRecord>> PacingPlans::decisions(qint64 planId)
{
    return PacingPlanRepository(m_workspace).decisions(planId);
}

Result<QList<WeekActual>> PacingPlans::actuals(const PacingPlanRecord& plan)
{
    return PacingReviews(m_workspace).actuals(plan);
}

Result<QList<PacingReview>> PacingPlans::reviewPatient(qint64 patientId)
{
    return PacingReviews(m_workspace).reviewPatient(patientId);
}

Result<qint64> PacingPlans::create(qint64 prescriptionId, const PlanParameters& parameters,
                                   const QString& who, PlanDoseOutcome* outcome)
{
    if (who.trimmed().isEmpty())
        return Error{QStringLiteral("pacing.who"), tr("Name the clinician making the plan.")};
    PlanParameters p = parameters;
    if (!p.start.isValid())
        p.start = m_workspace.clock().today();
    auto plan = GradedActivityPlan::create(p);
    if (!plan)
        return plan.error();

    Database& db = m_workspace.db();
    struct Created
    {
        qint64 id = 0;
        qint64 lineage = 0;
        PlanDoseOutcome done;
    };
    auto created = db.write<Created>([&]() -> Result<Created> {
        PacingPlanRepository plans(m_workspace);
        auto place = plans.placeOf(prescriptionId);
        if (!place)
            return place.error();
        // One plan per exercise of a lineage: concurrent creations take turns.
        if (auto st = db.lockRow(QStringLiteral("programme"), place->lineage); !st)
            return st.error();
        auto programme = ProgrammeRepository(m_workspace).get(place->programmeId);
        if (!programme)
            return programme.error();
        int sameExercise = 0;
        const Prescription* prescription = nullptr;
        for (const ProgrammeSection& s : programme->sections)
            for (const Prescription& r : s.prescriptions) {
                if (r.exerciseId == place->exerciseId)
                    ++sameExercise;
                if (r.id == prescriptionId)
                    prescription = &r;
            }
        if (sameExercise > 1)
            return Error{QStringLiteral("pacing.duplicate_exercise"),
                         tr("This exercise is in the programme %1 times; a plan needs it once, so "
                            "that it can follow the exercise into new versions.")
                             .arg(sameExercise)};
        if (!prescription || prescription->dose.type != pacingDose::typeFor(p.unit))
            return Error{QStringLiteral("pacing.unit_mismatch"),
                         tr("A plan in %1 needs a dose counted in %1; prescription %2 is counted "
                            "otherwise (%3).")
                             .arg(pacingUnit::name(p.unit))
                             .arg(prescriptionId)
                             .arg(prescription ? describeDose(prescription->dose) : QString())};
        auto existing = plans.activeIn(place->lineage, place->exerciseId);
        if (!existing)
            return existing.error();
        if (*existing)
            return Error{QStringLiteral("pacing.exists"),
                         tr("This prescription already has a plan (%1); review it rather than "
                            "starting another.")
                             .arg(**existing)};

        if (programme->status == ProgrammeStatus::Superseded)
            return Error{
                QStringLiteral("pacing.superseded"),
                tr("Version %1 of the programme has been replaced by a newer one; make the "
                   "plan on the version in force.")
                    .arg(programme->version)};

        // Week 1 becomes the prescription's dose, so that the programme and the plan agree.
        PlanDoseOutcome done;
        auto exercise = ExerciseRepository(m_workspace).byId(place->exerciseId);
        done.exerciseName = exercise ? exercise->name : tr("the exercise");
        Prescription target = *prescription;
        target.dose = pacingDose::doseFor(target.dose, p.unit, plan->week(1).quota, p.boutsPerDay);
        done.dose = target.dose;
        if (target.dose == prescription->dose) {
            done.message = tr("The programme's dose of %1 already matches week 1 of the plan: %2.")
                               .arg(done.exerciseName, describeDose(done.dose));
        } else {
            auto change = PacingProgrammeUpdate::apply(m_workspace, place->programmeId,
                                                       place->lineage, place->exerciseId, target);
            if (!change)
                return change.error();
            done.change = *change;
            done.message = tr("The programme's dose of %1 is now %2 (version %3).")
                               .arg(done.exerciseName, describeDose(done.dose))
                               .arg(change->version);
        }

        auto id = plans.insert(*place, p, plan->week(1).quota, who.trimmed());
        if (!id)
            return id.error();
        return Created{*id, place->lineage, done};
    });
    if (!created)
        return created.error();
    logger()->info("plan {} for prescription {} (lineage {})", created->id, prescriptionId,
                   created->lineage);
    m_workspace.db().notify(
        StoreNotice::changed(StoreNotifier::Kind::Prescription, prescriptionId));
    if (created->done.change)
        m_workspace.db().notify(StoreNotice::reset(StoreNotifier::Kind::Prescription));
    if (outcome)
        *outcome = created->done;
    return created->id;
}

Status PacingPlans::removeCreated(qint64 planId, const PlanDoseOutcome& outcome)
{
    Database& db = m_workspace.db();
    Status written = db.write([&]() -> Status {
        PacingPlanRepository plans(m_workspace);
        auto plan = plans.get(planId);
        if (!plan)
            return plan.error();
        if (auto st = plans.remove(planId); !st)
            return st;
        if (outcome.change)
            if (auto st =
                    PacingProgrammeUpdate::revert(m_workspace, *outcome.change, plan->exerciseId);
                !st)
                return st;
        return {};
    });
    if (!written)
        return written;
    logger()->info("undid plan {} and its dose change", planId);
    m_workspace.db().notify(StoreNotice::reset(StoreNotifier::Kind::Prescription));
    return {};
}

Result<PacingDecisionResult> PacingPlans::decide(const PacingChoice& choice)
{
    return PacingReviews(m_workspace).decide(choice);
}

} // namespace gradus
