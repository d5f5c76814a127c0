#include "illustration/ExercisePicture.h"

#include "illustration/PoseRenderer.h"

#include <QBuffer>
#include <QPainter>
#include <QXmlStreamWriter>

#include <cmath>

namespace gradus {
namespace {

Status checkWidth(int width)
{
    if (width < 16 || width > 8000)
        return Error{QStringLiteral("picture.size"),
                     ExercisePicture::tr("The width must be from 16 to 8000 pixels.")};
    return {};
}

Result<QImage> photoOf(const Exercise& exercise)
{
    QImage photo;
    if (!photo.loadFromData(exercise.image))
        return Error{
            QStringLiteral("picture.photo"),
            ExercisePicture::tr("The picture of \"%1\" cannot be read.").arg(exercise.name)};
    return photo;
}

Result<illustration::Drawing> drawingOf(const Exercise& exercise)
{
    if (!exercise.hasIllustration())
        return Error{QStringLiteral("picture.none"),
                     ExercisePicture::tr("\"%1\" has no drawing or picture.").arg(exercise.name)};
    return illustration::PoseRenderer::render(exercise.illustration);
}

} // namespace

bool ExercisePicture::available(const Exercise& exercise)
{
    return exercise.hasImage() || exercise.hasIllustration();
}

Result<QImage> ExercisePicture::image(const Exercise& exercise, int width)
{
    if (auto st = checkWidth(width); !st)
        return st.error();
    if (!exercise.image.isEmpty()) {
        auto photo = photoOf(exercise);
        if (!photo)
            return photo.error();
        return photo->scaledToWidth(width, Qt::SmoothTransformation);
    }
    auto drawing = drawingOf(exercise);
    if (!drawing)
        return drawing.error();
    return drawing->toImage(width);
}

Result<QByteArray> ExercisePicture::svg(const Exercise& exercise, int width)
{
    if (auto st = checkWidth(width); !st)
        return st.error();
    if (!exercise.image.isEmpty()) {
        auto loaded = photoOf(exercise);
        if (!loaded)
            return loaded.error();
        const QImage& photo = *loaded;
        // The photo goes in as PNG data, so any program that shows SVG can show it.
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        photo.save(&buffer, "PNG");
        const int height = int(std::lround(double(width) * photo.height() / photo.width()));
        QByteArray out;
        QXmlStreamWriter xml(&out);
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("svg"));
        xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
        xml.writeNamespace(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("xlink"));
        xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
        xml.writeAttribute(QStringLiteral("width"), QString::number(width));
        xml.writeAttribute(QStringLiteral("height"), QString::number(height));
        xml.writeAttribute(QStringLiteral("viewBox"),
                           QStringLiteral("0 0 %1 %2").arg(width).arg(height));
        xml.writeEmptyElement(QStringLiteral("image"));
        xml.writeAttribute(QStringLiteral("width"), QString::number(width));
        xml.writeAttribute(QStringLiteral("height"), QString::number(height));
        xml.writeAttribute(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("href"),
                           QStringLiteral("data:image/png;base64,") +
                               QString::fromLatin1(png.toBase64()));
        xml.writeEndElement();
        xml.writeEndDocument();
        return out;
    }
    auto drawing = drawingOf(exercise);
    if (!drawing)
        return drawing.error();
    return drawing->toSvg(width);
}

bool ExercisePicture::paint(QPainter& painter, const Exercise& exercise, const QRectF& target)
{
    if (!exercise.image.isEmpty()) {
        QImage photo;
        if (!photo.loadFromData(exercise.image))
            return false;
        const QSizeF size = QSizeF(photo.size()).scaled(target.size(), Qt::KeepAspectRatio);
        const QRectF where(target.x() + (target.width() - size.width()) / 2,
                           target.y() + (target.height() - size.height()) / 2, size.width(),
                           size.height());
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(where, photo);
        painter.restore();
        return true;
    }
    if (!exercise.hasIllustration())
        return false;
    auto drawing = illustration::PoseRenderer::render(exercise.illustration);
    if (!drawing)
        return false;
    drawing->paint(painter, target);
    return true;
}

} // namespace gradus
