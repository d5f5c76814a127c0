#include "pacing/ReviewData.h"

#include "util/EnumTable.h"

namespace gradus {
namespace {

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
namespace {

constexpr KeyedLabel<LegSymptoms> kLegSymptoms[] = {
    {LegSymptoms::NotRecorded, "not_recorded", QT_TRANSLATE_NOOP("LegSymptoms", "not recorded")},
    {LegSymptoms::None, "none", QT_TRANSLATE_NOOP("LegSymptoms", "none")},
    {LegSymptoms::Centralising, "centralising", QT_TRANSLATE_NOOP("LegSymptoms", "centralising")},
    {LegSymptoms::Stable, "stable", QT_TRANSLATE_NOOP("LegSymptoms", "stable")},
    {LegSymptoms::Peripheralising, "peripheralising",
     QT_TRANSLATE_NOOP("LegSymptoms", "peripheralising (spreading down the leg)")},
};

} // namespace

QString key(LegSymptoms value)
{
    return enumTable::key(kLegSymptoms, value);
}

std::optional<LegSymptoms> fromKey(const QString& text)
{
    const QString t = text.trimmed().toLower();
    // Both spellings are in clinical use.
    if (t == QLatin1String("centralizing"))
        return LegSymptoms::Centralising;
    if (t == QLatin1String("peripheralizing"))
        return LegSymptoms::Peripheralising;
    return enumTable::fromKey(kLegSymptoms, t);
}

QString name(LegSymptoms value)
{
    return enumTable::label("LegSymptoms", kLegSymptoms, value);
}

} // namespace legSymptoms

} // namespace gradus
