#include "exchange/ExchangeActions.h"

#include "exchange/FhirExportDialog.h"
#include "exchange/ImportProgrammeDialog.h"
#include "exchange/OutcomesExportDialog.h"
#include "exchange/ProgrammeExportDialog.h"
#include "exchange/RestoreBackupDialog.h"

#include <QAction>
#include <QWidget>

namespace gradus {

ExchangeActions::ExchangeActions(Workspace& workspace, QWidget* window)
    : QObject(window), m_workspace(workspace), m_window(window)
{
    // Owned here, so that they leave the menus with this object (a database opened later
    // brings its own).
    m_fhir = new QAction(tr("Patient Record (&FHIR)…"), this);
    m_fhir->setObjectName(QStringLiteral("actionExportFhir"));
    m_fhir->setStatusTip(tr("Save the patient's record as a FHIR R4 file for a GP system"));
    m_programme = new QAction(tr("&Programme or Template…"), this);
    m_programme->setObjectName(QStringLiteral("actionExportProgramme"));
    m_programme->setStatusTip(tr("Save a programme or template for another clinic"));
    m_outcomes = new QAction(tr("&Outcomes (CSV)…"), this);
    m_outcomes->setObjectName(QStringLiteral("actionExportOutcomes"));
    m_outcomes->setStatusTip(tr("Save every patient's scores as a table, or de-identified for "
                                "research"));
    m_import = new QAction(tr("&Import Programme…"), this);
    m_import->setObjectName(QStringLiteral("actionImportProgramme"));
    m_import->setStatusTip(tr("Bring in a programme or template file from another clinic"));
    m_restore = new QAction(tr("Res&tore Backup…"), this);
    m_restore->setObjectName(QStringLiteral("actionRestoreBackup"));
    m_restore->setStatusTip(tr("Check a backup and open it as a new database"));

    connect(m_fhir, &QAction::triggered, this, [this] {
        FhirExportDialog dialog(m_workspace, m_patientId, m_window);
        dialog.exec();
    });
    connect(m_programme, &QAction::triggered, this, [this] {
        ProgrammeExportDialog dialog(m_workspace, m_patientId, 0, m_window);
        dialog.exec();
    });
    connect(m_outcomes, &QAction::triggered, this, [this] {
        OutcomesExportDialog dialog(m_workspace, m_window);
        dialog.exec();
    });
    connect(m_import, &QAction::triggered, this, [this] {
        ImportProgrammeDialog dialog(m_workspace, m_patientId, m_window);
        connect(&dialog, &ImportProgrammeDialog::programmeImported, this,
                &ExchangeActions::programmeImported);
        dialog.exec();
    });
    connect(m_restore, &QAction::triggered, this, [this] {
        RestoreBackupDialog dialog(m_workspace, &RestoreBackupDialog::openInNewWindow, m_window);
        dialog.exec();
    });
    setPatient(0);
}

void ExchangeActions::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    m_fhir->setEnabled(patientId > 0);
    m_fhir->setToolTip(patientId > 0 ? QString() : tr("Open a patient first"));
}

} // namespace gradus
