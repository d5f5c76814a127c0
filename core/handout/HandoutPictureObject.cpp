#include "handout/HandoutPictureObject.h"

#include "illustration/ExercisePicture.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace gradus {

HandoutPictureObject::HandoutPictureObject(QList<Exercise> exercises, ClinicLogo logo,
                                           QObject* parent)
    : QObject(parent), m_exercises(std::move(exercises)), m_logo(std::move(logo))
{
}

QString HandoutPictureObject::marker(int index)
{
    return QStringLiteral("[[picture:%1]]").arg(index);
}

QString HandoutPictureObject::logoMarker()
{
    return QStringLiteral("[[logo]]");
}

void HandoutPictureObject::insertInto(QTextDocument& doc, const QSizeF& pictureMm,
                                      const QSizeF& logoMm)
{
    doc.documentLayout()->registerHandler(kObjectType, this);
    auto replace = [&](const QString& text, int index, QSizeF sizeMm) {
        QTextCursor found = doc.find(text);
        if (found.isNull())
            return;
        QTextCharFormat format;
        format.setObjectType(kObjectType);
        format.setProperty(Index, index);
        format.setProperty(WidthMm, sizeMm.width());
        format.setProperty(HeightMm, sizeMm.height());
        found.insertText(QString(QChar::ObjectReplacementCharacter), format);
    };
    for (int i = 0; i < m_exercises.size(); ++i)
        replace(marker(i), i, pictureMm);
    if (!m_logo.isNull()) {
        // The logo keeps its proportions inside the box it is given.
        const QSizeF fitted = m_logo.naturalSize().scaled(logoMm, Qt::KeepAspectRatio);
        replace(logoMarker(), -1, fitted);
    }
}

QSizeF HandoutPictureObject::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format)
{
    // Layout units are the layout's paint device pixels (the PDF writer's dots).
    const QPaintDevice* device = doc->documentLayout()->paintDevice();
    const double dpi = device ? device->logicalDpiX() : 96.0;
    return QSizeF(format.doubleProperty(WidthMm), format.doubleProperty(HeightMm)) * dpi / 25.4;
}

void HandoutPictureObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                      const QTextFormat& format)
{
    const int index = format.intProperty(Index);
    if (index == -1) {
        m_logo.paint(*painter, rect);
        return;
    }
    if (index < 0 || index >= m_exercises.size())
        return;
    painter->save();
    if (!ExercisePicture::paint(*painter, m_exercises.at(index), rect)) {
        // No picture: a quiet frame keeps the layout even.
        painter->setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0));
        painter->drawRect(rect);
    }
    painter->restore();
}

} // namespace gradus
