#include "exchange/CalendarExportDialog.h"

#include "Workspace.h"
#include "exchange/SessionDays.h"
#include "handout/DoseWording.h"
#include "pacing/PacingUnit.h"
#include "services/ExportService.h"
#include "style/DialogParts.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gradus {
namespace {

QString dayNames(int daysPerWeek)
{
    if (daysPerWeek >= 7)
        return CalendarExportDialog::tr("every day");
    QStringList names;
    for (int day : SessionDays::forDaysPerWeek(daysPerWeek))
        names << QLocale().dayName(day, QLocale::ShortFormat);
    return names.join(QStringLiteral(", "));
}

QString hours(const QList<int>& list)
{
    QStringList names;
    for (int h : list)
        names << QTime(h, 0).toString(QStringLiteral("HH:mm"));
    return names.join(QStringLiteral(", "));
}

} // namespace

CalendarExportDialog::CalendarExportDialog(Workspace& workspace, qint64 programmeId,
                                           QWidget* parent)
    : ExportFileDialog(
          workspace, tr("Calendar Reminders"), tr("Calendar (*.ics)"),
          tr("A calendar file the patient can open on a phone or computer: a reminder at each "
             "exercise time with the dose and when to stop, the weeks of a graded activity plan, "
             "and the review. Send it to the patient or import it on their phone."),
          parent),
      m_workspace(workspace), m_programmeId(programmeId)
{
    setObjectName(QStringLiteral("CalendarExportDialog"));

    auto* form = new QFormLayout;
    auto* window = new QHBoxLayout;
    m_first = new QSpinBox;
    m_first->setObjectName(QStringLiteral("firstHour"));
    m_last = new QSpinBox;
    m_last->setObjectName(QStringLiteral("lastHour"));
    // The row's label names the pair; a screen reader needs each box's own name.
    m_first->setAccessibleName(tr("First reminder hour"));
    m_last->setAccessibleName(tr("Last reminder hour"));
    for (QSpinBox* box : {m_first, m_last}) {
        box->setRange(0, 23);
        box->setSuffix(tr(":00"));
    }
    const CalendarOptions defaults;
    m_first->setValue(defaults.firstHour);
    m_last->setValue(defaults.lastHour);
    window->addWidget(m_first);
    window->addWidget(new QLabel(tr("to")));
    window->addWidget(m_last);
    window->addStretch(1);
    form->addRow(tr("Reminders between:"), window);
    m_summary = dialogParts::plainLabel(QStringLiteral("calendarSummary"));
    m_summary->setMinimumWidth(460);
    form->addRow(tr("Reminders:"), m_summary);
    m_language = dialogParts::plainLabel(QStringLiteral("calendarLanguage"), dialogParts::Wrap::No);
    form->addRow(tr("Written in:"), m_language);
    body()->addLayout(form);

    connect(m_first, &QSpinBox::valueChanged, this, &CalendarExportDialog::refresh);
    connect(m_last, &QSpinBox::valueChanged, this, &CalendarExportDialog::refresh);
    refresh();
}

CalendarOptions CalendarExportDialog::options() const
{
    CalendarOptions o;
    o.firstHour = m_first->value();
    o.lastHour = std::max(m_first->value(), m_last->value());
    return o;
}

void CalendarExportDialog::refresh()
{
    auto in = ExportService(m_workspace).calendarInput(m_programmeId, options());
    if (!in) {
        m_summary->clear();
        m_language->clear();
        setReady(false, in.error().message);
        return;
    }
    m_language->setText(writtenIn(in->language, in->patientLanguage));
    QSet<qint64> paced;
    QStringList lines;
    for (const CalendarPacing& p : in->pacing) {
        auto plan = GradedActivityPlan::create(p.parameters);
        paced.insert(p.exerciseId);
        const int quota = p.currentQuota > 0 ? p.currentQuota
                          : plan ? plan->week(std::clamp(p.currentWeek, 1, plan->weekCount())).quota
                                 : 0;
        const QString amount = pacingUnit::format(p.parameters.unit, quota);
        const QString bouts =
            p.parameters.boutsPerDay > 1
                ? tr("%1 a day in %2 bouts").arg(amount).arg(p.parameters.boutsPerDay)
                : tr("%1 a day").arg(amount);
        lines << tr("%1: graded plan, %2 this week, more each week (week %3 of %4)")
                     .arg(in->exercises.value(p.exerciseId).name, bouts)
                     .arg(p.currentWeek)
                     .arg(plan ? plan->weekCount() : p.currentWeek);
    }
    struct Pattern
    {
        int days;
        int perDay;
        QStringList names;
    };
    QList<Pattern> patterns;
    for (const ProgrammeSection& s : in->programme.sections)
        for (const Prescription& p : s.prescriptions) {
            if (paced.contains(p.exerciseId))
                continue;
            auto it = std::find_if(patterns.begin(), patterns.end(), [&](const Pattern& x) {
                return x.days == p.dose.daysPerWeek && x.perDay == p.dose.timesPerDay;
            });
            if (it == patterns.end()) {
                patterns.append({p.dose.daysPerWeek, p.dose.timesPerDay, {}});
                it = patterns.end() - 1;
            }
            it->names << in->exercises.value(p.exerciseId).name;
        }
    for (const Pattern& p : std::as_const(patterns))
        lines << tr("%1: %2 at %3")
                     .arg(p.names.join(QStringLiteral(", ")), dayNames(p.days),
                          hours(ProgrammeCalendar::boutHours(p.perDay, options())));
    const Programme& programme = in->programme;
    lines << (programme.reviewDate.isValid()
                  ? tr("Until the review on %1, which is in the calendar too.")
                        .arg(QLocale().toString(programme.reviewDate, QLocale::LongFormat))
                  : tr("No review date is set, so the reminders do not end."));
    m_summary->setText(lines.join(u'\n'));
    QString name = programme.name;
    name.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
    if (pathField()->text().isEmpty())
        suggestFileName(QStringLiteral("%1-reminders.ics").arg(name));
    setReady(true);
}

ExportFileDialog::Producer CalendarExportDialog::producer()
{
    return [programmeId = m_programmeId, options = options()](ExportService& service) {
        return service.calendar(programmeId, options);
    };
}

} // namespace gradus
