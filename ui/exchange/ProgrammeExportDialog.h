#pragma once

#include "exchange/ExportFileDialog.h"

class QComboBox;
class QPlainTextEdit;

namespace gradus {

class Workspace;

// File > Export > Programme or Template…: a programme version of the patient shown, or a
// clinic template, as a programme file for another clinic (docs/EXCHANGE.md). The preview
// lists the sections, exercises, doses and the clinic's own exercises that travel with it.
class ProgrammeExportDialog : public ExportFileDialog
{
    Q_OBJECT

public:
    // `patientId` 0: templates only. `programmeId` preselects a programme version.
    ProgrammeExportDialog(Workspace& workspace, qint64 patientId, qint64 programmeId = 0,
                          QWidget* parent = nullptr);

    QComboBox* sourceCombo() const { return m_source; }
    QPlainTextEdit* preview() const { return m_preview; }

protected:
    Producer producer() override;

private:
    void showChoice();

    Workspace& m_workspace;
    QComboBox* m_source = nullptr;
    QPlainTextEdit* m_preview = nullptr;
};

} // namespace gradus
