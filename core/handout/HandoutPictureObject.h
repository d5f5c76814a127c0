#pragma once

#include "model/Exercise.h"
#include "settings/ClinicLogo.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace gradus {

// Puts exercise pictures (and the clinic logo) into the handout's QTextDocument as inline
// objects painted with QPainter, so line drawings stay vector graphics in the PDF and on
// the printer. The HTML carries "[[picture:N]]" and "[[logo]]" markers.
class HandoutPictureObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 91;

    HandoutPictureObject(QList<Exercise> exercises, ClinicLogo logo, QObject* parent = nullptr);

    static QString marker(int index);
    static QString logoMarker();
    // Registers the handler on `doc` (keep this object alive while it is drawn) and replaces
    // the markers; pictures are `pictureMm` in size, the logo at most `logoMm`.
    void insertInto(QTextDocument& doc, const QSizeF& pictureMm, const QSizeF& logoMm);

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;

private:
    enum Property
    {
        Index = QTextFormat::UserProperty + 1,
        WidthMm,
        HeightMm,
    };
    QList<Exercise> m_exercises;
    ClinicLogo m_logo;
};

} // namespace gradus
