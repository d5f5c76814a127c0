#include "pacing/ReviewDecision.h"

namespace gradus {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReviewOutcome)
};

constexpr ReviewOutcome kOutcomes[] = {ReviewOutcome::Progress, ReviewOutcome::Hold,
                                       ReviewOutcome::Regress, ReviewOutcome::StopAndRefer};

} // namespace

namespace reviewOutcome {

QString key(ReviewOutcome outcome)
{
    switch (outcome) {
    case ReviewOutcome::Progress:
        return QStringLiteral("progress");
    case ReviewOutcome::Hold:
        return QStringLiteral("hold");
    case ReviewOutcome::Regress:
        return QStringLiteral("regress");
    case ReviewOutcome::StopAndRefer:
        return QStringLiteral("stop_and_refer");
    }
    Q_UNREACHABLE();
}

std::optional<ReviewOutcome> fromKey(const QString& text)
{
    for (ReviewOutcome o : kOutcomes)
        if (text == key(o))
            return o;
    return std::nullopt;
}

QString name(ReviewOutcome outcome)
{
    switch (outcome) {
    case ReviewOutcome::Progress:
        return Tr::tr("Progress");
    case ReviewOutcome::Hold:
        return Tr::tr("Hold");
    case ReviewOutcome::Regress:
        return Tr::tr("Regress");
    case ReviewOutcome::StopAndRefer:
        return Tr::tr("Stop and refer");
    }
    Q_UNREACHABLE();
}

} // namespace reviewOutcome

namespace painBand {

QString key(PainBand band)
{
    switch (band) {
    case PainBand::NotRecorded:
        return QStringLiteral("not_recorded");
    case PainBand::Safe:
        return QStringLiteral("safe");
    case PainBand::Acceptable:
        return QStringLiteral("acceptable");
    case PainBand::TooHigh:
        return QStringLiteral("too_high");
    }
    Q_UNREACHABLE();
}

} // namespace painBand

} // namespace gradus
