#pragma once

#include "model/Prescription.h"
#include "programmes/SafetyFinding.h"

#include <QGroupBox>
#include <QHash>

#include <optional>

class QLabel;
class QMenu;
class QPushButton;
class QTableView;
class QToolButton;

namespace gradus {

class StoreUndoStack;
class PatientEditor;
class SafetyFindingsModel;
class Workspace;

// The builder's "Safety findings" side panel: runs the safety check over the programme on
// screen (setProgramme) and lists what it found, each row with its severity's icon and tint.
// Below the list, the selected finding in full (reason, source, safer alternatives, who kept
// it and why) with its actions: "Swap in" a safer alternative, and for an "avoid",
// "Keep with a Reason…". A swap is asked of the builder (replaceRequested) so it stays the
// builder's undoable edit; keeping is a SafetyOverrideCommand on the shared undo stack. A
// finding that rests on something not recorded (an onset, weeks of pregnancy) says so and
// offers "Record Onset…": the condition's or episode's own dialog, saved as an undoable patient
// edit, after which the check runs again.
class SafetyFindingsPanel : public QGroupBox
{
    Q_OBJECT

public:
    SafetyFindingsPanel(Workspace& workspace, StoreUndoStack* undoStack, QWidget* parent = nullptr);

    SafetyFindingsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* details() const { return m_details; }
    // "No findings", or why the check could not run; shown in place of the table when empty.
    QLabel* emptyLabel() const { return m_empty; }
    QToolButton* swapButton() const { return m_swapButton; }
    QPushButton* keepButton() const { return m_keepButton; }
    QPushButton* recordButton() const { return m_recordButton; }
    void setExerciseNames(const QHash<qint64, QString>& names);

    // The finding shown in the detail area (a row of model()), -1 for none.
    int currentFinding() const;
    void selectFinding(int row);
    // The actions the selected finding offers (also the row's context menu): one "Swap in"
    // per alternative, then "Keep with a Reason…" for an avoid.
    QMenu* actionsMenu(int row, QWidget* parent);

    // Records the clinician's reason for keeping the "avoid" finding at `row` as an undoable
    // command. False (and problem() says why) when it cannot be kept.
    bool keepFinding(int row, const QString& reason, const QString& clinician);

public slots:
    // Checks `programme` against its patient and shows the findings.
    void setProgramme(const Programme& programme);
    // Asks for the reason (SafetyOverrideDialog) and keeps the selected finding.
    void keepSelected();
    // Opens the dialog of the condition or episode whose missing value the selected finding
    // assumed, and checks again once it is saved.
    void recordSelected();

signals:
    // The clinician chose to put `exerciseId` in place of the prescription at `row` (reading
    // order, as in ProgrammeTableModel).
    void replaceRequested(int row, qint64 exerciseId);
    // Something the clinician should read in the builder's status line.
    void problem(const QString& message);

private:
    void showFindings();
    void showCurrent();
    bool editable() const;
    bool canKeep(const PanelFinding& finding) const;
    bool canSwap(const PanelFinding& finding) const;
    // The first assumption of `finding` that a condition or episode dialog can record.
    static std::optional<SafetyAssumption> recordable(const PanelFinding& finding);
    void swap(int row, qint64 exerciseId);
    QString clinicianName() const;

    Workspace& m_workspace;
    StoreUndoStack* m_undoStack;
    SafetyFindingsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_details = nullptr;
    QToolButton* m_swapButton = nullptr;
    QMenu* m_swapMenu = nullptr;
    QPushButton* m_keepButton = nullptr;
    QPushButton* m_recordButton = nullptr;
    PatientEditor* m_patientEditor = nullptr;
    Programme m_programme;
};

} // namespace gradus
