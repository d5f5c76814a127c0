#pragma once

#include "pacing/GradedActivityPlan.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace gradus {

class Workspace;

// "New Plan" on the undo stack: redo stores the plan for the prescription, undo removes it
// again (only while no review decision has been made on it: decisions are clinical records).
// A first redo that fails makes the command obsolete, so QUndoStack::push() drops it, and
// the error goes to `onError`.
class CreatePacingPlanCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreatePacingPlanCommand)

public:
    CreatePacingPlanCommand(Workspace& workspace, qint64 prescriptionId, PlanParameters parameters,
                            QString who, std::function<void(const Error&)> onError);
    void redo() override;
    void undo() override;
    qint64 planId() const { return m_planId; }

private:
    Workspace& m_workspace;
    qint64 m_prescriptionId;
    PlanParameters m_parameters;
    QString m_who;
    std::function<void(const Error&)> m_onError;
    qint64 m_planId = 0;
    bool m_done = false;
};

} // namespace gradus
