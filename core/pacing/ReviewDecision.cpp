#include "pacing/ReviewDecision.h"

#include "util/EnumTable.h"

namespace gradus {
namespace {

constexpr KeyedLabel<ReviewOutcome> kOutcomes[] = {
    {ReviewOutcome::Progress, "progress", QT_TRANSLATE_NOOP("ReviewOutcome", "Progress")},
    {ReviewOutcome::Hold, "hold", QT_TRANSLATE_NOOP("ReviewOutcome", "Hold")},
    {ReviewOutcome::Regress, "regress", QT_TRANSLATE_NOOP("ReviewOutcome", "Regress")},
    {ReviewOutcome::StopAndRefer, "stop_and_refer",
     QT_TRANSLATE_NOOP("ReviewOutcome", "Stop and refer")},
};

constexpr KeyedLabel<PainBand> kPainBands[] = {
    {PainBand::NotRecorded, "not_recorded", nullptr},
    {PainBand::Safe, "safe", nullptr},
    {PainBand::Acceptable, "acceptable", nullptr},
    {PainBand::TooHigh, "too_high", nullptr},
};

} // namespace

namespace reviewOutcome {

QString key(ReviewOutcome outcome)
{
    return enumTable::key(kOutcomes, outcome);
}

std::optional<ReviewOutcome> fromKey(const QString& text)
{
    return enumTable::fromKey(kOutcomes, text);
}

QString name(ReviewOutcome outcome)
{
    return enumTable::label("ReviewOutcome", kOutcomes, outcome);
}

} // namespace reviewOutcome

namespace painBand {

QString key(PainBand band)
{
    return enumTable::key(kPainBands, band);
}

} // namespace painBand

} // namespace gradus
