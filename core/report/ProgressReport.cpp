#include "report/ProgressReport.h"

#include "Workspace.h"
#include "handout/DoseWording.h"
#include "i18n/LocaleFormat.h"
#include "log/Logging.h"
#include "model/VisitValidator.h"
#include "report/ChartTextObject.h"
#include "report/PdfReportWriter.h"
#include "services/ProgressLoader.h"
#include "storage/EpisodeRepository.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"

#include <QLocale>
#include <QTextDocument>

#include <cmath>

namespace gradus {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? LocaleFormat::date(date) : QString();
}

QString optionalNumber(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QStringLiteral("\u2013");
}

// Colours that carry the verdict, plus words, so a black-and-white print still reads.
QString verdictColour(Change::Verdict verdict)
{
    switch (verdict) {
    case Change::Verdict::ImportantImprovement:
        return QStringLiteral("#1b5e20");
    case Change::Verdict::ImportantWorsening:
        return QStringLiteral("#b71c1c");
    case Change::Verdict::BelowThreshold:
    case Change::Verdict::NotJudged:
    case Change::Verdict::NoFollowUp:
        break;
    }
    return QStringLiteral("#333333");
}

const char* kStyle = R"(
<style>
  body { font-family: 'DejaVu Sans'; color: #222222; }
  h1 { font-size: 17pt; color: #1f3f68; margin-bottom: 2pt; }
  h2 { font-size: 11.5pt; color: #1f3f68; margin-top: 12pt; margin-bottom: 4pt; }
  p { margin-top: 2pt; margin-bottom: 2pt; }
  .muted { color: #555555; font-size: 8pt; }
  th { background-color: #e8eef5; font-weight: bold; text-align: left; }
  td.num, th.num { text-align: right; }
</style>
)";

} // namespace

ProgressReport::ProgressReport(Header header, ProgressData data)
    : m_header(std::move(header)), m_data(std::move(data))
{
}

namespace {

// The programme the patient had on the report date, in the handout's dose wording, so the
// referrer reads the same dose the patient was given.
Status loadProgrammeSummary(Workspace& workspace, qint64 patientId, ProgressReport::Header& h)
{
    auto active = ProgrammeRepository(workspace).activeOn(patientId, h.reportDate);
    if (!active)
        return active.error();
    if (!active->has_value())
        return {};
    const Programme& programme = **active;
    h.programmeName = programme.name;
    h.programmeSince = programme.activatedAt.date();
    ExerciseRepository exercises(workspace);
    for (const ProgrammeSection& section : programme.sections) {
        for (const Prescription& p : section.prescriptions) {
            auto exercise = exercises.find(QString::number(p.exerciseId));
            if (!exercise)
                return exercise.error();
            h.programmeLines << QStringLiteral("%1: %2").arg(
                exercise->name, DoseWording::dose(p.dose, p.side, exercise->stableId));
        }
    }
    return {};
}

} // namespace

Result<ProgressReport> ProgressReport::load(Workspace& workspace, qint64 patientId,
                                            const QString& preparedBy)
{
    auto patient = PatientRepository(workspace).get(patientId);
    if (!patient)
        return patient.error();
    Header h;
    h.patientName = patient->givenName + u' ' + patient->familyName;
    h.dateOfBirth = patient->dateOfBirth;
    auto episodes = EpisodeRepository(workspace).forPatient(patientId); // newest first
    if (!episodes)
        return episodes.error();
    if (!episodes->isEmpty())
        h.episode =
            tr("%1 (since %2)")
                .arg(episodes->constFirst().complaint, dateText(episodes->constFirst().openedOn));
    h.reportDate = workspace.clock().today();
    if (auto st = loadProgrammeSummary(workspace, patientId, h); !st)
        return st.error();
    const ClinicSettings& settings = workspace.settings();
    h.clinicName = settings.stringValue(ClinicSettings::Key::ClinicName);
    h.clinicAddress = settings.stringValue(ClinicSettings::Key::ClinicAddress);
    h.clinicPhone = settings.stringValue(ClinicSettings::Key::ClinicPhone);
    h.preparedBy = preparedBy;
    auto data = ProgressLoader::load(workspace, patientId);
    if (!data)
        return data.error();
    return ProgressReport(std::move(h), std::move(*data));
}

QList<ProgressSeries> ProgressReport::charts() const
{
    QList<ProgressSeries> charts;
    if (!m_data.pain.points.isEmpty())
        charts << m_data.pain;
    if (!m_data.activity.points.isEmpty())
        charts << m_data.activity;
    charts << m_data.measureSeries;
    return charts;
}

QString ProgressReport::changeTableHtml() const
{
    if (m_data.changes.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing has been measured yet.")));
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                       "style=\"border-collapse: collapse; border-color: #c5cfdb;\">");
    html += QStringLiteral("<tr><th width=\"19%\">%1</th><th width=\"17%\">%2</th>"
                           "<th width=\"17%\">%3</th><th width=\"12%\" class=\"num\">%4</th>"
                           "<th width=\"16%\">%5</th><th width=\"19%\">%6</th></tr>")
                .arg(esc(tr("Measure")), esc(tr("First")), esc(tr("Latest")), esc(tr("Change")),
                     esc(tr("Important change")), esc(tr("What it means")));
    for (const Change& c : m_data.changes) {
        const auto cell = [&](double value, const QDate& date, bool latest) {
            QString text = esc(ProgressData::formatChangeValue(c, value));
            const QString band = ProgressData::bandText(c, latest);
            if (!band.isEmpty())
                text += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(band));
            return text +
                   QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(dateText(date));
        };
        QString change = QStringLiteral("\u2013");
        if (c.verdict != Change::Verdict::NoFollowUp) {
            const double delta = c.change();
            change =
                (delta > 0 ? QStringLiteral("+") : QString()) +
                QLocale().toString(delta, 'f', std::abs(delta - std::round(delta)) < 1e-9 ? 0 : 1);
            // Percent only where the threshold has a percentage (NPRS, ODI, RMDQ): "480%
            // better" on a PSFS rating from 2 tells a reader nothing.
            if (const auto pct = c.improvementPercent(); pct && c.rule.percent)
                change += QStringLiteral("<br/><span class=\"muted\">%1</span>")
                              .arg(esc(tr("%1% %2").arg(QLocale().toString(std::abs(*pct), 'f', 0),
                                                        *pct >= 0 ? tr("better") : tr("worse"))));
        }
        QString verdict = esc(ChangeInterpretation::verdictLabel(c));
        if (c.recovered && *c.recovered)
            verdict += QStringLiteral("<br/>") + esc(tr("Recovered"));
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"num\">%4</td>"
                           "<td>%5</td><td><span style=\"color: %6; font-weight: bold;\">%7"
                           "</span></td></tr>")
                .arg(esc(c.label), cell(c.baseline, c.baselineDate, false),
                     c.verdict == Change::Verdict::NoFollowUp ? QStringLiteral("\u2013")
                                                              : cell(c.latest, c.latestDate, true),
                     change, esc(ChangeInterpretation::thresholdText(c.rule)),
                     verdictColour(c.verdict), verdict);
    }
    html += QStringLiteral("</table>");
    return html;
}

QString ProgressReport::visitTableHtml() const
{
    if (m_data.visits.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(tr("No visits have been recorded yet.")));
    QString html = QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"1\" "
        "style=\"border-collapse: collapse; border-color: #c5cfdb; font-size: 8pt;\">");
    html += QStringLiteral("<tr><th>%1</th><th class=\"num\">%2</th><th class=\"num\">%3</th>"
                           "<th class=\"num\">%4</th><th class=\"num\">%5</th>"
                           "<th class=\"num\">%6</th><th class=\"num\">%7</th><th>%8</th></tr>")
                .arg(esc(tr("Date")), esc(tr("Pain now")), esc(tr("Best\u2013worst")),
                     esc(tr("In exercise")), esc(tr("Next morning")), esc(tr("Activity")),
                     esc(tr("Sessions")), esc(tr("Leg symptoms")));
    bool anyAmended = false;
    // A long course of care would make this table pages long; the charts show every visit.
    const int shown = std::min<int>(int(m_data.visits.size()), kMaxVisitRows);
    for (const Visit& v : m_data.visits.mid(m_data.visits.size() - shown)) {
        const VisitRecord& r = v.record;
        anyAmended = anyAmended || v.amended();
        html +=
            QStringLiteral("<tr><td>%1%2</td><td class=\"num\">%3</td><td class=\"num\">%4"
                           "</td><td class=\"num\">%5</td><td class=\"num\">%6</td>"
                           "<td class=\"num\">%7</td><td class=\"num\">%8</td><td>%9</td></tr>")
                .arg(dateText(r.date), v.amended() ? QStringLiteral(" *") : QString(),
                     QString::number(r.painNow),
                     r.painBest || r.painWorst
                         ? optionalNumber(r.painBest) + u'\u2013' + optionalNumber(r.painWorst)
                         : QStringLiteral("\u2013"),
                     optionalNumber(r.painExercise), optionalNumber(r.painNextMorning),
                     r.activityMinutes ? esc(tr("%1 min").arg(*r.activityMinutes))
                                       : QStringLiteral("\u2013"),
                     r.sessionsDone
                         ? QStringLiteral("%1 / %2").arg(*r.sessionsDone).arg(*r.sessionsPlanned)
                         : QStringLiteral("\u2013"),
                     esc(r.legSymptoms == LegSymptoms::NotRecorded
                             ? QStringLiteral("\u2013")
                             : VisitValidator::legSymptomsLabel(r.legSymptoms)) +
                         (r.newNeuroSigns ? esc(tr("; new neurological signs")) : QString()));
    }
    html += QStringLiteral("</table>");
    if (shown < m_data.visits.size())
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(esc(tr("The last %1 of %2 visits; the charts show them all.")
                                 .arg(shown)
                                 .arg(m_data.visits.size())));
    if (anyAmended)
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(esc(tr("* Corrected after it was first saved; the figures shown are the "
                                "corrected ones and the original is kept in the clinical "
                                "record.")));
    return html;
}

QString ProgressReport::html() const
{
    const Header& h = m_header;
    QString html = QStringLiteral("<html><head>%1</head><body>").arg(QLatin1String(kStyle));
    if (!h.clinicName.isEmpty()) {
        QStringList clinic{esc(h.clinicName)};
        if (!h.clinicAddress.isEmpty())
            clinic << esc(h.clinicAddress).replace(u'\n', QStringLiteral(", "));
        if (!h.clinicPhone.isEmpty())
            clinic << esc(h.clinicPhone);
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(clinic.join(QStringLiteral(" \u00b7 ")));
    }
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Progress report")));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    const auto row = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><span class=\"muted\">%1</span>&nbsp;&nbsp;</td>"
                                   "<td>%2</td></tr>")
                        .arg(esc(label), esc(value));
    };
    row(tr("Patient"), h.patientName);
    row(tr("Born"), dateText(h.dateOfBirth));
    row(tr("Episode"), h.episode);
    if (!m_data.visits.isEmpty())
        row(tr("Visits"), tr("%1, from %2 to %3")
                              .arg(m_data.visits.size())
                              .arg(dateText(m_data.visits.first().record.date),
                                   dateText(m_data.visits.last().record.date)));
    row(tr("Report date"), dateText(h.reportDate));
    row(tr("Prepared by"), h.preparedBy);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Change since the first visit")));
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(esc(tr("A change counts as clinically important when it reaches the "
                            "published threshold in points or in percent of the first value, "
                            "whichever comes first.")));
    html += changeTableHtml();

    const QList<ProgressSeries> charts = this->charts();
    if (!charts.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Charts")));
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(esc(tr("Green dashed line: the value that would be a clinically important "
                                "change from the first measurement.")));
        // Two charts a row.
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
        for (int i = 0; i < charts.size(); i += 2) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                        .arg(ChartTextObject::marker(i),
                             i + 1 < charts.size() ? ChartTextObject::marker(i + 1) : QString());
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Visits")));
    html += visitTableHtml();

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Exercise programme")));
    if (m_header.programmeLines.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No exercise programme is active.")));
    } else {
        html += QStringLiteral("<p><b>%1</b> (%2)</p><ul>")
                    .arg(esc(m_header.programmeName),
                         esc(tr("given %1").arg(dateText(m_header.programmeSince))));
        for (const QString& line : m_header.programmeLines)
            html += QStringLiteral("<li>%1</li>").arg(esc(line));
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Sources")));
    // One line per measure: where the questionnaire and its threshold come from.
    QStringList sources{tr("Pain (NPRS): %1").arg(ChangeInterpretation::nprsRule().source)};
    for (const ProgressSeries& s : m_data.measureSeries)
        if (const auto instrument = Instruments::fromCode(s.key))
            sources << QStringLiteral("%1: %2 %3")
                           .arg(Instruments::shortName(*instrument),
                                Instruments::citation(*instrument),
                                ChangeInterpretation::ruleFor(*instrument).source);
    html += QStringLiteral("<p style=\"font-size: 7pt; color: #555555;\">");
    for (const QString& source : sources)
        html += esc(source) + QStringLiteral("<br/>");
    html += QStringLiteral("</p></body></html>");
    return html;
}

Status ProgressReport::writePdf(const QString& path, const QPageSize& pageSize) const
{
    PdfReportWriter::Options options;
    options.pageSize = pageSize;
    options.title = tr("Progress report: %1").arg(m_header.patientName);
    options.footerLeft = tr("Progress report \u00b7 %1 \u00b7 born %2 \u00b7 %3")
                             .arg(m_header.patientName, dateText(m_header.dateOfBirth),
                                  dateText(m_header.reportDate));
    ChartTextObject charts(this->charts());
    auto st =
        PdfReportWriter::write(path, html(), options, [&](QTextDocument& doc, double widthMm) {
            // Two charts side by side with a little air between them.
            const double w = (widthMm - 6.0) / 2.0;
            charts.insertInto(doc, QSizeF(w, w * 0.56));
        });
    if (st)
        logging::get("report")->info("progress report written ({} visits, {} measures)",
                                     m_data.visits.size(), m_data.measures.size());
    return st;
}

Status ProgressReport::writePdf(Workspace& workspace, qint64 patientId, const QString& preparedBy,
                                const QString& path)
{
    auto report = load(workspace, patientId, preparedBy);
    if (!report)
        return report.error();
    return report->writePdf(path,
                            PdfReportWriter::pageSizeFromSetting(
                                workspace.settings().stringValue(ClinicSettings::Key::PaperSize)));
}

} // namespace gradus
