#pragma once

#include "exchange/ExportFileDialog.h"

class QLineEdit;

namespace gradus {

class Workspace;

// File > Export > Patient Record (FHIR)…: one patient's record as a FHIR R4 bundle for a GP
// system or another clinic. Shows what the file will hold before it is written.
class FhirExportDialog : public ExportFileDialog
{
    Q_OBJECT

public:
    FhirExportDialog(Workspace& workspace, qint64 patientId, QWidget* parent = nullptr);

    QLineEdit* authorField() const { return m_author; }

protected:
    Producer producer() override;

private:
    qint64 m_patientId = 0;
    QLineEdit* m_author = nullptr;
};

} // namespace gradus
