#pragma once

#include "model/Exercise.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QImage>

class QPainter;

namespace gradus {

// The picture of an exercise wherever it is shown or written: the clinic's own photo when one
// is attached, otherwise the pose renderer's drawing.
class ExercisePicture
{
    Q_DECLARE_TR_FUNCTIONS(ExercisePicture)

public:
    static bool available(const Exercise& exercise);
    // `width` pixels wide; a drawing is 4:3, a photo keeps its own proportions.
    static Result<QImage> image(const Exercise& exercise, int width);
    // An SVG document `width` pixels wide: the drawing as vector paths, a photo embedded.
    static Result<QByteArray> svg(const Exercise& exercise, int width);
    // Paints into `target` (screen, PDF), keeping proportions; false when there is nothing.
    static bool paint(QPainter& painter, const Exercise& exercise, const QRectF& target);
};

} // namespace gradus
