#include "visits/RecordHistoryHtml.h"

#include "model/VisitChanges.h"
#include "style/Tones.h"

#include <QApplication>
#include <QLocale>

namespace gradus {
namespace {

QString when(const QDateTime& t)
{
    const QDateTime local = t.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' +
           local.time().toString(QStringLiteral("HH:mm"));
}

QString by(const QDateTime& at, const QString& who)
{
    return RecordHistoryHtml::tr("%1 by %2").arg(when(at), who.toHtmlEscaped());
}

// What a revision did, judged from the one before it.
QString kind(int index, bool enteredInError, bool previousInError)
{
    if (index == 0)
        return RecordHistoryHtml::tr("Recorded");
    if (enteredInError)
        return RecordHistoryHtml::tr("Marked as entered in error");
    if (previousInError)
        return RecordHistoryHtml::tr("Reinstated");
    return RecordHistoryHtml::tr("Amended");
}

} // namespace

QString RecordHistoryHtml::forVisit(const Visit& current, const QList<VisitRevision>& history)
{
    QString html;
    for (int i = 0; i < history.size(); ++i) {
        const VisitRevision& r = history.at(i);
        const bool previousInError = i > 0 && history.at(i - 1).enteredInError;
        html +=
            QStringLiteral("<p><b>%1</b> %2")
                .arg(kind(i, r.enteredInError, previousInError), by(r.recordedAt, r.recordedBy));
        if (i > 0) {
            html += QStringLiteral("<br/><i>%1</i>").arg(r.reason.toHtmlEscaped());
            for (const QString& change : VisitChanges::describe(history.at(i - 1).record, r.record))
                html += QStringLiteral("<br/>\u2022 ") + change.toHtmlEscaped();
        }
        html += QStringLiteral("</p>");
    }
    if (!current.record.notes.isEmpty())
        html +=
            QStringLiteral("<p><b>%1</b><br/>%2</p>")
                .arg(tr("Notes"),
                     current.record.notes.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")));
    return html;
}

QString RecordHistoryHtml::forMeasure(const Measure& current, const QList<MeasureRevision>& history)
{
    QString html;
    for (int i = 0; i < history.size(); ++i) {
        const MeasureRevision& r = history.at(i);
        const bool previousInError = i > 0 && history.at(i - 1).enteredInError;
        html +=
            QStringLiteral("<p><b>%1</b> %2")
                .arg(kind(i, r.enteredInError, previousInError), by(r.recordedAt, r.recordedBy));
        if (i > 0)
            html += QStringLiteral("<br/><i>%1</i>").arg(r.reason.toHtmlEscaped());
        html += QStringLiteral("<br/>") +
                tr("%1 %2 on %3; answers by item: %4")
                    .arg(Instruments::shortName(current.instrument),
                         OutcomeScoring::formatScore(r.score),
                         QLocale().toString(r.takenOn, QLocale::ShortFormat),
                         OutcomeScoring::formatAnswers(r.answers))
                    .toHtmlEscaped() +
                QStringLiteral("</p>");
    }
    for (const QString& warning : current.score.warnings)
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(tones::css(tones::Tone::Warning, QApplication::palette(), QPalette::Base),
                         warning.toHtmlEscaped());
    return html;
}

} // namespace gradus
