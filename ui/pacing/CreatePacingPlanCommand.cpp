#include "pacing/CreatePacingPlanCommand.h"

#include "services/PacingPlans.h"

namespace gradus {

CreatePacingPlanCommand::CreatePacingPlanCommand(Workspace& workspace, qint64 prescriptionId,
                                                 PlanParameters parameters, QString who)
    : m_workspace(workspace), m_prescriptionId(prescriptionId), m_parameters(std::move(parameters)),
      m_who(std::move(who))
{
    setText(tr("New Graded Activity Plan"));
}

Status CreatePacingPlanCommand::applyRedo()
{
    auto id = PacingPlans(m_workspace).create(m_prescriptionId, m_parameters, m_who, &m_dose);
    if (!id)
        return id.error();
    m_planId = *id;
    return {};
}

Status CreatePacingPlanCommand::applyUndo()
{
    if (auto st = PacingPlans(m_workspace).removeCreated(m_planId, m_dose); !st)
        return st;
    m_planId = 0;
    return {};
}

} // namespace gradus
