#include "handout/DoseWording.h"

namespace gradus {

namespace {

QString timedVerb(const QString& stableId, int minutes, const HandoutLanguage& l)
{
    if (stableId == QLatin1String("walking"))
        return l.text(QT_TRANSLATE_N_NOOP("HandoutText", "Walk for %n minute(s)"), minutes);
    if (stableId == QLatin1String("water_walking"))
        return l.text(QT_TRANSLATE_N_NOOP("HandoutText", "Walk in water for %n minute(s)"),
                      minutes);
    if (stableId == QLatin1String("swimming"))
        return l.text(QT_TRANSLATE_N_NOOP("HandoutText", "Swim for %n minute(s)"), minutes);
    if (stableId == QLatin1String("stationary_cycling"))
        return l.text(QT_TRANSLATE_N_NOOP("HandoutText", "Cycle for %n minute(s)"), minutes);
    if (stableId == QLatin1String("elliptical_trainer"))
        return l.text(QT_TRANSLATE_N_NOOP("HandoutText", "Use the cross-trainer for %n minute(s)"),
                      minutes);
    return l.text(QT_TRANSLATE_N_NOOP("HandoutText", "Keep going for %n minute(s)"), minutes);
}

QString distanceVerb(const QString& stableId, int metres, const HandoutLanguage& l)
{
    if (stableId.contains(QLatin1String("walking")))
        return l.text(QT_TRANSLATE_N_NOOP("HandoutText", "Walk %n metre(s)"), metres);
    if (stableId == QLatin1String("swimming"))
        return l.text(QT_TRANSLATE_N_NOOP("HandoutText", "Swim %n metre(s)"), metres);
    return l.text(QT_TRANSLATE_N_NOOP("HandoutText", "Cover %n metre(s)"), metres);
}

QString sideText(const Dose& dose, PrescribedSide side, const HandoutLanguage& l)
{
    switch (side) {
    case PrescribedSide::Left:
        return l.text(QT_TRANSLATE_NOOP("HandoutText", "left side only"));
    case PrescribedSide::Right:
        return l.text(QT_TRANSLATE_NOOP("HandoutText", "right side only"));
    case PrescribedSide::Both:
        return l.text(QT_TRANSLATE_NOOP("HandoutText", "on each side"));
    case PrescribedSide::Alternate:
        return l.text(QT_TRANSLATE_NOOP("HandoutText", "left and right in turn"));
    case PrescribedSide::NotApplicable:
        break;
    }
    return dose.perSide ? l.text(QT_TRANSLATE_NOOP("HandoutText", "on each side")) : QString();
}

} // namespace

QString DoseWording::duration(int seconds, const HandoutLanguage& l)
{
    if (seconds < 60 || (seconds < 120 && seconds % 60 != 0))
        return l.text(QT_TRANSLATE_N_NOOP("HandoutText", "%n second(s)"), seconds);
    QString minutes = l.text(QT_TRANSLATE_N_NOOP("HandoutText", "%n minute(s)"), seconds / 60);
    if (seconds % 60 == 0)
        return minutes;
    return minutes + QLatin1Char(' ') +
           l.text(QT_TRANSLATE_N_NOOP("HandoutText", "%n second(s)"), seconds % 60);
}

QString DoseWording::timesPerDay(int times, const HandoutLanguage& l)
{
    if (times <= 1)
        return l.text(QT_TRANSLATE_NOOP("HandoutText", "once a day"));
    if (times == 2)
        return l.text(QT_TRANSLATE_NOOP("HandoutText", "twice a day"));
    return l.text(QT_TRANSLATE_N_NOOP("HandoutText", "%n times a day"), times);
}

QString DoseWording::daysPerWeek(int days, const HandoutLanguage& l)
{
    if (days >= 7)
        return l.text(QT_TRANSLATE_NOOP("HandoutText", "every day"));
    return l.text(QT_TRANSLATE_N_NOOP("HandoutText", "on %n day(s) a week"), days);
}

QString DoseWording::dose(const Dose& dose, PrescribedSide side, const QString& stableId,
                          const HandoutLanguage& l)
{
    QStringList parts;
    switch (dose.type) {
    case DoseType::Repetitions:
    case DoseType::Hold:
        if (dose.sets > 1)
            parts << l.text(QT_TRANSLATE_NOOP("HandoutText", "%1 sets of %2"))
                         .arg(l.locale().toString(dose.sets), l.locale().toString(dose.reps));
        else
            parts << l.text(QT_TRANSLATE_N_NOOP("HandoutText", "%n time(s)"), dose.reps);
        if (dose.type == DoseType::Hold && dose.holdSeconds > 0)
            parts << l.text(QT_TRANSLATE_NOOP("HandoutText", "hold %1"))
                         .arg(duration(dose.holdSeconds, l));
        break;
    case DoseType::Duration:
        parts << timedVerb(stableId, dose.minutes, l);
        break;
    case DoseType::Distance:
        parts << distanceVerb(stableId, dose.metres, l);
        break;
    }
    if (const QString s = sideText(dose, side, l); !s.isEmpty())
        parts << s;
    parts << timesPerDay(dose.timesPerDay, l) << daysPerWeek(dose.daysPerWeek, l);
    return parts.join(QStringLiteral(", "));
}

QStringList DoseWording::details(const Prescription& p, const HandoutLanguage& l)
{
    QStringList lines;
    if (p.restSeconds > 0 && isCounted(p.dose.type) && p.dose.sets > 1)
        lines << l.text(QT_TRANSLATE_NOOP("HandoutText", "Rest %1 between sets."))
                     .arg(duration(p.restSeconds, l));
    if (!p.load.trimmed().isEmpty())
        lines << l.text(QT_TRANSLATE_NOOP("HandoutText", "Resistance: %1")).arg(p.load.trimmed());
    if (!p.tempo.trimmed().isEmpty())
        lines << l.text(QT_TRANSLATE_NOOP("HandoutText", "Speed: %1")).arg(p.tempo.trimmed());
    return lines;
}

} // namespace gradus
