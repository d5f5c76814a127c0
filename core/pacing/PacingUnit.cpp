#include "pacing/PacingUnit.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace gradus::pacingUnit {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PacingUnit)
};

} // namespace

QString key(PacingUnit unit)
{
    switch (unit) {
    case PacingUnit::Minutes:
        return QStringLiteral("minutes");
    case PacingUnit::Repetitions:
        return QStringLiteral("repetitions");
    case PacingUnit::Seconds:
        return QStringLiteral("seconds");
    case PacingUnit::Metres:
        return QStringLiteral("metres");
    }
    Q_UNREACHABLE();
}

std::optional<PacingUnit> fromKey(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("minutes") || t == QLatin1String("minute") ||
        t == QLatin1String("min") || t == QLatin1String("mins"))
        return PacingUnit::Minutes;
    if (t == QLatin1String("repetitions") || t == QLatin1String("repetition") ||
        t == QLatin1String("reps") || t == QLatin1String("rep"))
        return PacingUnit::Repetitions;
    if (t == QLatin1String("seconds") || t == QLatin1String("second") || t == QLatin1String("s") ||
        t == QLatin1String("sec") || t == QLatin1String("holds") || t == QLatin1String("hold"))
        return PacingUnit::Seconds;
    if (t == QLatin1String("metres") || t == QLatin1String("metre") ||
        t == QLatin1String("meters") || t == QLatin1String("meter") || t == QLatin1String("m"))
        return PacingUnit::Metres;
    return std::nullopt;
}

QString allKeys()
{
    return QStringLiteral("minutes, repetitions, seconds, metres");
}

int step(PacingUnit unit)
{
    switch (unit) {
    case PacingUnit::Minutes:
    case PacingUnit::Repetitions:
        return 1;
    case PacingUnit::Seconds:
        // Holds are counted in fives: nobody times a 13-second plank (CLINICAL.md 3, 4).
        return 5;
    case PacingUnit::Metres:
        return 10;
    }
    Q_UNREACHABLE();
}

int maximum(PacingUnit unit)
{
    switch (unit) {
    case PacingUnit::Minutes:
        return 480; // eight hours of activity a day
    case PacingUnit::Repetitions:
        return 1000;
    case PacingUnit::Seconds:
        return 600; // a ten-minute hold
    case PacingUnit::Metres:
        return 50000;
    }
    Q_UNREACHABLE();
}

QString format(PacingUnit unit, int amount)
{
    // Each language's plural forms, English's from translations/gradus_en.ts.
    switch (unit) {
    case PacingUnit::Minutes:
        return Tr::tr("%n minute(s)", nullptr, amount);
    case PacingUnit::Repetitions:
        return Tr::tr("%n repetition(s)", nullptr, amount);
    case PacingUnit::Seconds:
        return Tr::tr("%n second(s)", nullptr, amount);
    case PacingUnit::Metres:
        return Tr::tr("%n metre(s)", nullptr, amount);
    }
    Q_UNREACHABLE();
}

const char* formatSource(PacingUnit unit)
{
    switch (unit) {
    case PacingUnit::Minutes:
        return QT_TRANSLATE_N_NOOP("PacingUnit", "%n minute(s)");
    case PacingUnit::Repetitions:
        return QT_TRANSLATE_N_NOOP("PacingUnit", "%n repetition(s)");
    case PacingUnit::Seconds:
        return QT_TRANSLATE_N_NOOP("PacingUnit", "%n second(s)");
    case PacingUnit::Metres:
        return QT_TRANSLATE_N_NOOP("PacingUnit", "%n metre(s)");
    }
    Q_UNREACHABLE();
}

QString formatExact(PacingUnit unit, double amount)
{
    const double rounded = std::round(amount * 10.0) / 10.0;
    if (rounded == std::round(rounded))
        return format(unit, static_cast<int>(std::lround(rounded)));
    const QString number = QLocale().toString(rounded, 'f', 1);
    switch (unit) {
    case PacingUnit::Minutes:
        return Tr::tr("%1 minutes").arg(number);
    case PacingUnit::Repetitions:
        return Tr::tr("%1 repetitions").arg(number);
    case PacingUnit::Seconds:
        return Tr::tr("%1 seconds").arg(number);
    case PacingUnit::Metres:
        return Tr::tr("%1 metres").arg(number);
    }
    Q_UNREACHABLE();
}

QString name(PacingUnit unit)
{
    switch (unit) {
    case PacingUnit::Minutes:
        return Tr::tr("minutes");
    case PacingUnit::Repetitions:
        return Tr::tr("repetitions");
    case PacingUnit::Seconds:
        return Tr::tr("seconds");
    case PacingUnit::Metres:
        return Tr::tr("metres");
    }
    Q_UNREACHABLE();
}

QString symbol(PacingUnit unit)
{
    switch (unit) {
    case PacingUnit::Minutes:
        return Tr::tr("min");
    case PacingUnit::Repetitions:
        return Tr::tr("reps");
    case PacingUnit::Seconds:
        return Tr::tr("s", "seconds");
    case PacingUnit::Metres:
        return Tr::tr("m", "metres");
    }
    Q_UNREACHABLE();
}

} // namespace gradus::pacingUnit
