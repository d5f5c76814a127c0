#include "settings/ClinicLogo.h"

#include "util/EnumTable.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

namespace gradus {
namespace {

const QByteArray kPngSignature("\x89PNG\r\n\x1a\n", 8);

struct FormatRow
{
    ClinicLogo::Format value;
    const char* key;
    const char* mime;
};

constexpr FormatRow kFormats[] = {
    {ClinicLogo::Format::Png, "png", "image/png"},
    {ClinicLogo::Format::Svg, "svg", "image/svg+xml"},
};

bool looksLikeSvg(const QByteArray& data)
{
    const QByteArray head = data.left(4096);
    return head.contains("<svg");
}

QRectF fitted(const QSizeF& natural, const QRectF& target)
{
    if (natural.isEmpty())
        return target;
    const QSizeF size = natural.scaled(target.size(), Qt::KeepAspectRatio);
    return QRectF(target.x() + (target.width() - size.width()) / 2,
                  target.y() + (target.height() - size.height()) / 2, size.width(), size.height());
}

} // namespace

Result<ClinicLogo> ClinicLogo::fromFile(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("settings.logo.unreadable"),
                     tr("The logo file %1 cannot be read.").arg(path), ErrorKind::NotFound};
    if (file.size() > kMaxBytes)
        return Error{QStringLiteral("settings.logo.size"),
                     tr("The logo file %1 is %2 KB; a logo may be at most %3 KB.")
                         .arg(path)
                         .arg(file.size() / 1024)
                         .arg(kMaxBytes / 1024),
                     ErrorKind::Invalid};
    return fromData(file.readAll());
}

Result<ClinicLogo> ClinicLogo::fromData(const QByteArray& data)
{
    if (data.size() > kMaxBytes)
        return Error{QStringLiteral("settings.logo.size"),
                     tr("The logo is %1 KB; a logo may be at most %2 KB.")
                         .arg(data.size() / 1024)
                         .arg(kMaxBytes / 1024),
                     ErrorKind::Invalid};
    ClinicLogo logo;
    logo.m_data = data;
    if (data.startsWith(kPngSignature)) {
        QImage image;
        if (!image.loadFromData(data, "PNG") || image.isNull())
            return Error{QStringLiteral("settings.logo.damaged"),
                         tr("The logo is a damaged PNG image."), ErrorKind::Invalid};
        logo.m_format = Format::Png;
        return logo;
    }
    if (looksLikeSvg(data)) {
        QSvgRenderer renderer(data);
        if (!renderer.isValid() || renderer.viewBoxF().isEmpty())
            return Error{QStringLiteral("settings.logo.damaged"),
                         tr("The logo is an SVG image that cannot be drawn."), ErrorKind::Invalid};
        logo.m_format = Format::Svg;
        return logo;
    }
    return Error{QStringLiteral("settings.logo.format"), tr("The logo must be a PNG or SVG image."),
                 ErrorKind::Invalid};
}

ClinicLogo ClinicLogo::fromDataUri(const QString& uri)
{
    const int comma = uri.indexOf(u',');
    if (!uri.startsWith(QLatin1String("data:image/")) || comma < 0)
        return {};
    auto logo = fromData(QByteArray::fromBase64(uri.mid(comma + 1).toLatin1()));
    return logo ? *logo : ClinicLogo();
}

QString ClinicLogo::formatName() const
{
    return enumTable::key(kFormats, m_format);
}

QString ClinicLogo::toDataUri() const
{
    const FormatRow* row = enumTable::find(kFormats, m_format);
    if (!row)
        return {};
    return QStringLiteral("data:%1;base64,%2")
        .arg(QLatin1String(row->mime), QString::fromLatin1(m_data.toBase64()));
}

QSizeF ClinicLogo::naturalSize() const
{
    if (m_format == Format::Svg)
        return QSvgRenderer(m_data).viewBoxF().size();
    if (m_format == Format::Png) {
        QBuffer buffer;
        buffer.setData(m_data);
        return QImageReader(&buffer, "PNG").size();
    }
    return {};
}

void ClinicLogo::paint(QPainter& painter, const QRectF& target) const
{
    const QRectF where = fitted(naturalSize(), target);
    if (m_format == Format::Svg) {
        QSvgRenderer renderer(m_data);
        renderer.setAspectRatioMode(Qt::KeepAspectRatio);
        renderer.render(&painter, where);
    } else if (m_format == Format::Png) {
        QImage image;
        image.loadFromData(m_data, "PNG");
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(where, image);
        painter.restore();
    }
}

QImage ClinicLogo::toImage(const QSize& box) const
{
    if (isNull() || box.isEmpty())
        return {};
    const QSize size = naturalSize().scaled(box, Qt::KeepAspectRatio).toSize().expandedTo({1, 1});
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace gradus
