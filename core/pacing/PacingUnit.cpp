#include "pacing/PacingUnit.h"

#include "util/EnumTable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace gradus::pacingUnit {
namespace {

struct Text
{
    const char* source;
    const char* disambiguation;
};

// Everything a unit is, in one row; the texts are translated in the context kTrContext.
struct UnitRow
{
    PacingUnit value;
    const char* key;        // stable, for files and the command line
    const char* aliases[5]; // other spellings fromKey() accepts, lower case
    int step;               // quotas are whole multiples of it
    int maximum;            // the largest believable daily quota
    const char* plural;     // "%n minute(s)", with each language's plural forms
    const char* exact;      // "%1 minutes", for amounts that are not whole
    const char* name;       // "minutes"
    Text symbol;            // "min"
};

constexpr UnitRow kUnits[] = {
    {PacingUnit::Minutes,
     "minutes",
     {"minute", "min", "mins"},
     1,
     480, // eight hours of activity a day
     QT_TRANSLATE_N_NOOP("PacingUnit", "%n minute(s)"),
     QT_TRANSLATE_NOOP("PacingUnit", "%1 minutes"),
     QT_TRANSLATE_NOOP("PacingUnit", "minutes"),
     {QT_TRANSLATE_NOOP("PacingUnit", "min"), nullptr}},
    {PacingUnit::Repetitions,
     "repetitions",
     {"repetition", "reps", "rep"},
     1,
     1000,
     QT_TRANSLATE_N_NOOP("PacingUnit", "%n repetition(s)"),
     QT_TRANSLATE_NOOP("PacingUnit", "%1 repetitions"),
     QT_TRANSLATE_NOOP("PacingUnit", "repetitions"),
     {QT_TRANSLATE_NOOP("PacingUnit", "reps"), nullptr}},
    // Holds are counted in fives: nobody times a 13-second plank (CLINICAL.md 3, 4).
    {PacingUnit::Seconds,
     "seconds",
     {"second", "s", "sec", "holds", "hold"},
     5,
     600, // a ten-minute hold
     QT_TRANSLATE_N_NOOP("PacingUnit", "%n second(s)"),
     QT_TRANSLATE_NOOP("PacingUnit", "%1 seconds"),
     QT_TRANSLATE_NOOP("PacingUnit", "seconds"),
     QT_TRANSLATE_NOOP3("PacingUnit", "s", "seconds")},
    {PacingUnit::Metres,
     "metres",
     {"metre", "meters", "meter", "m"},
     10,
     50000,
     QT_TRANSLATE_N_NOOP("PacingUnit", "%n metre(s)"),
     QT_TRANSLATE_NOOP("PacingUnit", "%1 metres"),
     QT_TRANSLATE_NOOP("PacingUnit", "metres"),
     QT_TRANSLATE_NOOP3("PacingUnit", "m", "metres")},
};

const UnitRow& row(PacingUnit unit)
{
    const UnitRow* found = enumTable::find(kUnits, unit);
    Q_ASSERT(found);
    return *found;
}

QString translated(const char* source, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate(kTrContext, source, disambiguation, n);
}

} // namespace

QString key(PacingUnit unit)
{
    return QString::fromLatin1(row(unit).key);
}

std::optional<PacingUnit> fromKey(const QString& text)
{
    const QString t = text.trimmed().toLower();
    for (const UnitRow& unit : kUnits) {
        if (t == QLatin1String(unit.key))
            return unit.value;
        for (const char* alias : unit.aliases)
            if (alias && t == QLatin1String(alias))
                return unit.value;
    }
    return std::nullopt;
}

QString allKeys()
{
    QStringList keys;
    for (const UnitRow& unit : kUnits)
        keys << QString::fromLatin1(unit.key);
    return keys.join(QStringLiteral(", "));
}

int step(PacingUnit unit)
{
    return row(unit).step;
}

int maximum(PacingUnit unit)
{
    return row(unit).maximum;
}

QString format(PacingUnit unit, int amount)
{
    // Each language's plural forms, English's from translations/gradus_en.ts.
    return translated(row(unit).plural, nullptr, amount);
}

const char* formatSource(PacingUnit unit)
{
    return row(unit).plural;
}

QString formatExact(PacingUnit unit, double amount)
{
    const double rounded = std::round(amount * 10.0) / 10.0;
    if (rounded == std::round(rounded))
        return format(unit, static_cast<int>(std::lround(rounded)));
    return translated(row(unit).exact).arg(QLocale().toString(rounded, 'f', 1));
}

QString name(PacingUnit unit)
{
    return translated(row(unit).name);
}

QString symbol(PacingUnit unit)
{
    return translated(row(unit).symbol.source, row(unit).symbol.disambiguation);
}

} // namespace gradus::pacingUnit
