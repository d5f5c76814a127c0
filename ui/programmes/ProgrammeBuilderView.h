#pragma once

#include "model/Prescription.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;
class QUndoStack;

namespace gradus {

class ExerciseListModel;
class ProgrammeExercisePicker;
class ProgrammeTableModel;
class SafetyFindingsModel;
class SafetyFindingsPanel;
class Workspace;

// The patient's "Programme" tab: the exercise library on the left (double-click, Enter or drag
// to add), the programme on the right (fields, prescriptions in order, safety findings).
// Every edit is a ProgrammeEditCommand on the shared undo stack and is stored at once: a
// draft changes in place; editing the active version first makes a new draft version
// (ProgrammeRepository::draftFor) and says so. Superseded versions are read-only.
class ProgrammeBuilderView : public QWidget
{
    Q_OBJECT

public:
    ProgrammeBuilderView(Workspace& workspace, QUndoStack* undoStack, QWidget* parent = nullptr);

    qint64 patientId() const { return m_patientId; }
    // The version shown (0: none).
    qint64 programmeId() const { return m_programme.id; }
    const Programme& programme() const { return m_programme; }
    ProgrammeTableModel* tableModel() const { return m_model; }
    SafetyFindingsModel* findingsModel() const;
    SafetyFindingsPanel* findingsPanel() const { return m_findingsPanel; }
    QListView* libraryList() const;
    QLineEdit* searchField() const;
    QTableView* table() const { return m_table; }
    QComboBox* versionCombo() const { return m_versions; }
    QString statusText() const;

public slots:
    void setPatient(qint64 patientId);
    // Shows one version of the patient's programme.
    void showVersion(qint64 programmeId);

    // The edits; each one undoable. Return false (and say why) when nothing changed.
    bool addExercises(const QList<qint64>& exerciseIds, int beforeRow = -1);
    bool removeRow(int row);
    bool moveRow(int row, int delta);
    bool setPrescription(int row, const Prescription& prescription);
    // Puts another exercise in the row's place, keeping its dose, side and note.
    bool replaceExercise(int row, qint64 exerciseId);
    bool newProgramme(const QString& name = {});
    bool newFromTemplate(qint64 templateId);
    bool activate();

signals:
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createProgrammePane();
    void editDose();
    void chooseTemplate();
    void saveAsTemplate();
    void fieldsEdited();
    void reloadVersions();
    void showProgramme(const Programme& programme);
    void updateEnabled();
    void say(const QString& message, bool problem = false);
    // Runs `change` on an editable copy (a draft; draftFor() first when the shown version is
    // active) and pushes it as one undoable command.
    bool edit(const QString& text, const std::function<bool(Programme&)>& change);
    int selectedRow() const;
    void selectRow(int row);
    QString exerciseName(qint64 id) const;

    Workspace& m_workspace;
    QUndoStack* m_undoStack;
    qint64 m_patientId = 0;
    Programme m_programme;
    QHash<qint64, QString> m_names;

    ProgrammeExercisePicker* m_picker = nullptr;
    ExerciseListModel* m_exercises = nullptr; // the picker's
    ProgrammeTableModel* m_model = nullptr;
    SafetyFindingsPanel* m_findingsPanel = nullptr;
    QComboBox* m_versions = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_goal = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_review = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_templateButton = nullptr;
    QPushButton* m_saveTemplateButton = nullptr;
    QPushButton* m_activateButton = nullptr;
    QPushButton* m_handoutButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_upButton = nullptr;
    QPushButton* m_downButton = nullptr;
    QPushButton* m_doseButton = nullptr;
    bool m_loading = false;
};

} // namespace gradus
