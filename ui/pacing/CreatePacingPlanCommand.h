#pragma once

#include "pacing/GradedActivityPlan.h"
#include "pacing/PacingRecords.h"
#include "undo/StoreCommand.h"

#include <QCoreApplication>

namespace gradus {

class Workspace;

// "New Plan" on the undo stack: redo stores the plan for the prescription (which brings the
// programme's dose in line with week 1), undo removes it again and takes the dose change back
// (only while no review decision has been made on it: decisions are clinical records; and
// only while the programme has not moved on since).
// A refused first redo never reaches the stack (StoreCommand).
class CreatePacingPlanCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreatePacingPlanCommand)

public:
    CreatePacingPlanCommand(Workspace& workspace, qint64 prescriptionId, PlanParameters parameters,
                            QString who);
    qint64 planId() const { return m_planId; }
    // What the last redo did to the programme's dose.
    const PlanDoseOutcome& doseOutcome() const { return m_dose; }

private:
    Status applyRedo() override;
    Status applyUndo() override;

    Workspace& m_workspace;
    qint64 m_prescriptionId;
    PlanParameters m_parameters;
    QString m_who;
    qint64 m_planId = 0;
    PlanDoseOutcome m_dose;
};

} // namespace gradus
