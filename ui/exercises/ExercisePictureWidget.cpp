#include "exercises/ExercisePictureWidget.h"

#include "illustration/ExercisePicture.h"

#include <QPainter>

namespace gradus {

ExercisePictureWidget::ExercisePictureWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("exercisePicture"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMinimumSize(240, 180);
}

void ExercisePictureWidget::setExercise(const Exercise& exercise)
{
    m_exercise = exercise;
    m_empty = false;
    update();
}

void ExercisePictureWidget::clear()
{
    m_exercise = {};
    m_empty = true;
    update();
}

void ExercisePictureWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(frame, 6, 6);
    if (m_empty)
        return;
    const QRectF inside = frame.adjusted(6, 6, -6, -6);
    if (!ExercisePicture::paint(painter, m_exercise, inside)) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(inside, Qt::AlignCenter, tr("No picture"));
    }
}

} // namespace gradus
