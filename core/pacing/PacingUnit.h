#pragma once

#include <QString>

#include <optional>

namespace gradus {

// What a graded quota is counted in. Each unit has a step that quotas are rounded to, so
// that a plan asks for things a patient can actually time or count.
enum class PacingUnit
{
    Minutes,     // walking, cycling, swimming: whole minutes
    Repetitions, // whole repetitions
    Seconds,     // holds (plank, bird-dog): 5-second steps
    Metres,      // walking distance: 10-metre steps
};

namespace pacingUnit {

// Stable, untranslated name for files and the command line: "minutes", "repetitions",
// "seconds", "metres".
QString key(PacingUnit unit);
// Accepts the key and common spellings ("min", "reps", "s", "holds", "meters", "m").
std::optional<PacingUnit> fromKey(const QString& text);
// Every key, for help texts.
QString allKeys();

// Quotas are whole multiples of this (1 minute, 1 repetition, 5 seconds, 10 metres).
int step(PacingUnit unit);
// The largest daily quota that is still believable; larger goals are refused as typing errors.
int maximum(PacingUnit unit);

// "12 minutes", "1 repetition", "20 seconds", "400 metres" (translated, with plurals).
QString format(PacingUnit unit, int amount);
// format()'s text before translation, in the context kTrContext, for documents that speak
// the patient's language rather than the application's (HandoutLanguage::translate).
inline constexpr const char* kTrContext = "PacingUnit";
const char* formatSource(PacingUnit unit);
// The same for amounts that are not whole ("0.8 minutes"), up to one decimal.
QString formatExact(PacingUnit unit, double amount);
// The unit on its own for headers and axes: "minutes", "repetitions", ...
QString name(PacingUnit unit);
// Short form for tight tables and chart labels: "min", "reps", "s", "m".
QString symbol(PacingUnit unit);

} // namespace pacingUnit

} // namespace gradus
