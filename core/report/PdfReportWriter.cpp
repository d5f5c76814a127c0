#include "report/PdfReportWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace gradus {

QPageSize PdfReportWriter::pageSizeFromSetting(const QString& value)
{
    return value.trimmed().compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0
               ? QPageSize(QPageSize::Letter)
               : QPageSize(QPageSize::A4);
}

Status PdfReportWriter::write(const QString& path, const QString& html, const Options& options,
                              const std::function<void(QTextDocument&, double)>& prepare)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("pdf.open"),
                     tr("Could not write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("Gradus"));
        writer.setPageLayout(QPageLayout(options.pageSize, QPageLayout::Portrait, options.marginsMm,
                                         QPageLayout::Millimeter));
        const double dotsPerMm = writer.resolution() / 25.4;
        const QRectF body(QPointF(0, 0),
                          QSizeF(writer.pageLayout().paintRectPixels(writer.resolution()).size()));
        const double footerHeight = 9 * dotsPerMm;
        const QSizeF pageSize(body.width(), body.height() - footerHeight);

        // Pitfall 5: the paint device first, then the HTML, then the page size in device
        // pixels and no document margin.
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        QFont base(QStringLiteral("DejaVu Sans"));
        base.setPointSizeF(options.baseFontPt);
        doc.setDefaultFont(base);
        doc.setHtml(html);
        doc.setDocumentMargin(0);
        doc.setPageSize(pageSize);
        if (prepare)
            prepare(doc, body.width() / dotsPerMm);

        QPainter painter;
        if (!painter.begin(&writer))
            return Error{QStringLiteral("pdf.paint"), tr("Could not start drawing %1.").arg(path)};
        const int pages = doc.pageCount();
        QFont footerFont(QStringLiteral("DejaVu Sans"));
        footerFont.setPointSizeF(7.5);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -page * pageSize.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(QPointF(0, page * pageSize.height()), pageSize);
            context.palette.setColor(QPalette::Text, Qt::black);
            painter.setClipRect(context.clip);
            doc.documentLayout()->draw(&painter, context);
            painter.restore();

            // Footer: a hairline, the document's line on the left, the page number right.
            const double top = body.height() - footerHeight + 3 * dotsPerMm;
            painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.2 * dotsPerMm));
            painter.drawLine(QPointF(0, top), QPointF(body.width(), top));
            painter.setPen(QColor(0x44, 0x44, 0x44));
            painter.setFont(footerFont);
            const QRectF footer(0, top + 1 * dotsPerMm, body.width(), footerHeight - 4 * dotsPerMm);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, options.footerLeft);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                             tr("Page %1 of %2").arg(page + 1).arg(pages));
        }
        if (!painter.end())
            return Error{QStringLiteral("pdf.paint"), tr("Could not finish %1.").arg(path)};
    }
    if (!file.commit())
        return Error{QStringLiteral("pdf.write"),
                     tr("Could not write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace gradus
