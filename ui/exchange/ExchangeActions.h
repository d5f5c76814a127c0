#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace gradus {

class Workspace;

// The File menu's data exchange: Export ▸ (Patient Record (FHIR)…, Programme or Template…,
// Outcomes (CSV)…), Import Programme… and Restore Backup…. MainWindow creates one per open
// database, puts its actions in the File menu's sections (MainMenus) and tells it which
// patient is shown; each action opens its dialog. The actions are owned here.
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    ExchangeActions(Workspace& workspace, QWidget* window);

    QAction* exportFhirAction() const { return m_fhir; }
    QAction* exportProgrammeAction() const { return m_programme; }
    QAction* exportOutcomesAction() const { return m_outcomes; }
    QAction* importProgrammeAction() const { return m_import; }
    QAction* restoreAction() const { return m_restore; }

public slots:
    // The patient shown (0: none); the patient-specific actions follow it.
    void setPatient(qint64 patientId);

signals:
    // A programme file became a draft for the patient (MainWindow shows it in the builder).
    void programmeImported(qint64 patientId, qint64 programmeId);

private:
    Workspace& m_workspace;
    QWidget* m_window = nullptr;
    qint64 m_patientId = 0;
    QAction* m_fhir = nullptr;
    QAction* m_programme = nullptr;
    QAction* m_outcomes = nullptr;
    QAction* m_import = nullptr;
    QAction* m_restore = nullptr;
};

} // namespace gradus
