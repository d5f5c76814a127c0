#include "ProgrammeExercisePicker.h"

#include "exercises/ExerciseFilterModel.h"
#include "exercises/ExerciseListModel.h"
#include "exercises/LibraryProblemLine.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace gradus {

ProgrammeExercisePicker::ProgrammeExercisePicker(Workspace& workspace, QWidget* parent)
    : QGroupBox(tr("Exercises"), parent)
{
    m_exercises = new ExerciseListModel(workspace, this);
    m_filter = new ExerciseFilterModel(this); // hides retired exercises by default
    m_filter->setSourceModel(m_exercises);
    m_search = new QLineEdit;
    m_search->setAccessibleName(tr("Search exercises"));
    m_search->setPlaceholderText(tr("Search exercises"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ExerciseFilterModel::setSearchText);

    m_list = new QListView;
    m_list->setAccessibleName(tr("Exercises to add"));
    m_list->setModel(m_filter);
    m_list->setModelColumn(ExerciseListModel::Name);
    m_list->setIconSize(QSize(48, 36));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setToolTip(tr("Double-click, press Enter or drag onto the programme to add"));
    m_list->installEventFilter(this);
    connect(m_list, &QListView::doubleClicked, this, &ProgrammeExercisePicker::choose);

    // A narrow picker: the programme beside it needs the width.
    setFixedWidth(210);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    addLibraryProblemLine(layout, this, m_exercises);
    layout->addWidget(m_list);
}

void ProgrammeExercisePicker::choose(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    QList<qint64> ids;
    const auto selected = m_list->selectionModel()->selectedIndexes();
    for (const QModelIndex& i : selected)
        ids << i.data(ExerciseListModel::IdRole).toLongLong();
    if (!selected.contains(index))
        ids = {index.data(ExerciseListModel::IdRole).toLongLong()};
    emit exercisesChosen(ids);
}

bool ProgrammeExercisePicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            choose(m_list->currentIndex());
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

} // namespace gradus
