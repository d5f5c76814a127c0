#include "model/VisitChanges.h"

#include "model/VisitValidator.h"

#include <QLocale>

namespace gradus {
namespace {

QString text(const std::optional<int>& v)
{
    return v ? QString::number(*v) : QStringLiteral("\u2013");
}

QString text(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("\u2013") : s;
}

} // namespace

QStringList VisitChanges::describe(const VisitRecord& a, const VisitRecord& b)
{
    QStringList changes;
    const auto add = [&](VisitField field, const QString& before, const QString& after) {
        if (before != after)
            changes << tr("%1: %2 \u2192 %3").arg(VisitValidator::fieldLabel(field), before, after);
    };
    add(VisitField::Date, QLocale().toString(a.date, QLocale::ShortFormat),
        QLocale().toString(b.date, QLocale::ShortFormat));
    add(VisitField::Time, a.time ? a.time->toString(QStringLiteral("HH:mm")) : text(QString()),
        b.time ? b.time->toString(QStringLiteral("HH:mm")) : text(QString()));
    add(VisitField::Clinician, text(a.clinician), text(b.clinician));
    add(VisitField::PainNow, QString::number(a.painNow), QString::number(b.painNow));
    add(VisitField::PainBest, text(a.painBest), text(b.painBest));
    add(VisitField::PainWorst, text(a.painWorst), text(b.painWorst));
    add(VisitField::PainExercise, text(a.painExercise), text(b.painExercise));
    add(VisitField::PainNextMorning, text(a.painNextMorning), text(b.painNextMorning));
    if (a.activityLabel != b.activityLabel)
        changes << tr("Activity: %1 \u2192 %2").arg(text(a.activityLabel), text(b.activityLabel));
    add(VisitField::ActivityMinutes, text(a.activityMinutes), text(b.activityMinutes));
    add(VisitField::Steps, text(a.steps), text(b.steps));
    const auto sessions = [](const VisitRecord& r) {
        return r.sessionsDone ? QStringLiteral("%1/%2").arg(*r.sessionsDone).arg(*r.sessionsPlanned)
                              : QStringLiteral("\u2013");
    };
    add(VisitField::Adherence, sessions(a), sessions(b));
    if (a.legSymptoms != b.legSymptoms)
        changes << tr("Leg symptoms: %1 \u2192 %2")
                       .arg(VisitValidator::legSymptomsLabel(a.legSymptoms),
                            VisitValidator::legSymptomsLabel(b.legSymptoms));
    if (a.newNeuroSigns != b.newNeuroSigns)
        changes << (b.newNeuroSigns ? tr("New neurological signs: now recorded")
                                    : tr("New neurological signs: no longer recorded"));
    // Notes can be long and are free text: say that they changed, the history shows both.
    if (a.notes != b.notes)
        changes << tr("Notes changed");
    return changes;
}

} // namespace gradus
