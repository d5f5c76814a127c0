#include "exchange/ExchangeActions.h"

#include "exchange/FhirExportDialog.h"
#include "exchange/ImportProgrammeDialog.h"
#include "exchange/OutcomesExportDialog.h"
#include "exchange/ProgrammeExportDialog.h"
#include "exchange/RestoreBackupDialog.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace gradus {

ExchangeActions::ExchangeActions(Workspace& workspace, QWidget* window)
    : QObject(window), m_workspace(workspace), m_window(window)
{
    m_exportMenu = new QMenu(tr("&Export"), window);
    m_exportMenu->setObjectName(QStringLiteral("menuExport"));
    m_fhir = m_exportMenu->addAction(tr("Patient Record (&FHIR)…"));
    m_fhir->setObjectName(QStringLiteral("actionExportFhir"));
    m_fhir->setStatusTip(tr("Save the patient's record as a FHIR R4 file for a GP system"));
    m_programme = m_exportMenu->addAction(tr("&Programme or Template…"));
    m_programme->setObjectName(QStringLiteral("actionExportProgramme"));
    m_programme->setStatusTip(tr("Save a programme or template for another clinic"));
    m_outcomes = m_exportMenu->addAction(tr("&Outcomes (CSV)…"));
    m_outcomes->setObjectName(QStringLiteral("actionExportOutcomes"));
    m_outcomes->setStatusTip(tr("Save every patient's scores as a table, or de-identified for "
                                "research"));
    m_import = new QAction(tr("&Import Programme…"), this);
    m_import->setObjectName(QStringLiteral("actionImportProgramme"));
    m_import->setStatusTip(tr("Bring in a programme or template file from another clinic"));
    m_restore = new QAction(tr("&Restore Backup…"), this);
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

void ExchangeActions::addTo(QMenu* menu)
{
    QAction* before = nullptr;
    for (QAction* a : menu->actions())
        if (a->menuRole() == QAction::QuitRole)
            before = a;
    // Keep the separator that stands before Quit below the new group.
    QAction* separator = menu->insertSeparator(before);
    menu->insertMenu(separator, m_exportMenu);
    menu->insertAction(separator, m_import);
    menu->insertAction(separator, m_restore);
}

void ExchangeActions::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    m_fhir->setEnabled(patientId > 0);
    m_fhir->setToolTip(patientId > 0 ? QString() : tr("Open a patient first"));
}

} // namespace gradus
