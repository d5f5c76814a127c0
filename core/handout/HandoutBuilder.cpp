#include "handout/HandoutBuilder.h"

#include "handout/DoseWording.h"
#include "handout/HandoutPictureObject.h"
#include "handout/UrgentSigns.h"
#include "i18n/DataTexts.h"
#include "i18n/LocaleFormat.h"
#include "log/Logging.h"

#include <QImage>
#include <QPagedPaintDevice>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace gradus {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

constexpr const char* kBox = "\u2610"; // ☐ BALLOT BOX

} // namespace

HandoutBuilder::HandoutBuilder(HandoutContent content)
    : m_content(std::move(content)), m_language(HandoutLanguage::load(m_content.language))
{
    // The built-in exercises in the patient's language; the clinic's own stay as written.
    const DataTexts& texts = m_language.dataTexts();
    for (HandoutItem& item : m_content.items) {
        item.exercise = texts.exercise(item.exercise);
        if (m_content.pacing && m_content.pacing->exerciseId == item.exercise.id &&
            item.exercise.id != 0)
            m_content.pacing->activity = item.exercise.name;
    }
}

QString HandoutBuilder::dateText(const QDate& date) const
{
    return LocaleFormat::longDate(date, m_language.locale());
}

QString HandoutBuilder::html() const
{
    QString html = QStringLiteral("<html><head><style>"
                                  "h1 { font-size: 18pt; margin-top: 0; margin-bottom: 2pt; }"
                                  "h2 { font-size: 14pt; margin-top: 14pt; margin-bottom: 4pt; }"
                                  "p { margin-top: 3pt; margin-bottom: 3pt; }"
                                  "li { margin-bottom: 2pt; }"
                                  ".name { font-size: 14pt; font-weight: bold; }"
                                  ".dose { font-size: 12.5pt; font-weight: bold; }"
                                  ".small { font-size: 11pt; color: #333333; }"
                                  "</style></head><body>");
    html += headerHtml();
    html += urgentHtml();
    html += adviceHtml();
    // The exercises start on a page of their own, so the heading is never left alone at the
    // foot of page 1.
    html += QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
                .arg(esc(t(QT_TRANSLATE_NOOP("HandoutText", "Your exercises"))));
    for (int i = 0; i < m_content.items.size(); ++i)
        html += exerciseHtml(i);
    html += pacingHtml();
    html += diaryHtml();
    html += disclaimerHtml();
    html += QStringLiteral("</body></html>");
    return html;
}

QString HandoutBuilder::headerHtml() const
{
    const HandoutContent& c = m_content;
    QString clinic;
    if (!c.clinicName.isEmpty())
        clinic += QStringLiteral("<p style=\"font-size: 15pt; font-weight: bold;\">%1</p>")
                      .arg(esc(c.clinicName));
    if (!c.clinicAddress.isEmpty())
        clinic += QStringLiteral("<p>%1</p>")
                      .arg(esc(c.clinicAddress).replace(QLatin1Char('\n'), QStringLiteral(", ")));
    // Phone, e-mail and website on one line: how to reach the clinic, below its address.
    QStringList contact;
    if (!c.clinicPhone.isEmpty())
        contact << t(QT_TRANSLATE_NOOP("HandoutText", "Phone: %1")).arg(c.clinicPhone);
    if (!c.clinicEmail.isEmpty())
        contact << t(QT_TRANSLATE_NOOP("HandoutText", "E-mail: %1")).arg(c.clinicEmail);
    if (!c.clinicWebsite.isEmpty())
        contact << t(QT_TRANSLATE_NOOP("HandoutText", "Web: %1")).arg(c.clinicWebsite);
    // Each detail stays whole on its line ("Web:" is never parted from its address).
    for (QString& item : contact)
        item = esc(item).replace(u' ', QStringLiteral("&nbsp;"));
    if (!contact.isEmpty())
        clinic += QStringLiteral("<p>%1</p>").arg(contact.join(QStringLiteral(" &middot; ")));
    QString logo;
    if (!c.clinicLogo.isNull())
        // No width: a fixed one would not grow for the logo, which the name then overlapped.
        logo = QStringLiteral("<td valign=\"top\">%1</td><td width=\"14\"></td>")
                   .arg(HandoutPictureObject::logoMarker());
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                                  "%1<td valign=\"top\">%2</td></tr></table>")
                       .arg(logo, clinic);
    html += QStringLiteral("<hr/>");
    const QString title = c.programmeName.isEmpty()
                              ? t(QT_TRANSLATE_NOOP("HandoutText", "Your home exercise programme"))
                              : c.programmeName;
    html += QStringLiteral("<h1>%1</h1>").arg(esc(title));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(t(QT_TRANSLATE_NOOP("HandoutText", "For:"))), esc(c.patientName));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(t(QT_TRANSLATE_NOOP("HandoutText", "Date:"))), esc(dateText(c.date)));
    if (!c.clinician.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("HandoutText", "Your physiotherapist:"))),
                         esc(c.clinician));
    if (!c.goal.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("HandoutText", "Goal:"))), esc(c.goal));
    if (c.reviewDate.isValid())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("HandoutText", "Next review:"))),
                         esc(dateText(c.reviewDate)));
    return html;
}

QString HandoutBuilder::urgentHtml() const
{
    // CLINICAL.md 1: every handout carries this box.
    QString list;
    for (const char* item : kUrgentSigns)
        list += QStringLiteral("<li>%1</li>").arg(esc(t(item)));
    return QStringLiteral(
               "<p></p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"3\" "
               "style=\"border-collapse: collapse; border-style: solid; border-color: "
               "#000000;\"><tr><td>"
               "<p style=\"font-size: 14pt; font-weight: bold;\">%1</p><ul>%2</ul>"
               "<p><b>%3</b></p></td></tr></table>")
        .arg(
            esc(t(QT_TRANSLATE_NOOP("HandoutText", "\u26a0 Stop and seek help urgently if\u2026"))),
            list,
            esc(t(QT_TRANSLATE_NOOP("HandoutText",
                                    "Call your doctor or emergency services the same day. Do "
                                    "not wait for your next appointment."))));
}

QString HandoutBuilder::exerciseHtml(int index) const
{
    const HandoutItem& item = m_content.items.at(index);
    const Exercise& e = item.exercise;
    const Prescription& p = item.prescription;
    QString heading =
        QStringLiteral("<span class=\"name\">%1. %2</span>").arg(index + 1).arg(esc(e.name));
    if (!item.section.isEmpty())
        heading +=
            QStringLiteral("&nbsp;&nbsp;<span class=\"small\">(%1)</span>").arg(esc(item.section));
    QString text;
    // A paced exercise's amount is the plan's current step, whatever the prescription's dose
    // said when the plan was made.
    const bool paced = m_content.pacing && m_content.pacing->exerciseId == e.id && e.id != 0;
    text += QStringLiteral("<p class=\"dose\">%1</p>")
                .arg(esc(paced ? pacedDoseText()
                               : DoseWording::dose(p.dose, p.side, e.stableId, m_language)));
    for (const QString& line : DoseWording::details(p, m_language))
        text += QStringLiteral("<p>%1</p>").arg(esc(line));
    if (!e.instructions.isEmpty()) {
        text += QStringLiteral("<p><b>%1</b></p><ol style=\"margin-top: 0;\">")
                    .arg(esc(t(QT_TRANSLATE_NOOP("HandoutText", "How to do it"))));
        for (const QString& step : e.instructions)
            text += QStringLiteral("<li>%1</li>").arg(esc(step));
        text += QStringLiteral("</ol>");
    }
    if (!p.patientNote.trimmed().isEmpty())
        text += QStringLiteral("<p><b>%1</b> <i>%2</i></p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("HandoutText", "Note for you:"))),
                         esc(p.patientNote.trimmed()));
    if (!e.feel.isEmpty())
        text += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("HandoutText", "You should feel:"))),
                         esc(e.feel.join(QLatin1Char(' '))));
    if (!e.stopIf.isEmpty())
        text += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("HandoutText", "Stop if:"))),
                         esc(e.stopIf.join(QLatin1Char(' '))));
    return QStringLiteral(
               "<p></p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"7\" border=\"1\" "
               "style=\"border-collapse: collapse; border-style: solid; border-color: #808080;\">"
               "<tr><td colspan=\"2\" bgcolor=\"#eeeeee\">%1</td></tr>"
               "<tr><td width=\"36%\" valign=\"top\" align=\"center\">%2</td>"
               "<td valign=\"top\">%3</td></tr></table>")
        .arg(heading, HandoutPictureObject::marker(index), text);
}

QString HandoutBuilder::adviceHtml() const
{
    // CLINICAL.md 3, in the project's own plain words: Dahm 2010 (bed rest), Fordyce (graded,
    // time-contingent), "little and often", Silbernagel 2007 (pain monitoring; thresholds
    // from clinic settings), soreness versus harmful pain.
    const HandoutContent& c = m_content;
    QStringList points = {
        t(QT_TRANSLATE_NOOP("HandoutText",
                            "Keep moving. Staying in bed for more than a day or two slows "
                            "recovery; gentle activity helps your back get better.")),
        t(QT_TRANSLATE_NOOP("HandoutText",
                            "Little and often: several short sessions spread over the day are "
                            "better than one long one. If you sit a lot, get up and move "
                            "every 30 to 60 minutes.")),
        t(QT_TRANSLATE_NOOP("HandoutText",
                            "Do the amount agreed, on good days and bad days. Do not do extra "
                            "on a good day; build up step by step as planned.")),
        t(QT_TRANSLATE_NOOP("HandoutText",
                            "Pain while you exercise: %1 out of 10 or less is fine; up to %2 out "
                            "of 10 is acceptable; more than %2 out of 10 means do less next "
                            "time."))
            .arg(c.painSafeMax)
            .arg(c.painAcceptableMax),
        t(QT_TRANSLATE_NOOP("HandoutText",
                            "Any extra pain should settle by the next morning. If it does not, "
                            "do a little less and tell your physiotherapist.")),
        t(QT_TRANSLATE_NOOP("HandoutText",
                            "Soreness is normal: a dull ache when you move that fades within 1 "
                            "to 3 days is not harm and not a reason to stop.")),
        t(QT_TRANSLATE_NOOP("HandoutText",
                            "Sharp pain in one spot, pain that keeps getting worse, or new pain, "
                            "tingling or numbness in your leg is different: stop that exercise "
                            "and contact your physiotherapist.")),
    };
    QString list;
    for (const QString& point : points)
        list += QStringLiteral("<li>%1</li>").arg(esc(point));
    return QStringLiteral("<p></p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">"
                          "<tr><td><h2>%1</h2><ul>%2</ul></td></tr></table>")
        .arg(esc(t(QT_TRANSLATE_NOOP("HandoutText", "How to exercise with back pain"))), list);
}

QString HandoutBuilder::pacingAmount(int value) const
{
    switch (m_content.pacing->plan.unit()) {
    case PacingUnit::Minutes:
        return t(QT_TRANSLATE_N_NOOP("HandoutText", "%n minute(s)"), value);
    case PacingUnit::Repetitions:
        return t(QT_TRANSLATE_N_NOOP("HandoutText", "%n repetition(s)"), value);
    case PacingUnit::Seconds:
        return t(QT_TRANSLATE_N_NOOP("HandoutText", "%n second(s)"), value);
    case PacingUnit::Metres:
        return t(QT_TRANSLATE_N_NOOP("HandoutText", "%n metre(s)"), value);
    }
    return QString::number(value);
}

QString HandoutBuilder::pacedDoseText() const
{
    const HandoutPacing& pacing = *m_content.pacing;
    const PlanWeek now = pacing.plan.week(pacing.fromWeek);
    QStringList bouts;
    for (int bout : now.bouts)
        bouts << pacingAmount(bout);
    const QString amount = pacingAmount(now.quota);
    return bouts.size() > 1
               ? t(QT_TRANSLATE_NOOP("HandoutText",
                                     "As your activity plan shows: this week %1 a day, as %2."))
                     .arg(amount, bouts.join(QStringLiteral(" + ")))
               : t(QT_TRANSLATE_NOOP("HandoutText",
                                     "As your activity plan shows: this week %1 a day."))
                     .arg(amount);
}

QString HandoutBuilder::pacingHtml() const
{
    if (!m_content.pacing)
        return {};
    const HandoutPacing& pacing = *m_content.pacing;
    const GradedActivityPlan& plan = pacing.plan;
    auto amount = [this](int value) { return pacingAmount(value); };
    QString rows = QStringLiteral("<tr bgcolor=\"#eeeeee\"><th align=\"left\">%1</th>"
                                  "<th align=\"left\">%2</th><th align=\"left\">%3</th>"
                                  "<th align=\"left\">%4</th></tr>")
                       .arg(esc(t(QT_TRANSLATE_NOOP("HandoutText", "Week"))),
                            esc(t(QT_TRANSLATE_NOOP("HandoutText", "Dates"))),
                            esc(t(QT_TRANSLATE_NOOP("HandoutText", "Each day"))),
                            esc(t(QT_TRANSLATE_NOOP("HandoutText", "Split into"))));
    for (const PlanWeek& week : plan.weeks()) {
        if (week.week < pacing.fromWeek)
            continue;
        QStringList bouts;
        for (int bout : week.bouts)
            bouts << amount(bout);
        const QString dates = week.start.isValid()
                                  ? LocaleFormat::dayMonth(week.start, m_language.locale()) +
                                        QStringLiteral(" \u2013 ") +
                                        LocaleFormat::dayMonth(week.end, m_language.locale())
                                  : QString();
        rows +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td><b>%3</b></td><td>%4</td></tr>")
                .arg(week.week)
                .arg(esc(dates), esc(amount(week.quota)), esc(bouts.join(QStringLiteral(" + "))));
    }
    return QStringLiteral(
               "<p></p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>"
               "<h2>%1</h2><p>%2</p>"
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
               "style=\"border-collapse: collapse; border-style: solid; border-color: "
               "#808080;\">%3</table>"
               "</td></tr></table>")
        .arg(
            esc(t(QT_TRANSLATE_NOOP("HandoutText", "Your activity plan: %1")).arg(pacing.activity)),
            esc(t(QT_TRANSLATE_NOOP("HandoutText",
                                    "Do this amount each day, spread over the day as shown, "
                                    "whether your back feels good or bad. Move up a step each "
                                    "week."))),
            rows);
}

QString HandoutBuilder::diaryHtml() const
{
    const int weeks = m_content.diaryWeeks();
    int sessions = 1;
    for (const HandoutItem& item : m_content.items)
        sessions = std::max(sessions, item.prescription.dose.timesPerDay);
    sessions = std::min(sessions, 4);
    QString boxes;
    for (int i = 0; i < sessions; ++i)
        boxes += QString::fromUtf8(kBox);
    // A page of its own: the patient can take it out and bring it to the next visit.
    QString html = QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2><p>%2</p>")
                       .arg(esc(t(QT_TRANSLATE_NOOP("HandoutText", "Your diary"))),
                            esc(t(QT_TRANSLATE_NOOP("HandoutText",
                                                    "Tick a box for each session you do, and "
                                                    "write your worst pain of the day from 0 (no "
                                                    "pain) to 10 (the worst pain imaginable). "
                                                    "Bring this diary to your next visit."))));
    const QDate start = m_content.date.isValid() ? m_content.date : QDate::currentDate();
    for (int w = 0; w < weeks; ++w) {
        const QDate first = start.addDays(7 * qint64(w));
        QString days = QStringLiteral("<td width=\"19%\"></td>");
        QString done = QStringLiteral("<td><b>%1</b></td>")
                           .arg(esc(t(QT_TRANSLATE_NOOP("HandoutText", "Sessions done"))));
        // A word joiner after the dash keeps the scale whole in the narrow column ("Schmerz
        // 0–10", never "0–" above "10").
        const QString painLabel = t(QT_TRANSLATE_NOOP("HandoutText", "Pain 0\u2013"
                                                                     "10"));
        QString pain = QStringLiteral("<td><b>%1</b></td>")
                           .arg(esc(painLabel).replace(u'\u2013', QStringLiteral("\u2013\u2060")));
        for (int d = 0; d < 7; ++d) {
            const QDate day = first.addDays(d);
            days +=
                QStringLiteral("<td align=\"center\" bgcolor=\"#eeeeee\"><b>%1</b><br/>%2</td>")
                    .arg(esc(m_language.locale().dayName(day.dayOfWeek(), QLocale::ShortFormat)),
                         esc(LocaleFormat::dayMonth(day, m_language.locale())));
            done += QStringLiteral("<td align=\"center\" style=\"font-size: 14pt;\">%1</td>")
                        .arg(boxes);
            pain += QStringLiteral("<td>&nbsp;<br/>&nbsp;</td>");
        }
        html += QStringLiteral("<p></p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                               "border=\"1\" style=\"border-collapse: collapse; border-style: "
                               "solid; border-color: #808080;\">"
                               "<tr><td colspan=\"8\"><b>%1</b></td></tr>"
                               "<tr>%2</tr><tr>%3</tr><tr>%4</tr></table>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("HandoutText", "Week %1")).arg(w + 1)), days, done,
                         pain);
    }
    return html;
}

QString HandoutBuilder::disclaimerHtml() const
{
    return QStringLiteral("<p></p><p class=\"small\">%1</p>")
        .arg(esc(t(QT_TRANSLATE_NOOP("HandoutText",
                                     "This programme was written for you by your "
                                     "physiotherapist. Do not share it with others: it may not "
                                     "suit them. It does not replace medical advice; if you "
                                     "are worried about your symptoms, contact your "
                                     "physiotherapist or doctor."))));
}

PdfReportWriter::Options HandoutBuilder::options(const QPageSize& pageSize) const
{
    PdfReportWriter::Options options;
    options.pageSize = pageSize;
    options.marginsMm = marginsMm();
    options.baseFontPt = kBodyPt;
    options.footerFontPt = 10;
    options.keepTablesTogether = true;
    options.title = t(QT_TRANSLATE_NOOP("HandoutText", "Home exercise programme for %1"))
                        .arg(m_content.patientName);
    options.footerLeft =
        QStringLiteral("%1 \u00b7 %2").arg(m_content.patientName, dateText(m_content.date));
    options.pageNumberFormat = t(QT_TRANSLATE_NOOP("HandoutText", "Page %1 of %2"));
    return options;
}

Status HandoutBuilder::render(QPagedPaintDevice& device) const
{
    return paint(device, nullptr, {});
}

Status HandoutBuilder::writePdf(const QString& path, const QPageSize& pageSize) const
{
    auto st = paint(std::nullopt, &path, pageSize);
    if (st)
        logging::get("handout")->info("handout written for patient {} ({} exercises)",
                                      m_content.patientId, m_content.items.size());
    return st;
}

Status HandoutBuilder::paint(std::optional<std::reference_wrapper<QPagedPaintDevice>> device,
                             const QString* path, const QPageSize& pageSize) const
{
    QList<Exercise> exercises;
    for (const HandoutItem& item : m_content.items)
        exercises << item.exercise;
    HandoutPictureObject pictures(exercises, m_content.clinicLogo);
    auto prepare = [&](QTextDocument& doc, double widthMm) {
        const double w = widthMm * 0.33;
        pictures.insertInto(doc, QSizeF(w, w * 0.75), QSizeF(45, 22));
    };
    if (device)
        return PdfReportWriter::render(device->get(), html(),
                                       options(device->get().pageLayout().pageSize()), prepare);
    return PdfReportWriter::write(*path, html(), options(pageSize), prepare);
}

} // namespace gradus
