#include "exchange/ProgrammeCalendar.h"

#include "exchange/IcsWriter.h"
#include "exchange/SessionDays.h"
#include "exchange/StableIds.h"
#include "handout/DoseWording.h"
#include "handout/UrgentSigns.h"
#include "pacing/PacingUnit.h"
#include "util/Version.h"

#include <QSet>

#include <algorithm>

namespace gradus {
namespace {

class Builder
{
public:
    explicit Builder(const ProgrammeCalendarInput& in) : m_in(in) {}

    QString t(const char* source) const { return m_in.language.text(source); }
    // The calendar's own texts (context ProgrammeCalendar) in the patient's language.
    QString c(const char* source) const
    {
        return m_in.language.translate("ProgrammeCalendar", source);
    }
    QString amount(PacingUnit unit, int n) const
    {
        return m_in.language.translate(pacingUnit::kTrContext, pacingUnit::formatSource(unit), n);
    }

    QString uid(const QString& what) const
    {
        return StableIds::text(
                   QStringLiteral("ics/%1/%2/%3").arg(m_in.uidScope).arg(m_in.lineage).arg(what)) +
               QStringLiteral("@gradus");
    }

    QString urgent() const
    {
        QStringList items;
        for (const char* item : kUrgentSigns)
            items << QStringLiteral("- ") + t(item);
        return t(QT_TRANSLATE_NOOP("HandoutText", "\u26a0 Stop and seek help urgently if\u2026")) +
               u'\n' + items.join(u'\n');
    }

    QString stopIf(const Exercise& e) const
    {
        return t(QT_TRANSLATE_NOOP("HandoutText", "Stop if:")) + QStringLiteral("\n- ") +
               e.stopIf.join(QStringLiteral("\n- "));
    }

    QString exerciseLines(const QString& section, const Prescription& p) const
    {
        const Exercise e = m_in.exercises.value(p.exerciseId);
        QStringList lines{QStringLiteral("%1 (%2): %3.")
                              .arg(e.name, section,
                                   DoseWording::dose(p.dose, p.side, e.stableId, m_in.language))};
        lines += DoseWording::details(p, m_in.language);
        if (!p.patientNote.isEmpty())
            lines << p.patientNote;
        if (!e.stopIf.isEmpty())
            lines << stopIf(e);
        return lines.join(u'\n');
    }

    // One recurring VEVENT: on `days` each week from `from`, at `hours`, until the end of
    // `until` (none: open-ended).
    void recurring(IcsWriter& w, const QString& uidKey, const QDate& from, const QList<int>& days,
                   const QList<int>& hours, const QDate& until, const QString& summary,
                   const QString& description)
    {
        const QDate first = ProgrammeCalendar::firstSessionDay(from, days);
        if (until.isValid() && first > until)
            return;
        QStringList byDay, byHour;
        for (int d : days)
            byDay << SessionDays::icalCode(d);
        for (int h : hours)
            byHour << QString::number(h);
        QString rule = QStringLiteral("FREQ=WEEKLY;BYDAY=%1;BYHOUR=%2")
                           .arg(byDay.join(u','), byHour.join(u','));
        if (until.isValid())
            rule += QStringLiteral(";UNTIL=") + IcsWriter::date(until) + QStringLiteral("T235959");
        w.begin(QStringLiteral("VEVENT"));
        w.property(QStringLiteral("UID"), uid(uidKey));
        w.property(QStringLiteral("SEQUENCE"), QString::number(m_in.programme.version));
        w.property(QStringLiteral("DTSTAMP"), IcsWriter::utc(m_in.stamp));
        w.property(QStringLiteral("DTSTART"), IcsWriter::floating(first, hours.first()));
        w.property(QStringLiteral("DURATION"),
                   QStringLiteral("PT%1M").arg(std::max(1, m_in.options.eventMinutes)));
        w.property(QStringLiteral("RRULE"), rule);
        w.text(QStringLiteral("SUMMARY"), summary);
        w.text(QStringLiteral("DESCRIPTION"), description);
        w.property(QStringLiteral("TRANSP"), QStringLiteral("TRANSPARENT"));
        w.begin(QStringLiteral("VALARM"));
        w.property(QStringLiteral("ACTION"), QStringLiteral("DISPLAY"));
        w.text(QStringLiteral("DESCRIPTION"), summary);
        w.property(QStringLiteral("TRIGGER"), QStringLiteral("PT0M"));
        w.end(QStringLiteral("VALARM"));
        w.end(QStringLiteral("VEVENT"));
    }

    QDate sessionsFrom() const
    {
        return m_in.programme.startDate.isValid() ? m_in.programme.startDate : today();
    }
    QDate today() const { return m_in.stamp.toLocalTime().date(); }
    QDate review() const { return m_in.programme.reviewDate; }

    void sessions(IcsWriter& w, const QSet<qint64>& paced)
    {
        struct Group
        {
            int days = 7;
            int perDay = 1;
            QStringList names;
            QStringList lines;
        };
        QList<Group> groups;
        for (const ProgrammeSection& section : m_in.programme.sections) {
            for (const Prescription& p : section.prescriptions) {
                if (paced.contains(p.exerciseId))
                    continue;
                auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
                    return g.days == p.dose.daysPerWeek && g.perDay == p.dose.timesPerDay;
                });
                if (it == groups.end()) {
                    groups.append(Group{p.dose.daysPerWeek, p.dose.timesPerDay, {}, {}});
                    it = groups.end() - 1;
                }
                it->names << m_in.exercises.value(p.exerciseId).name;
                it->lines << exerciseLines(section.name, p);
            }
        }
        for (const Group& g : std::as_const(groups)) {
            QString names = g.names.mid(0, 3).join(QStringLiteral(", "));
            if (g.names.size() > 3)
                names = m_in.language
                            .text(QT_TRANSLATE_NOOP("HandoutText", "%1 and %n more"),
                                  int(g.names.size() - 3))
                            .arg(names);
            const QString summary =
                m_in.language.text(QT_TRANSLATE_NOOP("HandoutText", "Exercises: %1")).arg(names);
            const QString description =
                g.lines.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n") + urgent();
            recurring(w, QStringLiteral("session/%1x%2").arg(g.days).arg(g.perDay), sessionsFrom(),
                      SessionDays::forDaysPerWeek(g.days),
                      ProgrammeCalendar::boutHours(g.perDay, m_in.options), review(), summary,
                      description);
        }
    }

    // Returns the exercises whose plan became weekly events.
    QSet<qint64> pacing(IcsWriter& w)
    {
        QSet<qint64> done;
        for (const CalendarPacing& cp : m_in.pacing) {
            const Prescription* slot = nullptr;
            QString section;
            for (const ProgrammeSection& s : m_in.programme.sections)
                for (const Prescription& p : s.prescriptions)
                    if (p.exerciseId == cp.exerciseId && !slot) {
                        slot = &p;
                        section = s.name;
                    }
            if (!slot)
                continue;
            PlanParameters parameters = cp.parameters;
            if (!parameters.start.isValid())
                parameters.start = sessionsFrom();
            auto plan = GradedActivityPlan::create(parameters);
            if (!plan)
                continue; // the prescription then gets ordinary session reminders
            done.insert(cp.exerciseId);
            const int current = std::clamp(cp.currentWeek, 1, plan->weekCount());
            QDate anchor = plan->week(current).start;
            if (!anchor.isValid() || anchor < today().addDays(-6))
                anchor = today();
            const Exercise e = m_in.exercises.value(cp.exerciseId);
            const QList<int> days = SessionDays::forDaysPerWeek(slot->dose.daysPerWeek);
            const QList<int> hours =
                ProgrammeCalendar::boutHours(parameters.boutsPerDay, m_in.options);
            for (int k = current; k <= plan->weekCount(); ++k) {
                const QDate weekStart = anchor.addDays(7 * qint64(k - current));
                if (review().isValid() && weekStart > review())
                    break;
                QDate until = weekStart.addDays(6);
                if (k == plan->weekCount())
                    until = review().isValid() && review() > until ? review() : until.addDays(28);
                const int quota =
                    k == current && cp.currentQuota > 0 ? cp.currentQuota : plan->week(k).quota;
                const QList<int> split = splitIntoBouts(quota, parameters.boutsPerDay,
                                                        pacingUnit::step(parameters.unit));
                QStringList bouts;
                for (int b : split)
                    bouts << amount(parameters.unit, b);
                const QString daily = amount(parameters.unit, quota);
                const QString summary =
                    split.size() > 1
                        ? c(QT_TRANSLATE_NOOP("ProgrammeCalendar",
                                              "%1: %2 a day in %3 bouts (week %4 of %5)"))
                              .arg(e.name, daily)
                              .arg(split.size())
                              .arg(k)
                              .arg(plan->weekCount())
                        : c(QT_TRANSLATE_NOOP("ProgrammeCalendar", "%1: %2 a day (week %3 of %4)"))
                              .arg(e.name, daily)
                              .arg(k)
                              .arg(plan->weekCount());
                const bool even = std::all_of(split.begin(), split.end(),
                                              [&](int b) { return b == split.first(); });
                QStringList lines{
                    split.size() <= 1
                        ? c(QT_TRANSLATE_NOOP("ProgrammeCalendar",
                                              "Week %1 of %2 of your graded plan: %3 a day."))
                              .arg(k)
                              .arg(plan->weekCount())
                              .arg(daily)
                    : even ? c(QT_TRANSLATE_NOOP("ProgrammeCalendar",
                                                 "Week %1 of %2 of your graded plan: %3 a day, "
                                                 "as %4 bouts of %5."))
                                 .arg(k)
                                 .arg(plan->weekCount())
                                 .arg(daily)
                                 .arg(split.size())
                                 .arg(bouts.first())
                           : c(QT_TRANSLATE_NOOP("ProgrammeCalendar",
                                                 "Week %1 of %2 of your graded plan: %3 a day, "
                                                 "as bouts of %4."))
                                 .arg(k)
                                 .arg(plan->weekCount())
                                 .arg(daily, bouts.join(QStringLiteral(", "))),
                    c(QT_TRANSLATE_NOOP("ProgrammeCalendar",
                                        "Do this amount every day even if you have some pain, "
                                        "as long as it stays within the limits your "
                                        "physiotherapist gave you. The amount goes up a "
                                        "little each week.")),
                };
                if (!e.stopIf.isEmpty())
                    lines << stopIf(e);
                recurring(w, QStringLiteral("pacing/%1/week/%2").arg(cp.exerciseId).arg(k),
                          weekStart, days, hours, until, summary,
                          lines.join(u'\n') + QStringLiteral("\n\n") + urgent());
            }
        }
        return done;
    }

    void reviewEvent(IcsWriter& w)
    {
        if (!review().isValid())
            return;
        w.begin(QStringLiteral("VEVENT"));
        w.property(QStringLiteral("UID"), uid(QStringLiteral("review")));
        w.property(QStringLiteral("SEQUENCE"), QString::number(m_in.programme.version));
        w.property(QStringLiteral("DTSTAMP"), IcsWriter::utc(m_in.stamp));
        w.property(QStringLiteral("DTSTART;VALUE=DATE"), IcsWriter::date(review()));
        w.property(QStringLiteral("DTEND;VALUE=DATE"), IcsWriter::date(review().addDays(1)));
        w.text(QStringLiteral("SUMMARY"),
               t(QT_TRANSLATE_NOOP("HandoutText", "Physiotherapy review")));
        w.text(QStringLiteral("DESCRIPTION"),
               m_in.language
                   .text(QT_TRANSLATE_NOOP("HandoutText",
                                           "Review of your exercise programme \"%1\". Bring "
                                           "your notes on how the exercises went."))
                   .arg(m_in.programme.name));
        w.property(QStringLiteral("TRANSP"), QStringLiteral("TRANSPARENT"));
        w.end(QStringLiteral("VEVENT"));
    }

private:
    const ProgrammeCalendarInput& m_in;
};

} // namespace

QList<int> ProgrammeCalendar::boutHours(int bouts, const CalendarOptions& options)
{
    bouts = std::clamp(bouts, 1, 24);
    int first = std::clamp(options.firstHour, 0, 23);
    int last = std::clamp(options.lastHour, first, 23);
    if (last - first + 1 < bouts) {
        last = std::min(23, first + bouts - 1);
        first = std::max(0, last - bouts + 1);
    }
    if (bouts == 1)
        return {first};
    QList<int> hours;
    for (int k = 0; k < bouts; ++k) {
        const int h = first + int(std::lround(double(k) * (last - first) / (bouts - 1)));
        hours << (hours.isEmpty() ? h : std::max(h, hours.last() + 1));
    }
    return hours;
}

QDate ProgrammeCalendar::firstSessionDay(const QDate& from, const QList<int>& days)
{
    for (int i = 0; i < 7; ++i)
        if (days.contains(from.addDays(i).dayOfWeek()))
            return from.addDays(i);
    return from;
}

QByteArray ProgrammeCalendar::build(const ProgrammeCalendarInput& input)
{
    Builder builder(input);
    IcsWriter w;
    w.begin(QStringLiteral("VCALENDAR"));
    w.property(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    w.property(QStringLiteral("PRODID"),
               QStringLiteral("-//Gradus//Gradus %1//EN").arg(QLatin1String(kVersion)));
    w.property(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    w.property(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    w.text(QStringLiteral("X-WR-CALNAME"), input.programme.name);
    const QSet<qint64> paced = builder.pacing(w);
    builder.sessions(w, paced);
    builder.reviewEvent(w);
    w.end(QStringLiteral("VCALENDAR"));
    return w.bytes();
}

} // namespace gradus
