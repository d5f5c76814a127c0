#include "exchange/OutcomesExportDialog.h"

#include "Workspace.h"
#include "services/ExportService.h"
#include "style/DialogParts.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace gradus {

OutcomesExportDialog::OutcomesExportDialog(Workspace& workspace, QWidget* parent)
    : ExportFileDialog(
          workspace, tr("Export Outcomes"), tr("CSV table (*.csv)"),
          tr("A table (CSV, for a spreadsheet or statistics program) of every patient's pain, "
             "activity and questionnaire scores, one row per value. It has record numbers but no "
             "names, notes or birth dates."),
          parent),
      m_workspace(workspace)
{
    setObjectName(QStringLiteral("OutcomesExportDialog"));
    m_deidentify = new QCheckBox(tr("&De-identify for research"));
    m_deidentify->setObjectName(QStringLiteral("deidentify"));
    body()->addWidget(m_deidentify);
    auto* research = new QLabel(
        tr("Each patient becomes a study number with an age band; every date moves by a "
           "secret number of days per patient (intervals stay true); record numbers and the "
           "activity names patients gave are left out."));
    research->setWordWrap(true);
    research->setEnabled(false);
    research->setContentsMargins(24, 0, 0, 0); // under the check box it explains
    body()->addWidget(research);
    connect(m_deidentify, &QCheckBox::toggled, this, [this, research](bool on) {
        research->setEnabled(on);
        const QString today = m_workspace.clock().today().toString(Qt::ISODate);
        suggestFileName(on ? QStringLiteral("outcomes-research-%1.csv").arg(today)
                           : QStringLiteral("outcomes-%1.csv").arg(today));
    });
    suggestFileName(
        QStringLiteral("outcomes-%1.csv").arg(workspace.clock().today().toString(Qt::ISODate)));
    setReady(true);
}

ExportFileDialog::Producer OutcomesExportDialog::producer()
{
    return [deidentify = m_deidentify->isChecked()](ExportService& service) {
        return service.outcomesCsv(deidentify);
    };
}

} // namespace gradus
