#pragma once

#include "model/Exercise.h"
#include "util/Result.h"

#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListView;
class QTableView;
class QStackedWidget;

namespace gradus {

class StoreUndoStack;
class ExerciseDetailPane;
class ExerciseEditing;
class ExerciseFilterModel;
class ExerciseListModel;
class Workspace;

// The library browser page: a grid of picture thumbnails (or a table) with filters and text
// search, the chosen exercise in a detail pane, and the clinic's own exercises: new,
// duplicate-and-edit, edit, picture, retire and restore. Every change goes through the shared
// undo stack. Exercises can be dragged out (application/x-gradus-exercise).
class ExerciseLibraryView : public QWidget
{
    Q_OBJECT

public:
    ExerciseLibraryView(Workspace& workspace, StoreUndoStack* undoStack, QWidget* parent = nullptr);

    // Selects an exercise by database id or stable id; false when it is not shown.
    bool selectExercise(qint64 id);
    bool selectExercise(const QString& stableId);
    qint64 currentExerciseId() const;
    void setTableMode(bool table);
    // Saves the editor's change to `base` (as read when the editor opened). A conflict with
    // another desk opens ConflictDialog.
    Status saveEdit(const Exercise& base, const Exercise& mine);

    ExerciseListModel* listModel() const { return m_model; }
    ExerciseFilterModel* filterModel() const { return m_filter; }
    ExerciseDetailPane* detailPane() const { return m_detail; }
    ExerciseEditing* editing() const { return m_editing; }

public slots:
    void newExercise();
    void duplicateAndEdit();
    void editExercise();
    void choosePicture();
    void removePicture();
    void toggleRetired();

private:
    QWidget* createFilterBar();
    QWidget* createActionBar();
    void applyFilters();
    void showCurrent();
    void updateActions();
    Exercise currentExercise() const;
    // Opens the editor; `save` stores the result.
    void openEditor(const Exercise& exercise, const std::function<Status(const Exercise&)>& save);
    void showError(const QString& message);

    Workspace& m_workspace;
    ExerciseEditing* m_editing = nullptr;
    ExerciseListModel* m_model = nullptr;
    ExerciseFilterModel* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_position = nullptr;
    QComboBox* m_equipment = nullptr;
    QComboBox* m_load = nullptr;
    QComboBox* m_impact = nullptr;
    QCheckBox* m_showRetired = nullptr;
    QStackedWidget* m_views = nullptr;
    QListView* m_grid = nullptr;
    QTableView* m_table = nullptr;
    ExerciseDetailPane* m_detail = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_pictureAction = nullptr;
    QAction* m_removePictureAction = nullptr;
    QAction* m_retireAction = nullptr;
    QAction* m_gridAction = nullptr;
    QAction* m_tableAction = nullptr;
};

} // namespace gradus
