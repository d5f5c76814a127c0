#pragma once

#include "model/Exercise.h"

#include <QWidget>

namespace gradus {

// Shows an exercise's picture (the clinic's photo, else the drawing) painted at the widget's
// own size, so the vector drawing stays sharp however large the pane is.
class ExercisePictureWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ExercisePictureWidget(QWidget* parent = nullptr);
    void setExercise(const Exercise& exercise);
    void clear();
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width * 3 / 4; }
    QSize sizeHint() const override { return {480, 360}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Exercise m_exercise;
    bool m_empty = true;
};

} // namespace gradus
