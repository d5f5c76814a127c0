#include "report/PdfReportWriter.h"

#include "util/PrivateFile.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace gradus {

namespace {

// Moves each top-level table that would straddle a page boundary to the start of the next
// page, one at a time from the top (an earlier move shifts everything below it).
void keepTablesTogether(QTextDocument& doc, double pageHeight)
{
    auto* layout = doc.documentLayout();
    for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
        doc.pageCount(); // lays the document out again after an earlier move
        const QRectF r = layout->frameBoundingRect(frame);
        if (r.height() >= pageHeight || r.height() <= 0)
            continue;
        const int first = static_cast<int>(std::floor(r.top() / pageHeight));
        const int last = static_cast<int>(std::floor((r.bottom() - 1) / pageHeight));
        if (first == last)
            continue;
        QTextFrameFormat format = frame->frameFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        frame->setFrameFormat(format);
        // The layout only redoes the frame itself; everything after it moves too.
        const int from = std::max(0, frame->firstPosition() - 1);
        doc.markContentsDirty(from, doc.characterCount() - from);
    }
}

} // namespace

QPageSize PdfReportWriter::pageSizeFromSetting(const QString& value)
{
    return value.trimmed().compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0
               ? QPageSize(QPageSize::Letter)
               : QPageSize(QPageSize::A4);
}

Status PdfReportWriter::write(const QString& path, const QString& html, const Options& options,
                              const std::function<void(QTextDocument&, double)>& prepare)
{
    PrivateFile file(path);
    if (auto st = file.open(); !st)
        return st;
    {
        QPdfWriter writer(file.device());
        writer.setResolution(600);
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("Gradus"));
        writer.setPageLayout(QPageLayout(options.pageSize, QPageLayout::Portrait, options.marginsMm,
                                         QPageLayout::Millimeter));
        if (auto st = render(writer, html, options, prepare); !st)
            return st;
    }
    return file.commit();
}

Status PdfReportWriter::render(QPagedPaintDevice& device, const QString& html,
                               const Options& options,
                               const std::function<void(QTextDocument&, double)>& prepare)
{
    const int dpi = device.logicalDpiX();
    const double dotsPerMm = dpi / 25.4;
    const QRectF body(QPointF(0, 0), QSizeF(device.pageLayout().paintRectPixels(dpi).size()));
    const double footerHeight = (options.footerFontPt + 1.5) * dotsPerMm;
    const QSizeF pageSize(body.width(), body.height() - footerHeight);

    // Pitfall 5: the paint device first, then the HTML, then the page size in device
    // pixels and no document margin.
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(options.baseFontPt);
    doc.setDefaultFont(base);
    doc.setHtml(html);
    doc.setDocumentMargin(0);
    doc.setPageSize(pageSize);
    if (prepare)
        prepare(doc, body.width() / dotsPerMm);
    if (options.keepTablesTogether)
        keepTablesTogether(doc, pageSize.height());

    QPainter painter;
    if (!painter.begin(&device))
        return Error{QStringLiteral("pdf.paint"), tr("Could not start drawing the document.")};
    const int pages = doc.pageCount();
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(options.footerFontPt);
    const QString pageFormat =
        options.pageNumberFormat.isEmpty() ? tr("Page %1 of %2") : options.pageNumberFormat;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
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
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.setFont(footerFont);
        const QRectF footer(0, top + 1 * dotsPerMm, body.width(), footerHeight - 4 * dotsPerMm);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, options.footerLeft);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                         pageFormat.arg(page + 1).arg(pages));
    }
    if (!painter.end())
        return Error{QStringLiteral("pdf.paint"), tr("Could not finish the document.")};
    return {};
}

} // namespace gradus
