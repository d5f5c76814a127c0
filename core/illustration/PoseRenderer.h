#pragma once

#include "illustration/Drawing.h"
#include "illustration/IllustrationSpec.h"
#include "util/Result.h"

#include <QJsonObject>

namespace gradus::illustration {

// Draws an exercise illustration: a line figure posed by joint angles, its start and end
// positions, movement arrows and simple props, all in one shared style (FigureStyle.h). The
// result is vector primitives (Drawing) for the screen, PNG, PDF and SVG alike.
class PoseRenderer
{
public:
    // Every drawing has this logical size (4:3); outputs scale it.
    static QSizeF canvasSize() { return {400, 300}; }

    static Drawing render(const IllustrationSpec& spec);
    // Parses the exercise's "illustration" object first; errors name the field.
    static Result<Drawing> render(const QJsonObject& illustration);
};

} // namespace gradus::illustration
