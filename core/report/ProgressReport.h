#pragma once

#include "outcomes/ProgressData.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageSize>
#include <QString>

namespace gradus {

class Workspace;

// The progress report for the patient or a referrer: who and when, the change since the
// first visit with what it means, the charts, the visits, and the current programme. Built
// as HTML in the core and written to PDF by PdfReportWriter; tests read the PDF back.
class ProgressReport
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReport)

public:
    struct Header
    {
        QString patientName;
        QDate dateOfBirth;
        QString episode; // complaint of the newest episode, if any
        QDate reportDate;
        QString clinicName;
        QString clinicAddress;
        QString clinicPhone;
        QString preparedBy;
        // The programme active on the report date: its name, since when, and one line per
        // exercise with its dose in words. Empty when the patient has none.
        QString programmeName;
        QDate programmeSince;
        QStringList programmeLines;
    };

    // Reads the patient, their visits and measures, and the clinic's details.
    static Result<ProgressReport> load(Workspace& workspace, qint64 patientId,
                                       const QString& preparedBy);

    ProgressReport(Header header, ProgressData data);

    const Header& header() const { return m_header; }
    const ProgressData& data() const { return m_data; }
    // The charts the report shows, in order: pain, activity (when recorded), measures.
    QList<ProgressSeries> charts() const;
    // The report's HTML, with ChartTextObject markers where the charts go.
    QString html() const;
    // At most this many visits are listed (the newest); the charts show all of them.
    static constexpr int kMaxVisitRows = 30;
    // Writes the PDF (paper size from clinic settings).
    Status writePdf(const QString& path, const QPageSize& pageSize) const;
    static Status writePdf(Workspace& workspace, qint64 patientId, const QString& preparedBy,
                           const QString& path);

private:
    QString changeTableHtml() const;
    QString visitTableHtml() const;

    Header m_header;
    ProgressData m_data;
};

} // namespace gradus
