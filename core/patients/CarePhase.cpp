#include "patients/CarePhase.h"

#include "util/EnumTable.h"

namespace gradus {
namespace {

// Phase::Unknown has no row: it has no code, and its name says so.
constexpr KeyedLabel<CarePhase::Phase> kPhases[] = {
    {CarePhase::Phase::Acute, "acute", QT_TRANSLATE_NOOP("CarePhase", "Acute")},
    {CarePhase::Phase::Subacute, "subacute", QT_TRANSLATE_NOOP("CarePhase", "Subacute")},
    {CarePhase::Phase::Chronic, "chronic", QT_TRANSLATE_NOOP("CarePhase", "Chronic")},
};

} // namespace

CarePhase::Phase CarePhase::at(const QDate& onset, const QDate& today)
{
    if (!onset.isValid() || !today.isValid() || onset > today)
        return Phase::Unknown;
    // Compare in days so that "6 weeks" starts on day 42 exactly, and "more than 12 weeks"
    // means from day 85 on.
    const qint64 days = onset.daysTo(today);
    if (days < qint64(6) * 7)
        return Phase::Acute;
    if (days <= qint64(12) * 7)
        return Phase::Subacute;
    return Phase::Chronic;
}

CarePhase::Phase CarePhase::of(const Episode& episode, const Clock& clock)
{
    const QDate reference = episode.isOpen() ? clock.today() : episode.closedOn;
    return at(episode.onsetDate, reference);
}

int CarePhase::weeksSince(const QDate& onset, const QDate& today)
{
    if (!onset.isValid() || !today.isValid() || onset > today)
        return -1;
    return static_cast<int>(onset.daysTo(today) / 7);
}

QString CarePhase::code(Phase phase)
{
    return enumTable::key(kPhases, phase);
}

QString CarePhase::displayName(Phase phase)
{
    const QString name = enumTable::label("CarePhase", kPhases, phase);
    return name.isEmpty() ? tr("Phase unknown") : name;
}

} // namespace gradus
