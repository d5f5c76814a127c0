#include "pacing/CreatePacingPlanCommand.h"

#include "storage/PacingPlanRepository.h"

namespace gradus {

CreatePacingPlanCommand::CreatePacingPlanCommand(Workspace& workspace, qint64 prescriptionId,
                                                 PlanParameters parameters, QString who,
                                                 std::function<void(const Error&)> onError)
    : m_workspace(workspace), m_prescriptionId(prescriptionId), m_parameters(std::move(parameters)),
      m_who(std::move(who)), m_onError(std::move(onError))
{
    setText(tr("New Graded Activity Plan"));
}

void CreatePacingPlanCommand::redo()
{
    auto id =
        PacingPlanRepository(m_workspace).create(m_prescriptionId, m_parameters, m_who, &m_dose);
    if (!id) {
        if (!m_done)
            setObsolete(true);
        if (m_onError)
            m_onError(id.error());
        return;
    }
    m_planId = *id;
    m_done = true;
}

void CreatePacingPlanCommand::undo()
{
    if (m_planId == 0)
        return;
    if (auto st = PacingPlanRepository(m_workspace).removeCreated(m_planId, m_dose); !st) {
        if (m_onError)
            m_onError(st.error());
        return;
    }
    m_planId = 0;
}

} // namespace gradus
