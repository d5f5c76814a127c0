#pragma once

#include "handout/HandoutContent.h"
#include "handout/HandoutLanguage.h"
#include "report/PdfReportWriter.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QPageSize>

#include <functional>
#include <optional>

class QPagedPaintDevice;

namespace gradus {

// The patient handout as a document: HTML for QTextDocument in the patient's language, with
// the exercise pictures as vector inline objects; rendered page by page by PdfReportWriter
// (each exercise block kept whole on one page) onto a PDF file or, in the UI, a printer.
class HandoutBuilder
{
    Q_DECLARE_TR_FUNCTIONS(HandoutBuilder)

public:
    explicit HandoutBuilder(HandoutContent content);

    const HandoutContent& content() const { return m_content; }
    const HandoutLanguage& language() const { return m_language; }

    QString html() const;
    // PDF title, footer ("Name · Home exercise programme · date") and page numbers.
    PdfReportWriter::Options options(const QPageSize& pageSize) const;

    // Paints the handout on a device whose page layout is set (see pageLayout()).
    Status render(QPagedPaintDevice& device) const;
    // Writes the PDF; the file is replaced only when the whole PDF was written.
    Status writePdf(const QString& path, const QPageSize& pageSize) const;

    static QMarginsF marginsMm() { return {16, 14, 16, 10}; }
    static constexpr double kBodyPt = 11.5;

private:
    // Onto `device` when given, otherwise into the PDF file `path`.
    Status paint(std::optional<std::reference_wrapper<QPagedPaintDevice>> device,
                 const QString* path, const QPageSize& pageSize) const;
    QString headerHtml() const;
    QString urgentHtml() const;
    QString exerciseHtml(int index) const;
    QString adviceHtml() const;
    QString pacingHtml() const;
    QString pacingAmount(int value) const;
    QString pacedDoseText() const;
    QString diaryHtml() const;
    QString disclaimerHtml() const;
    QString t(const char* source, int n = -1) const { return m_language.text(source, n); }
    QString dateText(const QDate& date) const;

    HandoutContent m_content;
    HandoutLanguage m_language;
};

} // namespace gradus
