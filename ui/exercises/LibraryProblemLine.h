#pragma once

class QBoxLayout;
class QWidget;

namespace gradus {

class ExerciseListModel;

// Adds to `layout` a line in the error tone that says when `model`'s library could not be read,
// kept in step with the model's reloads, so that an empty list never passes for an empty
// library (the library browser and the programme builder's picker).
void addLibraryProblemLine(QBoxLayout* layout, QWidget* parent, const ExerciseListModel* model);

} // namespace gradus
