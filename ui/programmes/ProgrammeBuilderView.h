#pragma once

#include "ProgrammeCommandHooks.h"
#include "model/Prescription.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QTableView;

namespace gradus {

class StoreCommand;
class StoreUndoStack;
class ExerciseListModel;
class ProgrammeActionsBar;
class ProgrammeDetailsForm;
class ProgrammeExercisePicker;
class ProgrammeRowsPanel;
class ProgrammeTableModel;
class SafetyFindingsModel;
class SafetyFindingsPanel;
class Workspace;

// The patient's "Programme" tab: the exercise library on the left (double-click, Enter or drag
// to add), the programme on the right (programme actions, fields, prescriptions in order —
// reordered by dragging or Move up/down — and the safety findings below).
// Every edit is an undoable command on the shared undo stack and is stored at once: a draft
// changes in place; the first edit of the active version makes a new draft version in the same
// undo step (ProgrammeEditCommand) and says so. Superseded versions are read-only. The
// programme-level actions (new, from template, save as template, activate) are
// ProgrammeActionsBar's.
class ProgrammeBuilderView : public QWidget
{
    Q_OBJECT

public:
    ProgrammeBuilderView(Workspace& workspace, StoreUndoStack* undoStack,
                         QWidget* parent = nullptr);

    qint64 patientId() const { return m_patientId; }
    // The version shown (0: none).
    qint64 programmeId() const { return m_programme.id; }
    const Programme& programme() const { return m_programme; }
    ProgrammeTableModel* tableModel() const { return m_model; }
    SafetyFindingsModel* findingsModel() const;
    SafetyFindingsPanel* findingsPanel() const { return m_findingsPanel; }
    ProgrammeActionsBar* actionsBar() const { return m_actions; }
    QListView* libraryList() const;
    QLineEdit* searchField() const;
    QTableView* table() const { return m_table; }
    QComboBox* versionCombo() const;
    QSplitter* splitter() const { return m_splitter; }
    QString statusText() const;

public slots:
    void setPatient(qint64 patientId);
    // Shows one version of the patient's programme.
    void showVersion(qint64 programmeId);

    // The edits; each one undoable. Return false (and say why) when nothing changed.
    bool addExercises(const QList<qint64>& exerciseIds, int beforeRow = -1);
    bool removeRow(int row);
    bool moveRow(int row, int delta);
    // Moves rows to before `beforeRow` (rowCount(): the end), into that row's section.
    bool moveRows(const QList<int>& rows, int beforeRow);
    bool setPrescription(int row, const Prescription& prescription);
    // Puts another exercise in the row's place, keeping its dose, side and note.
    bool replaceExercise(int row, qint64 exerciseId);
    bool newProgramme(const QString& name = {});
    bool newFromTemplate(qint64 templateId);
    bool activate();

signals:
    void statusMessage(const QString& message);

private:
    QWidget* createProgrammePane();
    void editDose(int row);
    void detailsEdited(const Programme& changed);
    void showProgramme(const Programme& programme);
    // The store changed the programme behind the view (a pacing plan, a review, another desk).
    void refreshFromStore();
    // What a command asks for after touching the store (ProgrammeCommandHooks::show).
    void showStored(qint64 patientId, qint64 programmeId);
    void updateEnabled();
    void say(const QString& message, bool problem = false);
    ProgrammeCommandHooks hooks();
    // Pushes onto the undo stack; false when the command was refused (and dropped).
    bool push(StoreCommand* command);
    // Undoes the last step on the stack and removes it (a half-made macro that was refused).
    void dropLastStep();
    // Runs `change` on an editable copy of the version shown and pushes it as one undoable
    // command (for an active version, together with the new draft it needs).
    bool edit(const QString& text, const std::function<bool(Programme&)>& change);
    int selectedRow() const;
    void selectRow(int row);
    QString exerciseName(qint64 id) const;

    Workspace& m_workspace;
    StoreUndoStack* m_undoStack;
    qint64 m_patientId = 0;
    Programme m_programme;
    QHash<qint64, QString> m_names;
    QHash<qint64, QList<DoseType>> m_doseTypes; // the dose types that fit each exercise
    bool m_refreshPending = false; // a store change waits for the clinician's edit to end

    ProgrammeExercisePicker* m_picker = nullptr;
    ExerciseListModel* m_exercises = nullptr; // the picker's
    ProgrammeTableModel* m_model = nullptr;
    ProgrammeActionsBar* m_actions = nullptr;
    SafetyFindingsPanel* m_findingsPanel = nullptr;
    QSplitter* m_splitter = nullptr;
    ProgrammeDetailsForm* m_details = nullptr;
    ProgrammeRowsPanel* m_rows = nullptr;
    QTableView* m_table = nullptr; // the rows panel's
    QLabel* m_status = nullptr;
};

} // namespace gradus
