#include "safety/SafetyAssumption.h"

namespace gradus {

QString SafetyAssumption::code() const
{
    switch (missing) {
    case Missing::ConditionOnset:
        return QStringLiteral("condition_onset");
    case Missing::EpisodeOnset:
        return QStringLiteral("episode_onset");
    case Missing::NoEpisode:
        return QStringLiteral("no_episode");
    case Missing::ConditionAmount:
        return QStringLiteral("condition_amount");
    case Missing::LegSymptoms:
        return QStringLiteral("leg_symptoms");
    }
    return {};
}

QString SafetyAssumption::command() const
{
    // Placeholders in capitals, as in each command's --help; ids are the real ones.
    const QString id = recordId > 0 ? QString::number(recordId) : QStringLiteral("ID");
    switch (missing) {
    case Missing::ConditionOnset:
        return QStringLiteral("gradus-cli condition edit %1 --onset YYYY-MM-DD").arg(id);
    case Missing::EpisodeOnset:
        return QStringLiteral("gradus-cli episode edit %1 --onset YYYY-MM-DD").arg(id);
    case Missing::NoEpisode:
        return QStringLiteral("gradus-cli condition add %1 CODE --onset YYYY-MM-DD").arg(id);
    case Missing::ConditionAmount:
        return QStringLiteral("gradus-cli condition edit %1 --amount N").arg(id);
    case Missing::LegSymptoms:
        return QStringLiteral("gradus-cli visit add %1 --date YYYY-MM-DD --pain N --legs "
                              "none|centralising|stable|peripheralising")
            .arg(id);
    }
    return {};
}

} // namespace gradus
