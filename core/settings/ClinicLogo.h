#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <QString>

class QPainter;
class QRectF;

namespace gradus {

// The clinic's logo as printed at the top of every handout: the bytes of a PNG or SVG file,
// kept in the database (as a data: URI in clinic settings) so that every desk prints the same
// logo without sharing a file path. SVG stays vector graphics in the PDF.
class ClinicLogo
{
    Q_DECLARE_TR_FUNCTIONS(ClinicLogo)

public:
    enum class Format
    {
        None,
        Png,
        Svg,
    };

    static constexpr qint64 kMaxBytes = qint64{1024} * 1024;

    ClinicLogo() = default;

    // Reads and checks a PNG or SVG file: it must exist, be at most kMaxBytes and draw.
    static Result<ClinicLogo> fromFile(const QString& path);
    // The same checks on bytes already read (format from their content, not a file name).
    static Result<ClinicLogo> fromData(const QByteArray& data);
    // From the stored "data:image/png;base64,..." text; a null logo when it is not one.
    static ClinicLogo fromDataUri(const QString& uri);

    bool isNull() const { return m_format == Format::None; }
    Format format() const { return m_format; }
    QString formatName() const; // "png", "svg" or ""
    const QByteArray& data() const { return m_data; }
    QString toDataUri() const;

    // Width : height as drawn (an SVG's view box, a PNG's pixels).
    QSizeF naturalSize() const;
    // Draws the logo into `target`, keeping its proportions and centred (vector for SVG).
    void paint(QPainter& painter, const QRectF& target) const;
    // A raster copy at most `box` in size (previews in the settings dialog).
    QImage toImage(const QSize& box) const;

private:
    Format m_format = Format::None;
    QByteArray m_data;
};

} // namespace gradus
