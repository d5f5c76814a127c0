#pragma once

#include "notify/StoreNotifier.h"
#include "pacing/GradedActivityPlan.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace gradus {

class StoreUndoStack;
class PacingPrescriptionModel;
class PacingScheduleView;
class RefreshWhenShown;
class Workspace;

// The patient's "Pacing" tab: the prescriptions of the programme in force with their graded
// activity plans, "New Plan…" for a prescription without one, and the selected plan's
// schedule with what the visits recorded overlaid and the decisions taken so far.
class PacingTab : public QWidget
{
    Q_OBJECT

public:
    // With an undo stack, "New Plan" can be undone (until a decision is made on the plan).
    explicit PacingTab(Workspace& workspace, StoreUndoStack* undoStack, QWidget* parent = nullptr);

    void setPatient(qint64 patientId);
    qint64 patientId() const { return m_patientId; }

    // Creates a plan for the selected prescription without the dialog (the dialog calls
    // this; tests may too).
    Status createPlan(const PlanParameters& parameters);
    void selectPrescription(qint64 prescriptionId);

    PacingPrescriptionModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    PacingScheduleView* schedule() const { return m_schedule; }
    QPushButton* newPlanButton() const { return m_newPlan; }
    QLabel* decisionsLabel() const { return m_decisions; }
    QLabel* programmeLabel() const { return m_programme; }

signals:
    void statusMessage(const QString& message);

private:
    void reload();
    void showSelected();
    void openNewPlanDialog();
    void onStoreChanged(StoreNotifier::Kind kind);
    int selectedRow() const;

    Workspace& m_workspace;
    StoreUndoStack* m_undoStack = nullptr;
    qint64 m_patientId = 0;
    PacingPrescriptionModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_programme = nullptr;
    QPushButton* m_newPlan = nullptr;
    PacingScheduleView* m_schedule = nullptr;
    QLabel* m_decisions = nullptr;
    RefreshWhenShown* m_refresh = nullptr;
};

} // namespace gradus
