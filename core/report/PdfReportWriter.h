#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace gradus {

// Writes an HTML document as a PDF, true to size, painted page by page with a footer and
// "Page N of M" (TOOLCHAIN.md pitfall 5: QTextDocument::print() would add its own margins
// and numbers and scale text). The file is replaced only when the whole PDF was written.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    struct Options
    {
        QPageSize pageSize = QPageSize(QPageSize::A4);
        QMarginsF marginsMm{18, 15, 18, 12};
        QString title;      // PDF metadata
        QString footerLeft; // on every page, left of the page number
        double baseFontPt = 9.5;
        double footerFontPt = 7.5;
        // "Page %1 of %2" in the document's own language; empty = translated here.
        QString pageNumberFormat;
        // Top-level tables (one block each: an exercise, a boxed warning) move whole to the
        // next page instead of splitting, when they fit on one page.
        bool keepTablesTogether = false;
    };

    // `prepare` runs after the HTML is laid out on the PDF device (add inline objects
    // there); it receives the text width in millimetres.
    static Status write(const QString& path, const QString& html, const Options& options,
                        const std::function<void(QTextDocument&, double)>& prepare = {});

    // Paints the document on any paged device (a QPdfWriter, or a QPrinter in the UI) whose
    // page layout the caller has set; the same code path as write().
    static Status render(QPagedPaintDevice& device, const QString& html, const Options& options,
                         const std::function<void(QTextDocument&, double)>& prepare = {});

    // The page size named in clinic settings ("a4" or "letter").
    static QPageSize pageSizeFromSetting(const QString& value);
};

} // namespace gradus
