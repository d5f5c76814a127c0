#include "exercises/LibraryProblemLine.h"

#include "exercises/ExerciseListModel.h"
#include "style/DialogParts.h"

#include <QBoxLayout>
#include <QLabel>

namespace gradus {

void addLibraryProblemLine(QBoxLayout* layout, QWidget* parent, const ExerciseListModel* model)
{
    QLabel* line = dialogParts::addProblemLine(layout, parent);
    auto follow = [model, line] {
        line->setText(model->unreadable());
        line->setVisible(!model->unreadable().isEmpty());
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, line, follow);
    follow();
}

} // namespace gradus
