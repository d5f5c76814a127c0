#pragma once

#include "exchange/ExportFileDialog.h"

class QCheckBox;

namespace gradus {

class Workspace;

// File > Export > Outcomes (CSV)…: every patient's pain, activity and scores for an audit, or
// de-identified for research (docs/EXCHANGE.md "Outcomes").
class OutcomesExportDialog : public ExportFileDialog
{
    Q_OBJECT

public:
    explicit OutcomesExportDialog(Workspace& workspace, QWidget* parent = nullptr);

    QCheckBox* deidentifyBox() const { return m_deidentify; }

protected:
    Producer producer() override;

private:
    Workspace& m_workspace;
    QCheckBox* m_deidentify = nullptr;
};

} // namespace gradus
