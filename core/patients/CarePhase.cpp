#include "patients/CarePhase.h"

namespace gradus {

CarePhase::Phase CarePhase::at(const QDate& onset, const QDate& today)
{
    if (!onset.isValid() || !today.isValid() || onset > today)
        return Phase::Unknown;
    // Compare in days so that "6 weeks" starts on day 42 exactly, and "more than 12 weeks"
    // means from day 85 on.
    const qint64 days = onset.daysTo(today);
    if (days < 6 * 7)
        return Phase::Acute;
    if (days <= 12 * 7)
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
    switch (phase) {
    case Phase::Acute:
        return QStringLiteral("acute");
    case Phase::Subacute:
        return QStringLiteral("subacute");
    case Phase::Chronic:
        return QStringLiteral("chronic");
    case Phase::Unknown:
        break;
    }
    return {};
}

QString CarePhase::displayName(Phase phase)
{
    switch (phase) {
    case Phase::Acute:
        return tr("Acute");
    case Phase::Subacute:
        return tr("Subacute");
    case Phase::Chronic:
        return tr("Chronic");
    case Phase::Unknown:
        break;
    }
    return tr("Phase unknown");
}

} // namespace gradus
