#include "pacing/ReviewData.h"

namespace gradus {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LegSymptoms)
};

bool validPain(const std::optional<int>& pain)
{
    return !pain || (*pain >= 0 && *pain <= 10);
}

Error invalid(const QString& message)
{
    return Error{QStringLiteral("pacing.review_input"), message};
}

} // namespace

Status ReviewData::validate() const
{
    QDate previous;
    for (qsizetype i = 0; i < days.size(); ++i) {
        const ReviewDay& day = days[i];
        const int n = static_cast<int>(i) + 1;
        if (!validPain(day.exercisePain))
            return invalid(tr("Day %1: pain during exercise must be from 0 to 10, not %2.")
                               .arg(n)
                               .arg(*day.exercisePain));
        if (!validPain(day.nextMorningPain))
            return invalid(tr("Day %1: next-morning pain must be from 0 to 10, not %2.")
                               .arg(n)
                               .arg(*day.nextMorningPain));
        if (day.date.isValid()) {
            if (previous.isValid() && day.date < previous)
                return invalid(tr("Day %1 (%2) comes before the day above it: list the days "
                                  "oldest first.")
                                   .arg(n)
                                   .arg(day.date.toString(Qt::ISODate)));
            previous = day.date;
        }
    }
    const QList<QPair<QString, std::optional<int>>> pains = {
        {tr("Baseline pain"), baselinePain},
        {tr("Pain over the week before"), previousWeekPain},
        {tr("Pain over the last week"), thisWeekPain},
    };
    for (const auto& [what, pain] : pains)
        if (!validPain(pain))
            return invalid(tr("%1 must be from 0 to 10, not %2.").arg(what).arg(*pain));
    if (step) {
        const int unitStep = pacingUnit::step(step->unit);
        const auto wholeSteps = [unitStep](int amount) {
            return amount > 0 && amount % unitStep == 0;
        };
        if (!wholeSteps(step->current))
            return invalid(tr("The current quota must be a positive whole number of %1 steps "
                              "of %2, not %3.")
                               .arg(pacingUnit::name(step->unit))
                               .arg(unitStep)
                               .arg(step->current));
        if (step->next && (!wholeSteps(*step->next) || *step->next < step->current))
            return invalid(tr("The next step (%1) must be a whole number of steps of %2 and "
                              "not below the current quota (%3).")
                               .arg(*step->next)
                               .arg(unitStep)
                               .arg(step->current));
        if (step->lastTolerated &&
            (!wholeSteps(*step->lastTolerated) || *step->lastTolerated >= step->current))
            return invalid(tr("The last tolerated step (%1) must be a whole number of steps of "
                              "%2 and below the current quota (%3).")
                               .arg(*step->lastTolerated)
                               .arg(unitStep)
                               .arg(step->current));
    }
    return {};
}

namespace legSymptoms {

QString key(LegSymptoms value)
{
    switch (value) {
    case LegSymptoms::NotRecorded:
        return QStringLiteral("not_recorded");
    case LegSymptoms::None:
        return QStringLiteral("none");
    case LegSymptoms::Centralising:
        return QStringLiteral("centralising");
    case LegSymptoms::Stable:
        return QStringLiteral("stable");
    case LegSymptoms::Peripheralising:
        return QStringLiteral("peripheralising");
    }
    Q_UNREACHABLE();
}

std::optional<LegSymptoms> fromKey(const QString& text)
{
    const QString t = text.trimmed().toLower();
    for (LegSymptoms v : {LegSymptoms::NotRecorded, LegSymptoms::None, LegSymptoms::Centralising,
                          LegSymptoms::Stable, LegSymptoms::Peripheralising})
        if (t == key(v))
            return v;
    // Both spellings are in clinical use.
    if (t == QLatin1String("centralizing"))
        return LegSymptoms::Centralising;
    if (t == QLatin1String("peripheralizing"))
        return LegSymptoms::Peripheralising;
    return std::nullopt;
}

QString name(LegSymptoms value)
{
    switch (value) {
    case LegSymptoms::NotRecorded:
        return Tr::tr("not recorded");
    case LegSymptoms::None:
        return Tr::tr("none");
    case LegSymptoms::Centralising:
        return Tr::tr("centralising");
    case LegSymptoms::Stable:
        return Tr::tr("stable");
    case LegSymptoms::Peripheralising:
        return Tr::tr("peripheralising (spreading down the leg)");
    }
    Q_UNREACHABLE();
}

} // namespace legSymptoms

} // namespace gradus
