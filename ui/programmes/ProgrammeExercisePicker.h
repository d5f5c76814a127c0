#pragma once

#include <QGroupBox>

class QLineEdit;
class QListView;
class QModelIndex;

namespace gradus {

class ExerciseFilterModel;
class ExerciseListModel;
class Workspace;

// The builder's compact exercise list: name and small picture, a search field, retired
// exercises hidden. Double-click or Enter chooses the selected exercises; dragging carries
// them (ExerciseListModel::mimeType()) to the programme table.
class ProgrammeExercisePicker : public QGroupBox
{
    Q_OBJECT

public:
    explicit ProgrammeExercisePicker(Workspace& workspace, QWidget* parent = nullptr);

    ExerciseListModel* exercises() const { return m_exercises; }
    QListView* list() const { return m_list; }
    QLineEdit* searchField() const { return m_search; }

signals:
    void exercisesChosen(const QList<qint64>& exerciseIds);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose(const QModelIndex& index);

    ExerciseListModel* m_exercises = nullptr;
    ExerciseFilterModel* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
};

} // namespace gradus
